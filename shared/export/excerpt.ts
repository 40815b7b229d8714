/** How many characters of a tag's text a list of tags repeats. */
export const EXCERPT_LENGTH = 200

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/**
 * `text` on one line (runs of whitespace as one space), cut after at most `length` UTF-16 units
 * at a word boundary when one is near, never inside a character, and ended with "…" when cut.
 */
export function excerpt(text: string, length: number = EXCERPT_LENGTH): string {
  const line = text.replace(/\s+/g, ' ').trim()
  if (line.length <= length) return line
  let cut = 0
  for (const { index } of graphemes.segment(line)) {
    if (index > length - 1) break
    cut = index
  }
  const space = line.lastIndexOf(' ', cut)
  const end = space > cut - 30 && space > 0 ? space : cut
  return `${line.slice(0, end).trimEnd()}…`
}
