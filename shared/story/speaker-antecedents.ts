import type { NameRun } from './speaker-names'
import { withoutTitles } from './speaker-names'
import type { StoryToken } from './story-words'

/** A single word in capitals: an acronym ("AP", "CNN", "FEMA"), an organisation's name. */
const ACRONYM = /^[\p{Lu}][\p{Lu}\d&]+$/u

/**
 * The names in `names` that the article writes as organisations, which "he" or "she" never stands
 * for: an acronym in capitals ("AP reports …", "ANI said"), or a name the article writes after
 * "the" ("the Hindustan Times", "the Coast Guard"); people take no article. `runs` are the
 * article's name runs over `tokens`.
 */
export function organisationNames(
  names: Iterable<string>,
  tokens: readonly StoryToken[],
  runs: readonly NameRun[],
): Set<string> {
  const afterThe = new Set<string>()
  for (const run of runs) {
    if (tokens[run.first - 1]?.text.toLowerCase() !== 'the') continue
    afterThe.add(withoutTitles(run.words).join(' '))
  }
  const organisations = new Set<string>()
  for (const name of names) {
    if (ACRONYM.test(name) || afterThe.has(name)) organisations.add(name)
  }
  return organisations
}

/**
 * The candidates a pronoun may stand for: for "he" and "she" the people among `names` (not
 * `organisations`); for "they" (a group, a company, a paper) all of them.
 */
export function pronounCandidates(
  pronoun: string | null,
  names: ReadonlySet<string>,
  organisations: ReadonlySet<string>,
): Set<string> {
  if (!pronoun || pronoun.toLowerCase() === 'they') return new Set(names)
  return new Set([...names].filter((name) => !organisations.has(name)))
}
