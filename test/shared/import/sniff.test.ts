import { describe, expect, it } from 'vitest'
import { decodeText, sniffBytes } from '../../../shared/import/sniff'

const bytes = (...values: number[]) => new Uint8Array(values)
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('sniffBytes and decodeText', () => {
  it('recognises binary formats by their signatures, whatever the file is called', () => {
    expect(sniffBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a))).toEqual({
      kind: 'binary',
      description: 'PNG image',
    })
    expect(sniffBytes(utf8('%PDF-1.7\n'))).toMatchObject({
      kind: 'binary',
      description: 'PDF document',
    })
    expect(sniffBytes(bytes(0x50, 0x4b, 0x03, 0x04))).toMatchObject({ kind: 'binary' })
    expect(sniffBytes(utf8('plain\u0000text'))).toMatchObject({ kind: 'binary' })
  })

  it('decodes UTF-8 with and without a byte-order mark, and UTF-16 with one', () => {
    expect(decodeText(utf8('It’s OK with me.'))).toBe('It’s OK with me.')
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Hi')))).toBe('Hi')
    expect(decodeText(bytes(0xff, 0xfe, 0x48, 0x00, 0x69, 0x00))).toBe('Hi')
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x48, 0x00, 0x69))).toBe('Hi')
  })

  it('refuses invalid UTF-8 instead of inserting replacement characters', () => {
    expect(() => decodeText(bytes(0x63, 0xc3, 0x28))).toThrow(/not valid UTF-8/)
    expect(() => decodeText(bytes(0x93, 0x4f, 0x4b, 0x94))).toThrow(/not valid UTF-8/)
  })

  it('refuses binary content with a message naming what it is', () => {
    expect(() => decodeText(bytes(0x25, 0x50, 0x44, 0x46, 0x2d))).toThrow(/PDF document/)
  })
})
