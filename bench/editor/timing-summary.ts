/** The value at `fraction` (0.95: the p95) of `values`, NaN when there are none. */
export function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? NaN
}

/** A time in milliseconds as the bench prints it, `n/a` when not a number. */
export function ms(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(1)} ms` : 'n/a'
}

/** The p50, p95 and max of `values`, and how many there are. */
export function summary(values: number[]): string {
  const max = values.length > 0 ? Math.max(...values) : NaN
  return `p50 ${ms(percentile(values, 0.5))}, p95 ${ms(percentile(values, 0.95))}, max ${ms(max)} (n=${values.length})`
}
