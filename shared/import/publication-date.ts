import { isIsoDate } from '../model/iso-date'
import { MONTH_NAMES } from '../text/month-names'

const MONTHS = MONTH_NAMES

/** A month's name or its common abbreviation (`Mar`, `Sept.`), as a regular expression source. */
export const MONTH_PATTERN =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?'

/** The month number (1–12) of a month's name or abbreviation, or null. */
export function monthNumber(name: string): number | null {
  const key = name.toLowerCase().replace(/\.$/, '')
  if (key.length < 3) return null
  const index = MONTHS.findIndex((month) => month.startsWith(key.slice(0, 3)))
  return index >= 0 ? index + 1 : null
}

function isoDate(year: number, month: number, day: number): string | null {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return isIsoDate(value) ? value : null
}

/**
 * A publication date written as newsrooms write it, as `YYYY-MM-DD`: `2024-03-03` (also with a
 * time after it), `3 March 2024`, `March 3, 2024`, `Mar. 3 2024`, `3/3/2024` is refused (the
 * order of day and month is not known). Null for anything else, or a day that does not exist.
 */
export function parsePublicationDate(value: string): string | null {
  const text = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(text)
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]))
  const dayFirst = new RegExp(
    `^(?:\\w+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_PATTERN}),?\\s+(\\d{4})\\b`,
    'i',
  ).exec(text)
  if (dayFirst) {
    const month = monthNumber(dayFirst[2] ?? '')
    return month ? isoDate(Number(dayFirst[3]), month, Number(dayFirst[1])) : null
  }
  const monthFirst = new RegExp(
    `^(?:\\w+,?\\s+)?(${MONTH_PATTERN})\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`,
    'i',
  ).exec(text)
  if (monthFirst) {
    const month = monthNumber(monthFirst[1] ?? '')
    return month ? isoDate(Number(monthFirst[3]), month, Number(monthFirst[2])) : null
  }
  return null
}
