import { posix, win32 } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  FALLBACK_FILE_NAME,
  FILE_NAME_BYTES,
  FILE_NAME_UNITS,
  safeFileName,
} from '../../../shared/export/file-name'

const utf8 = (text: string) => Buffer.byteLength(text, 'utf8')

/** What no name may hold on any of the three systems. */
function expectPortable(name: string): void {
  // eslint-disable-next-line no-control-regex -- looking for control characters is the point
  expect(name).not.toMatch(/[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/)
  expect(name).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/)
  expect(name).not.toMatch(/^[.\s]|[.\s]$/)
  expect(name).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i)
  expect(utf8(name)).toBeLessThanOrEqual(255)
  expect(name).not.toMatch(/[\uD800-\uDFFF]/u)
}

describe('safeFileName', () => {
  it.each([
    ['Trump open to strikes in Mexico', 'Trump open to strikes in Mexico.html'],
    ['../../x', 'x.html'],
    ['..\\..\\x', 'x.html'],
    ['/etc/passwd', 'etc passwd.html'],
    ['C:\\Windows\\x', 'C Windows x.html'],
    ['a:b', 'a b.html'],
    ['a/b\\c|d?e*f"g<h>i', 'a b c d e f g h i.html'],
    ['CON', '_CON.html'],
    ['con', '_con.html'],
    ['aux.txt', '_aux.txt.html'],
    ['NUL', '_NUL.html'],
    ['nul .txt', '_nul .txt.html'],
    ['COM1', '_COM1.html'],
    ['LPT9', '_LPT9.html'],
    ['COM¹', '_COM¹.html'],
    ['CONOUT$', '_CONOUT$.html'],
    ['CONSOLE', 'CONSOLE.html'],
    ['Con Edison', 'Con Edison.html'],
    ['trailing dot.', 'trailing dot.html'],
    ['trailing space ', 'trailing space.html'],
    ['dots and spaces . . .', 'dots and spaces.html'],
    ['.hidden', 'hidden.html'],
    ['..', `${FALLBACK_FILE_NAME}.html`],
    ['', `${FALLBACK_FILE_NAME}.html`],
    ['   ', `${FALLBACK_FILE_NAME}.html`],
    ['\u0000\u0001', `${FALLBACK_FILE_NAME}.html`],
    ['tab\there\nnewline\r\nend', 'tab here newline end.html'],
    ['null\u0000byte', 'nullbyte.html'],
    ['bidi \u202Egnp.exe', 'bidi gnp.exe.html'],
    ['\u2066isolated\u2069 \u200Fmark', 'isolated mark.html'],
    ['zero\u200Bwidth\uFEFF', 'zerowidth.html'],
    ['fullwidth\uFF0Fslash\uFF3Cback\uFF1Acolon', 'fullwidth slash back colon.html'],
    ['división ∕ fraction ⁄ slash', 'división fraction slash.html'],
    ['emoji 👩‍💻 🇲🇽', 'emoji 👩‍💻 🇲🇽.html'],
    ['Cafe\u0301', 'Café.html'],
    ['lone \uD800 surrogate', 'lone surrogate.html'],
  ])('%j → %j', (title, name) => {
    expect(safeFileName(title, 'html')).toBe(name)
    expectPortable(name)
  })

  it('cuts long titles to whole characters within the length limits', () => {
    const long = safeFileName('word '.repeat(100), 'html')
    expect(long.length - '.html'.length).toBeLessThanOrEqual(FILE_NAME_UNITS)
    expect(long).toMatch(/^word( word)*\.html$/)
    const emoji = safeFileName('👩‍💻'.repeat(100), 'html')
    expect(emoji).toMatch(/^(👩‍💻)+\.html$/u)
    expect(emoji.length - 5).toBeLessThanOrEqual(FILE_NAME_UNITS)
    const cjk = safeFileName('漢'.repeat(300), 'docx')
    expect(utf8(cjk) - '.docx'.length).toBeLessThanOrEqual(FILE_NAME_BYTES)
    expect(cjk).toMatch(/^漢+\.docx$/)
    const dotted = safeFileName(`${'a'.repeat(FILE_NAME_UNITS - 1)}. tail`, 'md')
    expect(dotted).toBe(`${'a'.repeat(FILE_NAME_UNITS - 1)}.md`)
    for (const name of [long, emoji, cjk, dotted]) expectPortable(name)
  })

  it('accepts an extension with or without its dot, or none, and refuses anything else', () => {
    expect(safeFileName('x', '.csv')).toBe('x.csv')
    expect(safeFileName('x', 'tar.gz')).toBe('x.tar.gz')
    expect(safeFileName('CON', '')).toBe('_CON')
    for (const bad of ['../html', 'ht ml', 'html/', '.', 'a..b', 'x'.repeat(17), 'ünï']) {
      expect(() => safeFileName('x', bad)).toThrow(/^safeFileName: not a file name extension/)
    }
  })

  it('keeps every hostile name a single segment inside the chosen folder (POSIX and Windows)', () => {
    const hostile = [
      '../../x',
      '..\\..\\x',
      '/etc/passwd',
      'C:\\Windows\\x',
      '\\\\server\\share\\x',
      'CON',
      'aux.txt',
      'a:b',
      'NUL',
      'trailing. ',
      'x'.repeat(300),
      'evil\u202Etxt.exe',
      '🔥'.repeat(200),
      '.',
      '..',
      '~/x',
      '%2e%2e%2fx',
    ]
    for (const title of hostile) {
      const name = safeFileName(title, 'pdf')
      expectPortable(name)
      for (const path of [posix, win32]) {
        const folder = path === posix ? '/home/ana/exports' : 'C:\\Users\\ana\\exports'
        const full = path.resolve(folder, name)
        expect(path.dirname(full), `${title} under ${path === posix ? 'posix' : 'win32'}`).toBe(
          folder,
        )
        expect(path.basename(full)).toBe(name)
      }
    }
  })
})
