import { isLineBreakCode, isWhitespaceCode } from '../text/characters'
import { tokenizeLine, type Token } from '../text/tokens'

/** How much of a block's end is read for credits and embed signatures, in characters. */
export const TAIL_LENGTH = 600

/**
 * The tokens of the last part of a block's last line (offsets into `text`), enough to read a
 * credit or an embed's signature at its end: at most about {@link TAIL_LENGTH} characters, cut at
 * a space so that no token is cut in two. A block of any length costs the same.
 */
export function tailTokens(text: string): Token[] {
  let end = text.length
  while (end > 0 && isWhitespaceCode(text.charCodeAt(end - 1))) end -= 1
  let lineStart = end
  while (lineStart > 0 && !isLineBreakCode(text.charCodeAt(lineStart - 1))) {
    if (end - lineStart > TAIL_LENGTH) break
    lineStart -= 1
  }
  if (lineStart > 0 && !isLineBreakCode(text.charCodeAt(lineStart - 1))) {
    // Cut inside a long line: start after the next space, at a whole token.
    while (lineStart < end && !isWhitespaceCode(text.charCodeAt(lineStart))) lineStart += 1
  }
  return tokenizeLine(text, lineStart, end)
}

/** The text of `token` in `text`. */
export function tokenText(text: string, token: Token): string {
  return text.slice(token.start, token.end)
}

/** The word of `token` without the quotes, brackets and punctuation around it. */
export function coreText(text: string, token: Token): string {
  return text.slice(token.coreStart, token.coreEnd)
}
