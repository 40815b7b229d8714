import { clauseStart, speakerAfterVerb, speakerInPhrase } from './attribution-clauses'
import { isSpeechWord, PARTICIPLES } from './speech-words'
import { isWord, type StoryToken } from './story-words'

/** How many words may stand between a speech verb and the "that" of its reported clause. */
const WORDS_BEFORE_THAT = 4

/**
 * The person a sentence of reported speech names as speaking, without quotation marks: "Ana Ruiz
 * told reporters that the dam held", "the dam will hold, said the mayor, Ana Ruiz". Only a verb
 * that carries what was said counts: one whose clause opens with "that" a few words on, or one
 * after a comma that the speaker's name follows (the said words before it); "Ana Ruiz spoke."
 * reports nothing. Only names count, never descriptions or pronouns. `tokens`: one sentence.
 */
export function reportedSpeaker(tokens: readonly StoryToken[]): string | null {
  for (let verb = 0; verb < tokens.length; verb += 1) {
    const word = tokens[verb]?.text ?? ''
    if (!/^\p{Ll}/u.test(word) || !isSpeechWord(word) || PARTICIPLES.has(word)) continue
    const found =
      tokens[verb - 1]?.text === ','
        ? speakerAfterVerb(tokens, verb)
        : reportsClause(tokens, verb)
          ? speakerInPhrase(tokens, clauseStart(tokens, verb), verb)
          : null
    if (found?.attribution === 'named' && found.speaker) return found.speaker
  }
  return null
}

/** Whether "that" opens a clause a few words after the verb ("told the AP on Monday that"). */
function reportsClause(tokens: readonly StoryToken[], verb: number): boolean {
  for (let at = verb + 1; at <= verb + 1 + WORDS_BEFORE_THAT; at += 1) {
    const token = tokens[at]
    if (!token || !isWord(token)) return false
    if (token.text.toLowerCase() === 'that') return true
  }
  return false
}
