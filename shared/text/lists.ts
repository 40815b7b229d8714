import { isBulletChar } from './characters'
import type { Token } from './tokens'

/** A list marker's value and how it is written: "1." → { value: 1, style: '.' }. */
interface ListMarker {
  value: number
  style: string
  alphabetic: boolean
}

const numberedMarkerPattern = /^(\d{1,3})(\.\)|\.|\))$/
const alphabeticMarkerPattern = /^(\p{L})(\.\)|\.|\))$/u

function parseListMarker(word: string): ListMarker | undefined {
  const numbered = numberedMarkerPattern.exec(word)
  if (numbered) {
    return { value: Number(numbered[1]), style: numbered[2] ?? '', alphabetic: false }
  }
  const alphabetic = alphabeticMarkerPattern.exec(word)
  if (!alphabetic) return undefined
  const letter = alphabetic[1] ?? ''
  const style = alphabetic[2] ?? ''
  // "A." opens too many ordinary sentences ("A. Smith said…"); only "a." or "A)" mark a list.
  if (style !== ')' && letter !== letter.toLowerCase()) return undefined
  return { value: letter.charCodeAt(0), style, alphabetic: true }
}

/** The token's text without the bullets written against it ("⁃9." → "9."). */
function withoutBullets(text: string, token: Token): string {
  let start = token.start
  while (start < token.end && isBulletChar(text[start] ?? '')) start++
  return text.slice(start, token.end)
}

/**
 * Whether `token` is written like a list marker: "1.", "2)", "3.)", "a.", "⁃9.", "• 10.".
 */
export function isListMarkerToken(text: string, token: Token): boolean {
  if (token.end - token.start > 8) return false
  return parseListMarker(withoutBullets(text, token)) !== undefined
}

/** Whether `token` is nothing but bullets ("•"). */
export function isBulletToken(text: string, token: Token): boolean {
  for (let index = token.start; index < token.end; index++) {
    if (!isBulletChar(text[index] ?? '')) return false
  }
  return true
}

/**
 * When a line starts a list, force a sentence break before each later item, whether or not the
 * previous item ends with punctuation. A line is a list when it starts with a bullet ("• …",
 * "⁃9. …"), then every token that starts with the same bullet starts an item; or when it starts
 * with a marker ("1.", "1)", "1.)", "a."), then the markers that follow it in sequence, in the same
 * style, start items ("2.", "3." …; "b.", "c." …). Numbers out of sequence are left alone, so "the
 * top 2. The next day" in prose is not a list.
 */
export function markListItems(text: string, tokens: Token[]): void {
  const first = tokens[0]
  if (!first) return
  const bullet = text[first.start] ?? ''
  if (isBulletChar(bullet)) {
    for (let index = 1; index < tokens.length; index++) {
      const token = tokens[index] as Token
      if (text[token.start] === bullet) token.forcedBreakBefore = true
    }
    return
  }
  if (first.end - first.start > 8) return
  const marker = parseListMarker(text.slice(first.start, first.end))
  if (!marker) return
  let expected = marker.value + 1
  for (let index = 1; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.end - token.start > 8) continue
    const next = parseListMarker(text.slice(token.start, token.end))
    if (
      next &&
      next.value === expected &&
      next.style === marker.style &&
      next.alphabetic === marker.alphabetic
    ) {
      token.forcedBreakBefore = true
      expected++
    }
  }
}
