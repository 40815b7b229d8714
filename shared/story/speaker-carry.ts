import { afterPreposition } from './attribution-clauses'
import { isPossessive, nameRuns, withoutTitles, type NameRun } from './speaker-names'
import { LISTENER_VERBS } from './speech-words'
import type { StoryToken } from './story-words'

/**
 * Whether a run is someone spoken to or about, not a new speaker: the listener of "told" ("told
 * CBS Mornings", "told the Associated Press"), a place or object after a preposition ("on
 * NBC’s Today", "in Ohio"), or an owner ("Djokovic’s coach").
 */
function isObject(tokens: readonly StoryToken[], run: NameRun): boolean {
  // "said Djokovic’s coach, Goran Ivanisevic": an owner, not a speaker.
  if (isPossessive(tokens[run.last]?.text ?? '')) return true
  let before = run.first - 1
  if (tokens[before]?.text.toLowerCase() === 'the') before -= 1
  if (LISTENER_VERBS.has(tokens[before]?.text.toLowerCase() ?? '')) return true
  return afterPreposition(tokens, run)
}

/**
 * The tokens outside brackets: an aside in parentheses ("(RELATED: Mayor Visits Dam)", "(AP)")
 * is no part of the sentence around it.
 */
function outsideBrackets(tokens: readonly StoryToken[]): StoryToken[] {
  let depth = 0
  return tokens.filter((token) => {
    if (token.text === '(' || token.text === '[') depth += 1
    const inside = depth > 0
    if ((token.text === ')' || token.text === ']') && depth > 0) depth -= 1
    return !inside
  })
}

/**
 * Whether the words between two quotations (`tokens`, outside quotations) name nobody but
 * `speaker` as a possible new speaker, so that the second quotation may carry on the first's
 * speaker: "“Two,” Diaz told CBS on Monday. “Three.”" carries on, "“Two,” Diaz said. Then Ana
 * Ruiz spoke. “Three.”" does not. Names in brackets, an aside such as a related headline, are
 * no new speaker. `plain` folds a word for comparison (case, accents, "’s").
 */
export function namesOnlySpeaker(
  tokens: readonly StoryToken[],
  speaker: string,
  plain: (word: string) => string,
): boolean {
  const own = new Set(speaker.split(' ').map(plain))
  const words = outsideBrackets(tokens)
  return nameRuns(words).every(
    (run) => isObject(words, run) || withoutTitles(run.words).every((word) => own.has(plain(word))),
  )
}
