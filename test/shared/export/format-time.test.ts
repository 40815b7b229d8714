import { describe, expect, it } from 'vitest'
import { formatUtc, isoSeconds } from '../../../shared/export/format-time'

describe('formatUtc and isoSeconds', () => {
  it('write an ISO time the same way on every machine', () => {
    expect(formatUtc('2025-11-18T09:05:59.999Z')).toBe('2025-11-18 09:05 UTC')
    expect(isoSeconds('2025-11-18T09:05:59.999Z')).toBe('2025-11-18T09:05:59Z')
    expect(formatUtc('2025-11-18T23:30:00+02:00')).toBe('2025-11-18 21:30 UTC')
  })

  it('return anything that is not a time unchanged', () => {
    expect(formatUtc('yesterday')).toBe('yesterday')
    expect(isoSeconds('<b>')).toBe('<b>')
  })
})
