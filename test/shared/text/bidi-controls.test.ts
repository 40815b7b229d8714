import { describe, expect, it } from 'vitest'
import { neutraliseBidi } from '../../../shared/text/bidi-controls'

const CONTROLS = [
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c,
].map((code) => String.fromCodePoint(code))

describe('neutraliseBidi', () => {
  it('shows every bidirectional control as its code point, and nothing else changes', () => {
    const headline = `Mayor ${CONTROLS.join('')} resigns — مرحبا`
    const shown = neutraliseBidi(headline)
    expect(shown).toBe(
      'Mayor <U+202A><U+202B><U+202C><U+202D><U+202E><U+2066><U+2067><U+2068><U+2069><U+200E><U+200F><U+061C> resigns — مرحبا',
    )
    expect(neutraliseBidi('Plain “quoted” text\u200b')).toBe('Plain “quoted” text\u200b')
  })

  it('escapes them in JSON so that the data reads back unchanged', () => {
    const value = { title: `A\u202eB\u2066C` }
    const text = neutraliseBidi(JSON.stringify(value), 'json')
    expect(text).toBe('{"title":"A\\u202EB\\u2066C"}')
    expect(CONTROLS.some((control) => text.includes(control))).toBe(false)
    expect(JSON.parse(text)).toEqual(value)
  })
})
