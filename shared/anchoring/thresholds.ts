/**
 * The tuning of `anchor`, in one place so that tests and reviewers can see every number.
 *
 * Every score is a similarity in [0, 1]: 1 − edit distance / length. The quote's is measured
 * against the stored `exact` (divided by its length); each context side's against what
 * `describe` would store at the candidate, with runs of whitespace folded to one space (divided
 * by the longer of the two). Figures below were measured on the five seed articles, rewriting
 * whole words with unrelated newsroom words.
 */
export const thresholds = {
  /**
   * A changed quote must keep at least this similarity to the stored one. A typo, an inserted
   * "not", straightened quotes or NFD keep about 0.9 or more and a 30% word rewrite 0.37–0.83
   * (median 0.67), while a 60% rewrite keeps 0.27–0.64 (99th percentile 0.57) and a deleted
   * sentence's closest look-alike elsewhere in the article 0.29–0.88 (99th percentile 0.69; the
   * high ones are short sentences or near-duplicates, which `changedScore` and the context
   * rules reject). It also bounds the fuzzy search to `floor(0.35 · exact.length)` errors.
   */
  quoteSimilarity: 0.65,
  /**
   * A changed quote's evidence score (quote and context, weighted as below) must reach this. With
   * the context intact, that is no stricter than `quoteSimilarity`; with one side lost (a
   * deleted sentence's look-alike neighbour), the quote must be about 0.83 similar or more.
   */
  changedScore: 0.75,
  /**
   * From this quote similarity on, a quote at least `selfEvidentLength` long may be placed as
   * changed even where both sides of its context changed too (an edited sentence whose
   * neighbours were also edited, or which moved).
   */
  highQuoteSimilarity: 0.9,
  /**
   * A full-length side of the context (not cut short by the text's edge) at least this similar
   * to the stored one is intact: verbatim but for a character. Short quotes, changed quotes and the
   * occurrence at the stored position need their context to vouch for them: one intact side, or
   * `supportingContext` on average. Unrelated contexts of English text score 0.2–0.5, but a
   * heading that repeats a quote can lend a wrong occurrence a side of 0.9.
   */
  intactSide: 0.95,
  /**
   * Average similarity of the two context sides that vouches for a candidate even though neither
   * side is intact, as when typos were fixed in both neighbouring sentences. Also the share of a
   * side that may differ (1 − 0.8) when its position is looked up to snap a changed quote's bounds.
   */
  supportingContext: 0.8,
  /**
   * From this average context similarity on, an exact match is not second-guessed by a search
   * for a better-placed variant of the quote.
   */
  intactContext: 0.9,
  /**
   * Quotes at least this long (one context's length) identify themselves: an exact occurrence
   * counts whatever its context. Shorter ones ("he said.") need their context to vouch for them
   * (see `intactSide`).
   */
  selfEvidentLength: 32,
  /**
   * Candidates whose evidence scores differ by less than this are indistinguishable and the
   * result is 'ambiguous', never a guess. For two exact occurrences, 0.05 of the weighted score
   * is 0.11 of average context similarity: some 7 of the 64 context characters.
   */
  ambiguityMargin: 0.05,
  /** Weight of the quote's similarity in the evidence score (Hypothesis's match-quote uses 50). */
  quoteWeight: 50,
  /** Weight of the prefix's similarity in the evidence score (Hypothesis: 20). */
  prefixWeight: 20,
  /** Weight of the suffix's similarity in the evidence score (Hypothesis: 20). */
  suffixWeight: 20,
  /**
   * Cap on the fuzzy search's error budget, so that long quotes on long texts stay fast; a quote
   * longer than about 730 characters is thus held to a stricter similarity than
   * `quoteSimilarity`.
   */
  maxErrors: 256,
  /** Most candidates an 'ambiguous' result lists, best first. */
  maxCandidates: 10,
} as const
