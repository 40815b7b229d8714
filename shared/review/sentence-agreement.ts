import type { SentenceLabel } from './sentence-labels'

/** Whether the editors compared agree on a sentence, disagree, or there is nothing to compare. */
export type SentenceAgreement = 'agree' | 'disagree' | null

/**
 * Per sentence, whether the editors agree: `labels[editor][sentence]` as `sentenceLabels` gives
 * them. Editors whose row is missing (`null`: no placed tag on the article) are left out. A
 * sentence is compared when at least two editors coded the article and at least one of them
 * tagged it: 'agree' when they all gave it the same kind, 'disagree' otherwise (one tagged it and
 * another did not, or they chose different kinds). Sentences nobody tagged are null.
 */
export function sentenceAgreement(
  labels: readonly (readonly (SentenceLabel | null)[])[],
): SentenceAgreement[] {
  const coded = labels.filter((row) => row.some((label) => label !== null))
  const count = labels[0]?.length ?? 0
  return Array.from({ length: count }, (_, sentence) => {
    if (coded.length < 2) return null
    const seen = new Set(coded.map((row) => row[sentence] ?? 'none'))
    if (seen.size === 1 && seen.has('none')) return null
    return seen.size === 1 ? 'agree' : 'disagree'
  })
}
