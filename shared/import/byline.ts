import { MONTH_PATTERN, monthNumber, parsePublicationDate } from './publication-date'

/** What a text article's opening lines say about where and when it was published. */
export interface PublicationHints {
  outlet?: string
  /** `YYYY-MM-DD`. */
  published?: string
}

/** How many non-empty lines from the top are searched. */
const LINES_SEARCHED = 8

/** The longest line read as a byline or a "Published" line (a paragraph is not one). */
const MAX_LINE = 120

const WORD = "[\\p{Lu}][\\p{L}'’.-]*"
const PARTICLE = '(?:de|da|del|der|van|von|la|le|bin|al|dos)'
/** A person's name: two to five capitalised words (particles allowed inside). */
const NAME = `${WORD}(?:\\s+(?:${WORD}|${PARTICLE})){1,4}`
/** An outlet's name: capitalised words, with `of`, `the`, `and`, `&` inside, at most six. */
const OUTLET = `(?:${WORD}|[\\p{Lu}\\d][\\p{L}\\d&.'’-]*)(?:\\s+(?:${WORD}|[\\p{Lu}\\d][\\p{L}\\d&.'’-]*|of|the|and|&|on|for)){0,5}`

const BYLINE = new RegExp(
  `^By\\s+(${NAME}(?:(?:\\s*,\\s*|\\s+and\\s+)${NAME})*)\\s*(?:,|\\||·|–|—|\\bfor\\b|\\bat\\b)\\s*(${OUTLET})\\s*$`,
  'u',
)

/** `LONDON, March 3 (Reuters) -`, `WASHINGTON (AP) —`, `PARIS, 3 March 2024 (AFP) –`. */
const DATELINE = new RegExp(
  `^[\\p{Lu}][\\p{Lu}.'’ -]{1,40}(?:,\\s*[\\p{Lu}][\\p{L}.]+)?\\s*,?\\s*((?:${MONTH_PATTERN}\\s+\\d{1,2}|\\d{1,2}\\s+${MONTH_PATTERN})(?:,?\\s+\\d{4})?)?\\s*\\(([\\p{Lu}][\\p{L}&. -]{1,40})\\)\\s*[-–—]`,
  'u',
)

const PUBLISHED_LINE = /^(?:First\s+)?(?:Published|Posted)(?:\s+on)?\s*:?\s*(.+)$/i

/** Words that say what a byline's person does, not where they publish. */
const ROLES =
  /\b(?:reporter|correspondent|writer|editor|staff|contributor|columnist|journalist|photographer|analyst|news desk)\b/i

/** Names that are days or months: "By Monday, …" is a sentence, not a byline. */
const NOT_NAMES = new RegExp(
  `^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Then|Now|${MONTH_PATTERN})(?=[\\s,]|$)`,
  'i',
)

/**
 * Finds the outlet and the date in the opening lines of a text article: a byline naming the outlet
 * after the author (`By Jane Doe, Reuters`, `By Jane Doe and Li Wei | The Guardian`, `By Jane
 * Doe for Politico`), a wire dateline (`LONDON, March 3 (Reuters) -`, with the date when it has a
 * year), or a line `Published 3 March 2024`. Lines that merely start with "By" (a sentence, a
 * quotation) or name a role ("By Jane Doe, Staff Writer") give nothing.
 */
export function findPublicationHints(lines: readonly string[]): PublicationHints {
  const hints: PublicationHints = {}
  const opening = lines
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, LINES_SEARCHED)
  for (const line of opening) {
    if (hints.outlet === undefined) {
      const dateline = DATELINE.exec(line)
      if (dateline?.[2] && !ROLES.test(dateline[2])) {
        hints.outlet = dateline[2].trim()
        const when = dateline[1]
        if (hints.published === undefined && when && /\d{4}/.test(when)) {
          const date = parsePublicationDate(when)
          if (date) hints.published = date
        }
      }
    }
    if (line.length > MAX_LINE) continue
    const parts = line.split(/\s+[|·•]\s+/)
    for (const part of parts.length > 1 ? [line, ...parts] : parts) {
      const segment = part.trim()
      const byline = BYLINE.exec(segment)
      if (byline && hints.outlet === undefined) {
        const names = byline[1] ?? ''
        const outlet = (byline[2] ?? '').replace(/\.$/, '')
        if (!NOT_NAMES.test(names) && !ROLES.test(outlet) && monthNumber(outlet) === null) {
          hints.outlet = outlet
        }
        continue
      }
      if (hints.published !== undefined) continue
      const published = PUBLISHED_LINE.exec(segment)
      // A bare date counts only as a part of a line of parts (`By Jane Doe, Reuters | March 3, 2024`).
      const bare = parts.length > 1 && segment !== line ? segment : ''
      const date = parsePublicationDate(published ? (published[1] ?? '') : bare)
      if (date) hints.published = date
    }
  }
  return hints
}
