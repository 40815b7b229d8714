/**
 * Canonical form of imported text, so that anchors stay stable: no byte-order mark, `\n` line
 * endings (CRLF and lone CR converted), no-break and other Unicode spaces as plain spaces, tabs as
 * spaces, trailing spaces cut, Unicode NFC.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, ' ')
    .replace(/ +$/gm, '')
    .normalize('NFC')
}
