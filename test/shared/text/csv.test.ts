import { describe, expect, it } from 'vitest'
import { toCsv } from '../../../shared/text/csv'

describe('toCsv', () => {
  it('ends every record with CRLF and separates fields with commas', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, 2.5],
      ]),
    ).toBe('a,b\r\n1,2.5\r\n')
    expect(toCsv([])).toBe('')
  })

  it('quotes fields with a comma, quote, CR or LF, doubling inner quotes (RFC 4180)', () => {
    expect(toCsv([['a,b', 'say "hi"', 'two\nlines', 'cr\r', 'plain']])).toBe(
      '"a,b","say ""hi""","two\nlines","cr\r",plain\r\n',
    )
  })

  it('writes null and non-finite numbers as empty fields, and numbers in full', () => {
    expect(toCsv([[null, Number.NaN, Number.POSITIVE_INFINITY, -0.25, 113 / 152, 0]])).toBe(
      `,,,-0.25,${String(113 / 152)},0\r\n`,
    )
  })

  it('defuses text a spreadsheet would run as a formula, but not numbers', () => {
    expect(toCsv([['=1+1', '+x', '-x', '@x', '\tx', -1]])).toBe("'=1+1,'+x,'-x,'@x,'\tx,-1\r\n")
    expect(toCsv([['=HYPERLINK("x")']])).toBe(`"'=HYPERLINK(""x"")"\r\n`)
  })
})
