import { describe, expect, it } from 'vitest'
import { declaresWindows1252 } from '../../../shared/import/declared-charset'
import { decodeWindows1252 } from '../../../shared/import/windows-1252'

describe('decodeWindows1252', () => {
  it('decodes the code page’s quotes, dashes and euro sign, and Latin-1 above them', () => {
    const bytes = new Uint8Array([
      0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35, 0x20, 0xe9, 0x85, 0x99,
    ])
    expect(decodeWindows1252(bytes)).toBe('“Hi” – €5 é…™')
  })

  it('maps every byte to one character, the undefined ones to C1 controls', () => {
    const all = new Uint8Array(256).map((_, index) => index)
    const text = decodeWindows1252(all)
    expect(text).toHaveLength(256)
    expect(text.codePointAt(0x81)).toBe(0x81)
    expect(text.codePointAt(0x41)).toBe(0x41)
    expect(text.codePointAt(0xff)).toBe(0xff)
  })

  it('decodes large input in pieces', () => {
    const bytes = new Uint8Array(100_000).fill(0x92)
    expect(decodeWindows1252(bytes)).toBe('’'.repeat(100_000))
  })
})

describe('declaresWindows1252', () => {
  const bytesOf = (text: string) => new TextEncoder().encode(text)
  it('reads the meta charset of a page', () => {
    expect(declaresWindows1252(bytesOf('<html><head><meta charset="windows-1252">'))).toBe(true)
    expect(
      declaresWindows1252(
        bytesOf('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
      ),
    ).toBe(true)
    expect(declaresWindows1252(bytesOf('<meta charset=utf-8>'))).toBe(false)
    expect(declaresWindows1252(bytesOf('<p>charset=windows-1252</p>'))).toBe(false)
    expect(declaresWindows1252(bytesOf(`${' '.repeat(2000)}<meta charset="windows-1252">`))).toBe(
      false,
    )
  })
})
