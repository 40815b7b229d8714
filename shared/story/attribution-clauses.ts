import { describedIn, DETERMINERS } from './speaker-descriptions'
import { guess, type SpeakerGuess } from './speaker-guess'
import {
  isNameStop,
  isNameWord,
  isPossessive,
  nameEndingAt,
  nameRuns,
  nameStartingAt,
  runName,
  TITLES,
  type NameRun,
} from './speaker-names'
import {
  FILLERS,
  IRREGULAR_VERBS,
  isSpeechWord,
  LISTENER_VERBS,
  PARTICIPLES,
  PREPOSITIONS,
  PRONOUNS,
  TIMES,
} from './speech-words'
import { isCapitalized, isWord, type StoryToken } from './story-words'

/** Whether a token ends a clause: a sentence's full stop, a semicolon or a quotation mark. */
export function endsClause(tokens: readonly StoryToken[], index: number): boolean {
  const text = tokens[index]?.text ?? ''
  if (text === '.') return !isNameStop(tokens, index)
  return /^[;?!“”"«»]$/u.test(text)
}

/** Whether a run is a place or an object ("of Ohio", "at the White House"), not a speaker. */
export function afterPreposition(tokens: readonly StoryToken[], run: NameRun): boolean {
  let index = run.first - 1
  if (DETERMINERS.has(tokens[index]?.text.toLowerCase() ?? '')) index -= 1
  const word = tokens[index]?.text.toLowerCase() ?? ''
  if (word === 'of' && TITLES.has(tokens[index - 1]?.text ?? '')) return false
  return PREPOSITIONS.has(word)
}

/**
 * The speaker named by the phrase `tokens[from..verb)` that stands before a speech verb: a
 * pronoun or a name just before the verb (skipping "also", "later", adverbs in -ly), a name
 * before an appositive ("Ana Ruiz, 42, said", "Ana Ruiz, the mayor, said"), a name closing one
 * ("the agency's officer-in-charge, Assistant Secretary Jane Doe, said"), the name opening the
 * clause before a long appositive with commas of its own, or a description.
 * Possessives ("Trump’s") and places ("of Ohio") are never speakers.
 */
export function speakerInPhrase(
  tokens: readonly StoryToken[],
  from: number,
  verb: number,
): SpeakerGuess | null {
  let end = verb - 1
  for (let skipped = 0; skipped < 3 && end >= from; skipped += 1) {
    const word = tokens[end]?.text.toLowerCase() ?? ''
    if (FILLERS.has(word) || (/ly$/.test(word) && word.length > 4)) end -= 1
    else if (TIMES.test(word)) end -= tokens[end - 1]?.text.toLowerCase() === 'on' ? 2 : 1
  }
  if (end < from) return null
  const word = tokens[end]?.text ?? ''
  if (PRONOUNS.has(word.toLowerCase())) return guess(word, 'pronoun', 'high')
  if (/^(?:who|which|that)$/i.test(word)) {
    // "a comic at the rally who called it …": the person the relative clause is about.
    const run = nameRuns(tokens, from, end).at(-1)
    const name =
      run && run.last === end - 2 && tokens[end - 1]?.text === ',' ? runName(tokens, run) : null
    if (name) return guess(name, 'named', 'high')
    return guess(describedIn(tokens, from, end - 1), 'described', 'low')
  }
  const runs = nameRuns(tokens, from, end + 1).filter(
    (run) => !isPossessive(tokens[run.last]?.text ?? '') && !afterPreposition(tokens, run),
  )
  const named = (run: NameRun | undefined): SpeakerGuess | null => {
    const name = run ? runName(tokens, run) : null
    return name ? guess(name, 'named', 'high') : null
  }
  const direct = named(runs.find((run) => run.last === end))
  if (direct) return direct
  if (word === ',') {
    // An appositive closes before the verb: a name closing it, else the name before it.
    const closing = named(runs.find((run) => run.last === end - 1))
    if (closing) return closing
    const opening = tokens.slice(from, end).findLastIndex((token) => token.text === ',')
    if (opening >= 0) {
      const before = named(runs.find((run) => run.last === from + opening - 1))
      if (before) return before
      // "Ana Ruiz, a 36-year-old and the club's oldest champion, born in 1988, said": a long
      // appositive with commas of its own; the name opening the clause is its subject.
      const opener = named(
        runs.find((run) => run.first === from && tokens[run.last + 1]?.text === ','),
      )
      if (opener) return opener
      const description = describedIn(tokens, from, from + opening - 1)
      if (description) return guess(description, 'described', 'low')
    }
    const description = describedIn(tokens, from, end - 1)
    return description ? guess(description, 'described', 'low') : null
  }
  const segment = tokens.slice(from, end + 1).findLastIndex((token) => token.text === ',')
  const description = describedIn(tokens, segment >= 0 ? from + segment + 1 : from, end)
  if (description && isCapitalized(description)) return guess(description, 'named', 'high')
  return description ? guess(description, 'described', 'low') : null
}

/**
 * The speaker after a verb that opens an attribution ("said Trump", "said the agency's
 * officer-in-charge, Assistant Secretary Jane Doe", "explained spokesperson Ana Ruiz", "said a
 * doctor"); never after a verb whose object is the listener ("told the Associated Press").
 */
export function speakerAfterVerb(tokens: readonly StoryToken[], verb: number): SpeakerGuess | null {
  if (LISTENER_VERBS.has(tokens[verb]?.text.toLowerCase() ?? '')) return null
  let end = verb + 1
  while (end < tokens.length && end - verb < 16 && !endsClause(tokens, end)) end += 1
  const next = tokens[verb + 1]?.text.toLowerCase() ?? ''
  if (PREPOSITIONS.has(next)) return null // "said in a statement", "said on Monday"
  if (next === 'that') return null // "said that Ana Ruiz …": the reported clause's subject
  const run = nameRuns(tokens, verb + 1, end).find(
    (candidate) =>
      !isPossessive(tokens[candidate.last]?.text ?? '') && !afterPreposition(tokens, candidate),
  )
  const name = run ? runName(tokens, run) : null
  if (name && run) {
    // Only lowercase words, possessives and commas may stand between the verb and the name.
    const between = tokens.slice(verb + 1, run.first)
    if (between.every((token) => !isCapitalized(token.text) || isPossessive(token.text))) {
      return guess(name, 'named', 'high')
    }
  }
  if (DETERMINERS.has(next)) {
    let last = verb + 1
    while (last + 1 < end && tokens[last + 1]?.text !== ',') last += 1
    const description = describedIn(tokens, verb + 1, last)
    if (description) return guess(description, 'described', 'low')
  }
  return null
}

/** The speaker named after "according to" ("according to the ministry", "according to Ana Ruiz"). */
export function accordingTo(tokens: readonly StoryToken[]): SpeakerGuess | null {
  for (let index = 0; index + 2 < tokens.length; index += 1) {
    if (
      tokens[index]?.text.toLowerCase() === 'according' &&
      tokens[index + 1]?.text.toLowerCase() === 'to'
    ) {
      const start = tokens[index + 2]?.text.toLowerCase() === 'the' ? index + 3 : index + 2
      const name = nameStartingAt(tokens, start)
      if (name) return guess(name, 'named', 'high')
      let end = start
      while (end + 1 < tokens.length && isWord(tokens[end + 1])) end += 1
      const description = describedIn(tokens, index + 2, end)
      if (description) return guess(description, 'described', 'low')
    }
  }
  return null
}

/** Where the clause holding `tokens[index]` starts (after a full stop, semicolon or quote). */
export function clauseStart(tokens: readonly StoryToken[], index: number): number {
  let start = index
  while (start > 0 && !endsClause(tokens, start - 1) && tokens[start - 1]?.text !== ':') start -= 1
  return start
}

/** Words that follow a sentence's subject: auxiliaries, irregular verbs, verbs in -ed or -s. */
function looksLikeVerb(word: string | undefined): boolean {
  if (!word || !/^\p{Ll}/u.test(word)) return false
  return (
    IRREGULAR_VERBS.test(word) ||
    /(ed|s)$/.test(word) ||
    (isSpeechWord(word) && !PARTICIPLES.has(word))
  )
}

/**
 * The sentence's subject: the first name or pronoun followed by a verb ("Trump has signaled",
 * "Trump’s running mate, J.D. Vance, criticized"), skipping an appositive after the name.
 */
export function subjectOf(tokens: readonly StoryToken[]): SpeakerGuess | null {
  for (let index = 0; index < tokens.length; index += 1) {
    const word = tokens[index]?.text ?? ''
    if (PRONOUNS.has(word.toLowerCase()) && looksLikeVerb(tokens[index + 1]?.text)) {
      return guess(word, 'pronoun', 'high')
    }
    if (!isNameWord(tokens[index]) || isNameWord(tokens[index - 1])) continue
    let end = index
    while (isNameWord(tokens[end + 1]) || isNameStop(tokens, end + 1)) end += 1
    const next = [end + 1]
    if (tokens[end + 1]?.text === ',') {
      // "J.D. Vance, also …" or an appositive: "Ana Ruiz, the mayor, said".
      const close = tokens.findIndex((token, at) => at > end + 1 && token.text === ',')
      next.splice(0, 1, end + 2)
      const opener = tokens[end + 2]?.text ?? ''
      if (close > end + 1 && close - end <= 9 && /^\p{Ll}/u.test(opener)) next.push(close + 1)
    }
    const verbFollows = next.some((at) => looksLikeVerb(tokens[at]?.text))
    if (!isPossessive(tokens[end]?.text ?? '') && verbFollows) {
      const name = nameEndingAt(tokens, end)
      if (name) return guess(name, 'named', 'high')
    }
    index = end
  }
  return null
}
