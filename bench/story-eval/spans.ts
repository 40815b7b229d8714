/** A stretch of one article's text: the article (its file name) and offsets into its text. */
export interface Span {
  file: string
  start: number
  end: number
}

/** How many characters two spans of the same article share (0 for different articles). */
export function overlapLength(left: Span, right: Span): number {
  if (left.file !== right.file) return 0
  return Math.max(0, Math.min(left.end, right.end) - Math.max(left.start, right.start))
}

/** Whether two spans share at least one character. */
export function touches(left: Span, right: Span): boolean {
  return overlapLength(left, right) > 0
}

/**
 * Whether two spans are the same passage for scoring: they share at least half of the shorter
 * one ("83" in "At least 83 people have died"; a quoted sentence in the remark it belongs to).
 */
export function sameSpot(left: Span, right: Span): boolean {
  const shorter = Math.min(left.end - left.start, right.end - right.start)
  return shorter > 0 && overlapLength(left, right) * 2 >= shorter
}

/** How many characters of `span` the `cover` spans hold (overlaps among them counted once). */
export function coveredLength(span: Span, cover: readonly Span[]): number {
  const pieces = cover
    .filter((other) => touches(span, other))
    .map((other) => [Math.max(span.start, other.start), Math.min(span.end, other.end)] as const)
    .sort((left, right) => left[0] - right[0])
  let total = 0
  let reached = span.start
  for (const [start, end] of pieces) {
    const from = Math.max(start, reached)
    if (end > from) total += end - from
    reached = Math.max(reached, end)
  }
  return total
}

/** Whether at least half of `span` lies inside the `cover` spans. */
export function mostlyCovered(span: Span, cover: readonly Span[]): boolean {
  const length = span.end - span.start
  return length > 0 && coveredLength(span, cover) * 2 >= length
}

/**
 * The candidate that is the same passage as `span` ({@link sameSpot}) and shares the most
 * characters with it, or null.
 */
export function bestMatch<T extends Span>(span: Span, candidates: readonly T[]): T | null {
  let best: T | null = null
  let bestLength = 0
  for (const candidate of candidates) {
    if (!sameSpot(span, candidate)) continue
    const length = overlapLength(span, candidate)
    if (length > bestLength) {
      best = candidate
      bestLength = length
    }
  }
  return best
}
