/**
 * A strict RFC 4180 reader for the CSV tests: records end with CRLF, fields are quoted with `"`
 * (doubled inside), and anything else (a bare LF or CR, a quote inside an unquoted field, text
 * after a closing quote, a missing final CRLF) is an error.
 */
export function parseRfc4180(csv: string): string[][] {
  const records: string[][] = []
  let record: string[] = []
  let at = 0
  const fail = (message: string): never => {
    throw new Error(`parseRfc4180: ${message} at offset ${at}`)
  }
  while (at < csv.length) {
    let field = ''
    if (csv[at] === '"') {
      at += 1
      for (;;) {
        if (at >= csv.length) fail('unterminated quoted field')
        if (csv[at] === '"') {
          if (csv[at + 1] === '"') {
            field += '"'
            at += 2
            continue
          }
          at += 1
          break
        }
        field += csv[at]
        at += 1
      }
    } else {
      while (at < csv.length && csv[at] !== ',' && csv[at] !== '\r' && csv[at] !== '\n') {
        if (csv[at] === '"') fail('quote inside an unquoted field')
        field += csv[at]
        at += 1
      }
    }
    record.push(field)
    if (csv[at] === ',') {
      at += 1
      continue
    }
    if (csv.startsWith('\r\n', at)) {
      at += 2
      records.push(record)
      record = []
      continue
    }
    fail(
      at >= csv.length
        ? 'the last record does not end with CRLF'
        : 'a field is followed by neither , nor CRLF',
    )
  }
  return records
}
