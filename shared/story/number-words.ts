import type { StoryToken } from './story-words'

/** A quantity read from the words at some position. */
export interface Quantity {
  value: number
  /** Set for ranges ("80-85") and vague quantities ("dozens"). */
  high?: number
  /** The vague word ("dozens"), when the quantity is vague. */
  word?: string
  /** "a hundred people": roughly, not exactly. */
  approximate?: boolean
  /** A percent sign was part of the number ("85%"). */
  percent?: boolean
  /** Index of the first token after the quantity. */
  end: number
}

const SMALL: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
}

const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
  bn: 1_000_000_000,
  tn: 1_000_000_000_000,
}

/** Vague quantities and the numbers they can mean. */
const VAGUE: Readonly<Record<string, [number, number]>> = {
  dozens: [24, 199],
  scores: [40, 199],
  hundreds: [200, 999],
  thousands: [2_000, 9_999],
  millions: [2_000_000, 999_999_999],
  billions: [2_000_000_000, 999_999_999_999],
  'tens of thousands': [20_000, 99_999],
  'hundreds of thousands': [200_000, 999_999],
  'tens of millions': [20_000_000, 99_999_999],
  'hundreds of millions': [200_000_000, 999_999_999],
  several: [3, 9],
  'a few': [2, 5],
  'a handful': [2, 6],
}

/** The vague phrases split into words once, longest first, indexed by their first word. */
const VAGUE_BY_FIRST_WORD: ReadonlyMap<
  string,
  readonly (readonly [string[], number, number, string])[]
> = (() => {
  const index = new Map<string, (readonly [string[], number, number, string])[]>()
  const entries = Object.entries(VAGUE).sort(([left], [right]) => right.length - left.length)
  for (const [phrase, [low, high]] of entries) {
    const words = phrase.split(' ')
    const list = index.get(words[0] ?? '') ?? []
    list.push([words, low, high, phrase] as const)
    index.set(words[0] ?? '', list)
  }
  return index
})()

const DIGITS = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(%?)$/
const DIGITS_WITH_SCALE = /^(\d+(?:\.\d+)?)(bn|tn|m|k)$/i
const DIGIT_RANGE = /^(\d+(?:\.\d+)?)[-‑–](\d+(?:\.\d+)?)(%?)$/

function wordValue(word: string): number | null {
  const parts = word.toLowerCase().split(/[-‑]/)
  if (parts.length === 1) return SMALL[parts[0] ?? ''] ?? null
  if (parts.length === 2) {
    const tens = SMALL[parts[0] ?? '']
    const units = SMALL[parts[1] ?? '']
    if (tens !== undefined && units !== undefined && tens >= 20 && tens % 10 === 0 && units < 10) {
      return tens + units
    }
  }
  return null
}

function lower(tokens: readonly StoryToken[], index: number): string {
  return tokens[index]?.text.toLowerCase() ?? ''
}

/** A scale word after a number ("5 million", "two hundred thousand"), applied. */
function withScales(tokens: readonly StoryToken[], index: number, value: number): Quantity {
  let end = index
  let result = value
  for (;;) {
    const scale = SCALES[lower(tokens, end)]
    if (scale === undefined) break
    result *= scale
    end += 1
  }
  return { value: result, end }
}

/** Words a quantity can start with: number words, vague words, "a"/"an" ("a dozen"). */
const QUANTITY_STARTS: ReadonlySet<string> = new Set([
  ...Object.keys(SMALL),
  ...VAGUE_BY_FIRST_WORD.keys(),
  'a',
  'an',
  'dozen',
])

/**
 * Whether a quantity may start at a token of this text (digits, a number word, a vague word):
 * a cheap test that lets every other word be skipped before {@link quantityAt} reads it.
 */
export function mayStartQuantity(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code >= 48 && code <= 57) return true
  const word = text.toLowerCase()
  return QUANTITY_STARTS.has(word) || QUANTITY_STARTS.has(word.split(/[-‑]/u)[0] ?? '')
}

/**
 * The quantity written at `tokens[index]`: digits ("21", "1,000", "2.5", "85%", "80-85", "3bn"),
 * number words ("eleven", "twenty-one", "two hundred", "a dozen", "a hundred"), with scale words
 * ("5 million"), or a vague quantity ("dozens", "hundreds of thousands", "several"); null if none.
 */
export function quantityAt(tokens: readonly StoryToken[], index: number): Quantity | null {
  const token = tokens[index]
  if (!token) return null
  const text = token.text
  const word = text.toLowerCase()
  for (const [words, low, high, phrase] of VAGUE_BY_FIRST_WORD.get(word) ?? []) {
    if (words.every((part, offset) => lower(tokens, index + offset) === part)) {
      return { value: low, high, word: phrase, end: index + words.length }
    }
  }
  const range = DIGIT_RANGE.exec(text)
  if (range) {
    const low = Number(range[1])
    const high = Number(range[2])
    if (high > low) return { value: low, high, end: index + 1, percent: range[3] === '%' }
  }
  const digits = DIGITS.exec(text)
  if (digits) {
    const value = Number(`${(digits[1] ?? '').replace(/,/g, '')}${digits[2] ?? ''}`)
    if (digits[3] === '%') return { value, end: index + 1, percent: true }
    return withScales(tokens, index + 1, value)
  }
  const scaled = DIGITS_WITH_SCALE.exec(text)
  if (scaled) {
    const scale = { bn: 1e9, tn: 1e12, m: 1e6, k: 1e3 }[(scaled[2] ?? '').toLowerCase() as 'bn']
    return { value: Number(scaled[1]) * scale, end: index + 1 }
  }
  if (word === 'a' || word === 'an') {
    if (lower(tokens, index + 1) === 'dozen')
      return { value: 12, end: index + 2, approximate: true }
    const scale = SCALES[lower(tokens, index + 1)]
    if (scale !== undefined && scale >= 100) {
      return { ...withScales(tokens, index + 2, scale), approximate: true }
    }
    return null
  }
  if (word === 'dozen') return { value: 12, end: index + 1 }
  const small = wordValue(word)
  if (small === null) return null
  let value = small
  let end = index + 1
  if (lower(tokens, end) === 'dozen') return { value: small * 12, end: end + 1 }
  if (lower(tokens, end) === 'hundred') {
    value *= 100
    end += 1
    if (lower(tokens, end) === 'and' && wordValue(lower(tokens, end + 1)) !== null) {
      value += wordValue(lower(tokens, end + 1)) ?? 0
      end += 2
    }
  }
  return withScales(tokens, end, value)
}
