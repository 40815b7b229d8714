/** The agreement coefficients that have a conventional reading. */
export type AgreementCoefficient = 'kappa' | 'alpha'

/** A coefficient's conventional reading: a word, and the scale it comes from. */
export interface AgreementReading {
  /** The reading, lower case ("moderate", "tentative"). */
  label: string
  /** Whose scale this is, for a tooltip or footnote. */
  scale: string
}

const KAPPA_SCALE = 'Landis & Koch (1977)'
const ALPHA_SCALE = 'Krippendorff (2004)'

/** Landis & Koch's bands for Cohen's kappa: upper bound (exclusive) and label. */
const KAPPA_BANDS: readonly [number, string][] = [
  [0, 'poor'],
  [0.2, 'slight'],
  [0.4, 'fair'],
  [0.6, 'moderate'],
  [0.8, 'substantial'],
  [Infinity, 'almost perfect'],
]

/** Krippendorff's thresholds for alpha: below 0.667 discard, below 0.8 tentative conclusions. */
const ALPHA_BANDS: readonly [number, string][] = [
  [0.667, 'unreliable'],
  [0.8, 'tentative'],
  [Infinity, 'reliable'],
]

/**
 * The usual reading of an agreement coefficient. Cohen's kappa on Landis & Koch's scale: below
 * 0 poor (worse than chance), below 0.2 slight, below 0.4 fair, below 0.6 moderate, below 0.8
 * substantial, else almost perfect. Krippendorff's alpha on his own thresholds: below 0.667
 * unreliable, below 0.8 tentative, else reliable. Null when the value is null or not finite
 * (the coefficient is undefined).
 */
export function agreementReading(
  coefficient: AgreementCoefficient,
  value: number | null,
): AgreementReading | null {
  if (value === null || !Number.isFinite(value)) return null
  const bands = coefficient === 'kappa' ? KAPPA_BANDS : ALPHA_BANDS
  const label = bands.find(([below]) => value < below)?.[1] ?? bands.at(-1)![1]
  return { label, scale: coefficient === 'kappa' ? KAPPA_SCALE : ALPHA_SCALE }
}
