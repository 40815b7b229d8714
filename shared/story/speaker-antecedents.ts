import type { NameRun } from './speaker-names'
import { withoutTitles } from './speaker-names'
import type { StoryToken } from './story-words'

/** A single word in capitals: an acronym ("AP", "CNN", "FEMA"), an organisation's name. */
const ACRONYM = /^[\p{Lu}][\p{Lu}\d&]+$/u

/** Words before a place's name: "in Mayotte", "across Mayotte". */
const PLACE_PREPOSITIONS = new Set(['in', 'across'])

/**
 * The names in `names` that the article writes as organisations or places, which "he" or "she"
 * never stands for: an acronym in capitals ("AP reports …", "ANI said"), a name the article
 * writes after "the" ("the Hindustan Times", "the Coast Guard"; people take no article), or one
 * it writes after "in" or "across" ("in Mayotte"; people are not places). `runs` are the
 * article's name runs over `tokens`.
 */
export function organisationNames(
  names: Iterable<string>,
  tokens: readonly StoryToken[],
  runs: readonly NameRun[],
): Set<string> {
  const afterThe = new Set<string>()
  for (const run of runs) {
    const before = tokens[run.first - 1]?.text.toLowerCase() ?? ''
    const place = PLACE_PREPOSITIONS.has(before) && !/['’]s$/u.test(tokens[run.last]?.text ?? '')
    if (before !== 'the' && !place) continue
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

/**
 * People the article shows speaking anywhere in a sentence, not only as its opening subject: a
 * name followed by a speech verb ("AP reports Gov. Ana Ruiz said …", "In a call, Ruiz told …"),
 * titles dropped; a later "she said" may stand for them. Possessives ("Ruiz’s said") and names
 * after a preposition are left out by the caller's runs.
 */
export function speakingNames(
  tokens: readonly StoryToken[],
  runs: readonly NameRun[],
  isSpeech: (word: string) => boolean,
): Set<string> {
  const names = new Set<string>()
  for (const run of runs) {
    const last = tokens[run.last]?.text ?? ''
    const next = tokens[run.last + 1]?.text ?? ''
    if (/['’]s$/u.test(last) || !/^\p{Ll}/u.test(next) || !isSpeech(next)) continue
    if (/ing$/.test(next)) continue
    const words = withoutTitles(run.words)
    if (words.length > 0) names.add(words.join(' '))
  }
  return names
}
