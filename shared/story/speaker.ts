import {
  accordingTo,
  clauseStart,
  endsClause,
  speakerAfterVerb,
  speakerInPhrase,
  subjectOf,
} from './attribution-clauses'
import { VOICES } from './speaker-descriptions'
import { guess, type SpeakerGuess } from './speaker-guess'
import { isNameWord, isPossessive, nameEndingAt, nameStartingAt } from './speaker-names'
import { isSpeechWord, PARTICIPLES, REMARKS } from './speech-words'
import { isCapitalized, isWord, type StoryToken } from './story-words'

/** How a quotation's speaker was found, how sure the reading is, and the guess itself. */
export type { Attribution, SpeakerConfidence, SpeakerGuess } from './speaker-guess'

/** Forms of "be" that make the speech verb after them passive ("was described as"). */
const PASSIVE_AUXILIARIES = /^(?:is|are|was|were|been|being|be)$/i

/** Words that join a second verb to the sentence's subject after a quotation ("and added"). */
const COORDINATORS = /^(?:and|but)$/

/**
 * Whether words are a headline in title case ("Titan Found in Pieces, Five Declared Dead"). Words
 * opening on a lowercase speech verb are an attribution whose speaker has titles ("said Governor
 * Ana Ruiz" at the end of a bullet or caption, with no full stop), never a headline.
 */
function isTitleCase(tokens: readonly StoryToken[]): boolean {
  const words = tokens.filter((token) => isWord(token) && /^\p{L}/u.test(token.text))
  const opener = words[0]?.text ?? ''
  if (/^\p{Ll}/u.test(opener) && isSpeechWord(opener)) return false
  const capitalised = words.filter((token) => isCapitalized(token.text)).length
  return words.length >= 4 && capitalised / words.length >= 0.6
}

/**
 * The speaker of a quotation from the words after it (`after`: up to the end of its sentence,
 * "…,” Trump said.", "…,” said the president.", "…,” Ana Ruiz, 42, told Reuters.") or, failing
 * that, before it (`before`: from the start of its sentence, "Trump replied: “…”", "X told the
 * AP that “…”", "…, saying, “…”", "@POTUS: “…”", "she pointed at him and snapped: “…”").
 * `subject` is the sentence's opening words, whose name a participle ("saying") or a colon
 * refers to. An attribution whose speaker cannot be read gives `described` with a null speaker,
 * so that no earlier speaker is carried onto the quotation.
 */
