import type { SentenceLabel } from './sentence-labels'

/**
 * How the editors compared stand on a sentence:
 *
 * - 'agree': every editor who coded the article gave it the same kind;
 * - 'conflict': two of them tagged it with different kinds (quote against claim), whatever the
 *   others did;
 * - 'gap' (a coverage gap): some tagged it and some left it untagged, and those who tagged it
 *   chose the same kind: a sentence one editor did not get to, not a difference of judgement;
 * - null: nothing to compare (fewer than two editors coded the article, or nobody tagged it).
 */
export type SentenceAgreement = 'agree' | 'conflict' | 'gap' | null

/** The three counts review mode and the Agreement dialog show, from the same definitions. */
export interface AgreementCounts {
  /** Sentences every compared editor tagged with the same kind. */
  agreements: number
  /** Sentences two editors tagged with different kinds. */
  conflicts: number
  /** Sentences tagged by some editors and left untagged by others (no conflict of kinds). */
  gaps: number
}

/**
 * Per sentence, how the editors stand (see {@link SentenceAgreement}): `labels[editor][sentence]`
 * as `sentenceLabels` gives them. An editor whose label is missing (`null`: no placed tag on the
 * article) is left out of that sentence, so the rows of several articles can be concatenated.
 */
export function sentenceAgreement(
  labels: readonly (readonly (SentenceLabel | null)[])[],
): SentenceAgreement[] {
  const count = labels[0]?.length ?? 0
  return Array.from({ length: count }, (_, sentence) => {
    const kinds = new Set<SentenceLabel>()
    let coded = 0
    let untagged = 0
    for (const row of labels) {
      const label = row[sentence] ?? null
      if (label === null) continue
      coded += 1
      if (label === 'none') untagged += 1
      else kinds.add(label)
    }
    if (coded < 2 || kinds.size === 0) return null
    if (kinds.size > 1) return 'conflict'
    return untagged > 0 ? 'gap' : 'agree'
  })
}

/** Counts agreements, conflicts and coverage gaps in `agreement` (as `sentenceAgreement` gives). */
export function agreementCounts(agreement: readonly SentenceAgreement[]): AgreementCounts {
  const counts: AgreementCounts = { agreements: 0, conflicts: 0, gaps: 0 }
  for (const value of agreement) {
    if (value === 'agree') counts.agreements += 1
    else if (value === 'conflict') counts.conflicts += 1
    else if (value === 'gap') counts.gaps += 1
  }
  return counts
}
