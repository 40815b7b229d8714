/**
 * An ISO time as people read it in an export, the same on every machine: `2025-11-18 14:05 UTC`.
 * A string that is not a valid time is returned unchanged.
 */
export function formatUtc(iso: string): string {
  const time = new Date(iso)
  if (Number.isNaN(time.getTime())) return iso
  return `${time.toISOString().slice(0, 10)} ${time.toISOString().slice(11, 16)} UTC`
}

/**
 * An ISO time in whole seconds (`2025-11-18T14:05:00Z`), as Word and the OOXML core properties
 * write it. A string that is not a valid time is returned unchanged.
 */
export function isoSeconds(iso: string): string {
  const time = new Date(iso)
  if (Number.isNaN(time.getTime())) return iso
  return `${time.toISOString().slice(0, 19)}Z`
}
