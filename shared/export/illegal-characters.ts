/** Code points U+nFFFE and U+nFFFF of planes 1–16: noncharacters. */
const PLANE_NONCHARACTERS = Array.from({ length: 16 }, (_, index) => {
  const plane = (index + 1).toString(16).toUpperCase()
  return `\\u{${plane}FFFE}\\u{${plane}FFFF}`
}).join('')

/**
 * Characters that XML 1.0 forbids (C0 controls but tab, LF and CR; lone surrogates; U+FFFE/FFFF)
 * or HTML reports as parse errors (DEL, C1 controls, noncharacters).
 */
const ILLEGAL = new RegExp(
  '[^\\t\\n\\r\\u0020-\\u007E\\u00A0-\\uD7FF\\uE000-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{10FFFF}]' +
    `|[${PLANE_NONCHARACTERS}]`,
  'gu',
)

/**
 * `text` without the characters that may not appear in an XML 1.0 document or in valid HTML:
 * control characters other than tab, line feed and carriage return, lone surrogates and Unicode
 * noncharacters. Every other character, bidirectional controls included, is kept.
 */
export function stripIllegalCharacters(text: string): string {
  return text.replace(ILLEGAL, '')
}
