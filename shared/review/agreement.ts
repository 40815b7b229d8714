/**
 * Inter-editor agreement statistics on nominal labels, pure and UI-free: percent agreement,
 * Cohen's kappa, Krippendorff's alpha and the confusion matrix. Every one takes labels as strings,
 * with `null` where a unit was not coded, and returns plain numbers (`NaN` where undefined).
 */
export { cohensKappa } from './cohens-kappa'
export { confusionMatrix } from './confusion-matrix'
export type { ConfusionMatrix } from './confusion-matrix'
export { krippendorffAlpha } from './krippendorff-alpha'
export { pairwiseAgreement, percentAgreement } from './percent-agreement'
