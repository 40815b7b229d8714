/**
 * A modal of the past that did not happen ("would have been", "could have reached", "might have
 * risen"): what follows it is a hypothetical value, not a fact of the event.
 */
const MODAL_PERFECT = /\b(?:would|could|might|should)(?:\s+not|n['’]t)?\s+have\b/giu

/**
 * Words that turn the clause back to what happened after a hypothetical ("…, but it was 9%",
 * "; instead inflation hit 11%"): figures after them are facts again.
 */
const BACK_TO_FACT = /[;:]|\b(?:but|instead|whereas|while|actually|in fact)\b/iu

/**
 * Whether the figure at `offset` of `sentence` is counterfactual: a hypothetical value given
 * after a modal of the past in its clause ("without the subsidy, prices would have risen 40%",
 * "the toll could have reached 300"). Such a figure is not a fact of the event and is never set
 * against other articles' figures; a figure before the modal, or after a turn back to what
 * happened ("but", "instead", a semicolon), stays a fact.
 */
export function isCounterfactual(sentence: string, offset: number): boolean {
  let last = -1
  for (const match of sentence.matchAll(MODAL_PERFECT)) {
    if (match.index >= offset) break
    last = match.index + match[0].length
  }
  return last >= 0 && !BACK_TO_FACT.test(sentence.slice(last, offset))
}
