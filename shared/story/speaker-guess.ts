/**
 * How a quotation's speaker was found: named in its attribution, a pronoun, a description ("the
 * ministry", "a doctor"), carried over from the quotation before it, or not at all.
 */
export type Attribution = 'named' | 'pronoun' | 'described' | 'continued' | 'none'

/** How sure the reading of a speaker is: only `high` speakers are written into tags. */
export type SpeakerConfidence = 'high' | 'low'

/** Who an article says spoke a quotation, and how that was read. */
export interface SpeakerGuess {
  /** A name ("Donald Trump"), a description ("the president"), or null when nobody is named. */
  speaker: string | null
  attribution: Attribution
  /** `high` for a name in the quotation's own attribution; `low` for descriptions and guesses. */
  confidence: SpeakerConfidence
}

/** A speaker guess from its three parts. */
export function guess(
  speaker: string | null,
  attribution: Attribution,
  confidence: SpeakerConfidence,
): SpeakerGuess {
  return { speaker, attribution, confidence }
}
