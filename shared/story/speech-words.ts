import { isSpeechVerb } from '../text/vocabulary'

/** Speech verbs as participles, which take the sentence's subject as the speaker. */
export const PARTICIPLES = new Set([
  'accusing',
  'adding',
  'arguing',
  'asking',
  'calling',
  'claiming',
  'declaring',
  'denouncing',
  'describing',
  'dubbing',
  'explaining',
  'insisting',
  'joking',
  'murmuring',
  'noting',
  'quipping',
  'saying',
  'shouting',
  'stating',
  'stressing',
  'telling',
  'warning',
  'whispering',
  'writing',
])

/** Speech verbs beyond the sentence splitter's list ("snapped", "recounted", "mentioned"). */
const MORE_SPEECH_VERBS = new Set([
  'accused',
  'affirmed',
  'agreed',
  'answered',
  'assured',
  'boasted',
  'branded',
  'called',
  'complained',
  'conceded',
  'contended',
  'confirmed',
  'characterised',
  'characterized',
  'denounced',
  'described',
  'dubbed',
  'explains',
  'insists',
  'labeled',
  'labelled',
  'lamented',
  'maintained',
  'mentioned',
  'notes',
  'observed',
  'pleaded',
  'predicted',
  'promised',
  'recalls',
  'recounted',
  'recounts',
  'revealed',
  'reiterated',
  'snapped',
  'states',
  'termed',
  'tweets',
  'urged',
  'vowed',
  'warns',
  'whispered',
  'yelled',
])

/** Verbs whose object is the listener, never the speaker ("told the Associated Press"). */
export const LISTENER_VERBS = new Set(['told', 'tells', 'telling'])

/** Words that stand between a speaker and their verb ("Trump also said", "he later told"). */
export const FILLERS = new Set([
  'also',
  'then',
  'later',
  'again',
  'has',
  'had',
  'have',
  'once',
  'further',
])

/** Words of time between a speaker and their verb ("the Coast Guard on Thursday said"). */
export const TIMES =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/

/**
 * Words after a sentence's subject that are verbs without "-ed" or "-s" ("Ana Ruiz spoke", "Ana
 * Ruiz left the court"), or auxiliaries and adverbs before one ("Biden then took …").
 */
export const IRREGULAR_VERBS =
  /^(?:then|also|has|had|was|is|were|are|will|would|could|can|later|spoke|said|told|took|went|came|made|gave|met|wrote|ran|left|won|lost|began|sat|stood|got|saw|held|led|kept|found|became|brought|thought|sent|flew|drove|shook)$/

/** Personal pronouns that stand for a speaker named earlier. */
export const PRONOUNS = new Set(['he', 'she', 'they'])

/** Words after which a capitalised run is a place or an object, not the speaker ("of Ohio"). */
export const PREPOSITIONS = new Set([
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'to',
  'with',
  'about',
  'against',
  'near',
  'over',
])

/** Nouns for a remark: "Ana Ruiz’s “…” remark", "her comment describing …". */
export const REMARKS = new Set([
  'remark',
  'remarks',
  'comment',
  'comments',
  'quip',
  'line',
  'words',
  'phrase',
  'speech',
  'post',
  'statement',
])

/** Whether `word` (any case) is a speech verb in the past or present tense, or a participle. */
export function isSpeechWord(word: string): boolean {
  const lower = word.toLowerCase()
  return isSpeechVerb(lower) || MORE_SPEECH_VERBS.has(lower) || PARTICIPLES.has(lower)
}
