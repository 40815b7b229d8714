/**
 * A calendar date as `YYYY-MM-DD`, checked without zod: the import readers (bundled on their own,
 * see scripts/build.mjs) parse dates, and importing a schema would pull zod into each of them.
 */

/** The shape of a `YYYY-MM-DD` date. */
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

/** Whether `value` is written `YYYY-MM-DD` and names a day that exists (no 31 April, no 29 February 2023). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}
