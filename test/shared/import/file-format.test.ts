import { describe, expect, it } from 'vitest'
import { checkFormat, formatForExtension } from '../../../shared/import/file-format'

const bytes = (...values: number[]) => new Uint8Array(values)
const text = (value: string) => new TextEncoder().encode(value)
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)
const ZIP = bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00)

describe('formatForExtension', () => {
  it('knows the importer’s file endings, in any case', () => {
    expect(formatForExtension('.HTM')).toBe('html')
    expect(formatForExtension('.docx')).toBe('docx')
    expect(formatForExtension('.Pdf')).toBe('pdf')
    expect(formatForExtension('.markdown')).toBe('text')
    expect(formatForExtension('.doc')).toBeNull()
    expect(formatForExtension('')).toBeNull()
  })
})

describe('checkFormat', () => {
  it('lets a Word document be a ZIP package and a PDF have its header, by content', () => {
    expect(() => checkFormat('docx', ZIP)).not.toThrow()
    expect(() => checkFormat('pdf', text('%PDF-1.7\n'))).not.toThrow()
    expect(() => checkFormat('pdf', text(`${'\n'.repeat(100)}%PDF-1.4`))).not.toThrow()
  })

  it('refuses a file that is not what its ending says, saying what it is', () => {
    expect(() => checkFormat('docx', PNG)).toThrow(
      /called \.docx but it is a PNG image, not a Word document/,
    )
    expect(() => checkFormat('docx', text('plain words'))).toThrow(
      /it is text, not a Word document/,
    )
    expect(() => checkFormat('pdf', ZIP)).toThrow(/called \.pdf but it is a ZIP archive/)
    expect(() => checkFormat('pdf', text('Just text'))).toThrow(/not a PDF document/)
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])
    expect(() => checkFormat('docx', elf)).toThrow(/called \.docx but it is an executable,/)
  })

  it('refuses binary content in text files and web pages, ZIP and PDF included', () => {
    expect(() => checkFormat('text', text('%PDF-1.7'))).toThrow(
      /not a text file but a PDF document/,
    )
    expect(() => checkFormat('html', ZIP)).toThrow(/not a web page but a ZIP archive/)
    expect(() => checkFormat('html', text('<p>a\u0000b</p>'))).toThrow(/NUL bytes/)
    expect(() => checkFormat('text', bytes(0xff, 0xfe, 0x41, 0x00))).not.toThrow()
  })
})