export function guessSpeaker(
  before: readonly StoryToken[],
  after: readonly StoryToken[],
  subject: readonly StoryToken[],
): SpeakerGuess {
  // After the quote: optional punctuation, then an attribution clause with a speech verb.
  let first = 0
  while (first < after.length && !isWord(after[first])) first += 1
  // A headline in title case after a quotation has no attribution ("Titan Found, Five Dead").
  const headline = isTitleCase(after.slice(first)) && !/^[.!?]$/.test(after.at(-1)?.text ?? '')
  // "X said he “…” and added that …": a second verb of the same subject, not an attribution.
  const coordinated = COORDINATORS.test(after[first]?.text ?? '')
  if (first <= 2 && !headline && !coordinated) {
    for (let index = first; index < Math.min(after.length, first + 20); index += 1) {
      if (endsClause(after, index)) break
      const token = after[index]
      const statementReads =
        /^reads?$/i.test(token?.text ?? '') &&
        VOICES.has(after[index - 1]?.text.toLowerCase() ?? '')
      if (!token || !isWord(token) || !(isSpeechWord(token.text) || statementReads)) continue
      if (PARTICIPLES.has(token.text.toLowerCase())) break
      const found =
        index === first ? speakerAfterVerb(after, index) : speakerInPhrase(after, first, index)
      if (found) return found
      if (index - first <= 8) return guess(null, 'described', 'low')
      break
    }
  }
  // A headline's quotation with its speaker after a colon: "‘We will win’: Ana Ruiz".
  if (after[0]?.text === ':' && !headline) {
    const name = nameStartingAt(after, 1)
    if (name) return guess(name, 'named', 'high')
  }
  // "Ana Ruiz’s “…” remark": the remark's owner.
  const owner = before.at(-1)
  if (
    owner &&
    isPossessive(owner.text) &&
    REMARKS.has(after[first]?.text.toLowerCase() ?? '') &&
    first <= 1
  ) {
    const name = nameEndingAt(
      [...before.slice(0, -1), { ...owner, text: owner.text.replace(/['’]s$/u, '') }],
      before.length - 1,
    )
    if (name) return guess(name, 'named', 'high')
  }
  const source = accordingTo(after)
  if (source) {
    // "Ana Ruiz said “…,” according to DW": the outlet reports, the person before speaks.
    const verb = before.findLastIndex(
      (token) => isSpeechWord(token.text) && !PARTICIPLES.has(token.text.toLowerCase()),
    )
    const own = verb >= 0 ? speakerInPhrase(before, clauseStart(before, verb), verb) : null
    return own?.attribution === 'named' ? own : source
  }
  const according = accordingTo(before)
  if (according) return according
  // "Name: “…”" — a speaker (or @handle) alone before a colon right before the quote.
  if (before.at(-1)?.text === ':') {
    let runStart = before.length - 2
    while (runStart > 0 && isNameWord(before[runStart - 1])) runStart -= 1
    const name = nameEndingAt(before, before.length - 2)
    if (name && (runStart === 0 || !isWord(before[runStart - 1]))) {
      return guess(name, 'named', 'high')
    }
  }
  // Before the quote: the last speech verb of the sentence and who stands before it.
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const token = before[index]
    if (!token || !isSpeechWord(token.text)) continue
    // "… a comic who called it “…”": the quotation is the relative clause's, not the verb's.
    const relative = before.slice(index + 1).findIndex((word) => /^(?:who|whom)$/i.test(word.text))
    if (relative >= 0) return guess(null, 'described', 'low')
    // "The storm was described as “…”": a passive verb names no speaker.
    if (PASSIVE_AUXILIARIES.test(before[index - 1]?.text ?? ''))
      return guess(null, 'described', 'low')
    if (PARTICIPLES.has(token.text.toLowerCase())) {
      // "her 2016 comment describing them as “…”": the remark's owner, never the subject.
      if (REMARKS.has(before[index - 1]?.text.toLowerCase() ?? '')) {
        const at = before
          .slice(Math.max(0, index - 4), index)
          .findLastIndex((word) => isPossessive(word.text))
        const holder = at >= 0 ? before[Math.max(0, index - 4) + at] : undefined
        if (holder) {
          const position = Math.max(0, index - 4) + at
          const name = nameEndingAt(
            [...before.slice(0, position), { ...holder, text: holder.text.replace(/['’]s$/u, '') }],
            position,
          )
          if (name) return guess(name, 'named', 'high')
        }
        return guess(null, 'described', 'low')
      }
      // "with Trump denouncing them as “…”": the name the participle follows is its subject.
      const own = nameEndingAt(before, index - 1)
      if (own) return guess(own, 'named', 'high')
      // "he said, arguing that …": the earlier verb's speaker; else the sentence's subject.
      const earlier = before
        .slice(0, index)
        .findLastIndex(
          (word) => isSpeechWord(word.text) && !PARTICIPLES.has(word.text.toLowerCase()),
        )
      const found =
        earlier >= 0
          ? speakerInPhrase(before, clauseStart(before, earlier), earlier)
          : subjectOf(subject)
      if (found) return found
      continue
    }
    const found =
      speakerInPhrase(before, clauseStart(before, index), index) ??
      speakerAfterVerb(before, index) ??
      (before.at(-1)?.text === ':' ? subjectOf(subject) : null)
    if (found) return found
    return guess(null, 'described', 'low')
  }
  // "She pointed at him and snapped: “…”" with a verb the lists lack: the clause's subject.
  if (before.at(-1)?.text === ':') {
    const found = subjectOf(subject)
    if (found) return found
  }
  return guess(null, 'none', 'low')
}
