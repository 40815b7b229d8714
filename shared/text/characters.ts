/**
 * Character classes used by the sentence splitter. Every test looks at one UTF-16 code unit, so
 * a scan over a text stays linear; non-ASCII letters are classified through Unicode properties.
 */

const uppercasePattern = /^\p{Lu}$/u
const lowercasePattern = /^\p{Ll}$/u
const letterPattern = /^\p{L}$/u

/** Whether `code` is whitespace as JavaScript's `\s` defines it (so `trim()` agrees with us). */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Whether `code` ends a line: LF, CR (alone or in CRLF), or the Unicode line and paragraph
 * separators.
 */
export function isLineBreakCode(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029
}

/** Whether `char` can end a sentence: full stop, question and exclamation marks, ellipsis. */
export function isTerminalChar(char: string): boolean {
  switch (char) {
    case '.':
    case '?':
    case '!':
    case '…':
    case '‽':
    case '？':
    case '！':
    case '。':
      return true
    default:
      return false
  }
}

/** Whether `char` is a question or exclamation mark, the terminals that are never abbreviations. */
export function isStrongTerminalChar(char: string): boolean {
  return char === '?' || char === '!' || char === '‽' || char === '？' || char === '！'
}

/** Whether `char` is a quotation mark that can open a quotation. */
export function isOpeningQuoteChar(char: string): boolean {
  switch (char) {
    case '"':
    case "'":
    case '“':
    case '‘':
    case '«':
    case '‹':
    case '„':
    case '「':
    case '『':
      return true
    default:
      return false
  }
}

/** Whether `char` is a quotation mark that can close a quotation. */
export function isClosingQuoteChar(char: string): boolean {
  switch (char) {
    case '"':
    case "'":
    case '”':
    case '’':
    case '»':
    case '›':
    case '」':
    case '』':
      return true
    default:
      return false
  }
}

/** Whether `char` is one of the double quotation marks (straight or curly). */
export function isDoubleQuoteChar(char: string): boolean {
  return (
    char === '"' || char === '“' || char === '”' || char === '„' || char === '«' || char === '»'
  )
}

/** Whether `char` opens a quotation or a bracket: it may precede the first word of a sentence. */
export function isOpenerChar(char: string): boolean {
  return (
    isOpeningQuoteChar(char) ||
    char === '(' ||
    char === '[' ||
    char === '{' ||
    char === '¿' ||
    char === '¡'
  )
}

/** Whether `char` closes a quotation or a bracket: it may follow the last mark of a sentence. */
export function isCloserChar(char: string): boolean {
  return isClosingQuoteChar(char) || char === ')' || char === ']' || char === '}'
}

/** Whether `char` is an ASCII digit. */
export function isDigitChar(char: string): boolean {
  return char >= '0' && char <= '9'
}

/** Whether `char` is an uppercase letter in any script. */
export function isUppercaseChar(char: string): boolean {
  if (char < '\u0080') return char >= 'A' && char <= 'Z'
  return uppercasePattern.test(char)
}

/** Whether `char` is a lowercase letter in any script. */
export function isLowercaseChar(char: string): boolean {
  if (char < '\u0080') return char >= 'a' && char <= 'z'
  return lowercasePattern.test(char)
}

/** Whether `char` is a letter in any script. */
export function isLetterChar(char: string): boolean {
  if (char < '\u0080') return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z')
  return letterPattern.test(char)
}

/** Whether `char` is a currency sign, which may begin a sentence ("$5 million was spent."). */
export function isCurrencyChar(char: string): boolean {
  return char === '$' || char === '€' || char === '£' || char === '¥'
}

/** Whether `char` marks an item of a bulleted list (never the hyphen or dashes, used in prose). */
export function isBulletChar(char: string): boolean {
  switch (char) {
    case '•':
    case '◦':
    case '‣':
    case '⁃':
    case '▪':
    case '▫':
    case '●':
    case '○':
    case '■':
    case '□':
    case '►':
    case '▶':
    case '➢':
    case '✓':
    case '✔':
      return true
    default:
      return false
  }
}
