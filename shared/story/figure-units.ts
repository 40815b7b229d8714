import { figureScope, type FigureScope } from './figure-scope'
import type { Figure } from './figure-record'
import { singular } from './figure-topic'
import { CURRENCIES, type FigureUnit } from './figure-value'
import { lower, phraseAt, qualifierBefore } from './figure-words'
import { GENERIC_HEADS, KIND_LABELS } from './quantity-kinds'
import { isCapitalized, type StoryToken } from './story-words'

/** Lengths and areas, in kilometres and square kilometres. */
export const LENGTHS: ReadonlyMap<string, number> = new Map([
  ['km', 1],
  ['kms', 1],
  ['kilometres', 1],
  ['kilometers', 1],
  ['kilometre', 1],
  ['kilometer', 1],
  ['miles', 1.609344],
  ['mile', 1.609344],
  ['mi', 1.609344],
  ['metres', 0.001],
  ['meters', 0.001],
  ['metre', 0.001],
  ['meter', 0.001],
  ['m', 0.001],
  ['feet', 0.0003048],
  ['ft', 0.0003048],
])

/** Areas, in square kilometres. */
export const AREAS: ReadonlyMap<string, number> = new Map([
  ['km2', 1],
  ['km²', 1],
  ['sqkm', 1],
  ['hectares', 0.01],
  ['hectare', 0.01],
  ['ha', 0.01],
  ['acres', 0.00404686],
  ['acre', 0.00404686],
])

/** Compass directions that may follow a distance ("72 km southwest of"). */
export const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'nne',
  'ene',
  'ese',
  'sse',
  'ssw',
  'wsw',
  'wnw',
  'nnw',
])

/** The currency named by a symbol or code just before the number at `index` ("$", "R$", "US$"). */
export function currencyBefore(tokens: readonly StoryToken[], index: number): FigureUnit | null {
  const symbol = lower(tokens, index - 1)
  const glued = tokens[index - 2]
  if (symbol === '$' && glued && glued.end === tokens[index - 1]?.start) {
    const prefix = glued.text.toLowerCase()
    if (prefix === 'r') return 'BRL'
    if (prefix === 'us') return 'USD'
  }
  return CURRENCIES.get(symbol) ?? null
}

/**
 * The name set in apposition after a noun phrase ending at `index` (", the Titan," or ", Titan."):
 * a capitalised word after a comma and an optional "the", closed by punctuation; else null.
 */
export function appositionAt(tokens: readonly StoryToken[], index: number): string | null {
  if (tokens[index]?.text !== ',') return null
  const at = lower(tokens, index + 1) === 'the' ? index + 2 : index + 1
  const name = tokens[at]
  const close = tokens[at + 1]
  if (!name || !isCapitalized(name.text) || !/^\p{L}/u.test(name.text)) return null
  if (close !== undefined && !/^[,.;:)]$/u.test(close.text)) return null
  return name.text
}

/**
 * The words naming what a glued length measures, from the words after it: a name ("the 22-foot
 * Ocean Star sank" → "Ocean Star"), else the first word, since the words after the noun
 * are often its verb ("the 40-ft barge sank" → "barge", not "sank").
 */
export function thingOf(words: readonly string[]): string {
  const first = words[0] ?? ''
  if (!isCapitalized(first)) return first
  const name = [first]
  for (const word of words.slice(1)) {
    if (!isCapitalized(word)) break
    name.push(word)
  }
  return name.join(' ')
}

/** A length glued to its unit as an adjective: "22-foot", "6.7-meter", "10-km-deep". */
export const GLUED_LENGTH =
  /^(\d+(?:\.\d+)?)[-‑](km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|feet|foot|ft)(?:[-‑](deep|long|wide|high|tall))?$/iu

/**
 * Reads a length glued to its unit ("a 10-km-deep quake" is a depth; "the 22-foot (6.7-meter)
 * Titan" is the Titan's length, its conversion skipped), adds it to `figures`, and returns the
 * index of the last token read.
 */
export function gluedLength(
  text: string,
  tokens: readonly StoryToken[],
  index: number,
  match: RegExpExecArray,
  sentence: FigureScope,
  figures: Figure[],
): number {
  const token = tokens[index] as StoryToken
  const unit = (match[2] ?? '').toLowerCase()
  // "foot" is the adjective's form of "feet" ("a 22-foot sub").
  const factor =
    LENGTHS.get(unit === 'foot' ? 'feet' : unit) ??
    LENGTHS.get(`${unit}s`) ??
    LENGTHS.get(unit.replace(/s$/u, ''))
  if (factor === undefined) return index
  let after = index + 1
  if (tokens[after]?.text === '(') {
    const close = tokens.findIndex((other, at) => at > after && other.text === ')')
    if (close > after && close - after < 6) after = close + 1
  }
  const depth = match[3]?.toLowerCase() === 'deep' || lower(tokens, after) === 'depth'
  const phrase = phraseAt(tokens, after, new Set())
  // "the 21-foot sub, the Titan,": the thing measured is the one the apposition names, so that
  // its length is compared with "the 22-foot Titan".
  const named = appositionAt(tokens, phrase.end)
  const headWord = named ?? thingOf(phrase.words)
  const head = isCapitalized(headWord) ? headWord.toLowerCase() : singular(headWord)
  const known = head !== '' && !GENERIC_HEADS.has(head)
  const qualifier = qualifierBefore(tokens, index)
  const first = tokens[qualifier?.start ?? index] ?? token
  figures.push({
    start: first.start,
    end: token.end,
    text: text.slice(first.start, token.end),
    value: { op: qualifier?.op ?? '=', value: Number(match[1]) * factor, unit: 'km' },
    topic: depth ? 'depth' : `length:${head}`,
    about: depth
      ? KIND_LABELS.depth
      : `length of ${isCapitalized(headWord) ? headWord : `the ${head || 'object'}`}`,
    kind: depth ? 'depth' : 'distance',
    scope: figureScope(tokens, qualifier?.start ?? index, index, sentence),
    comparable: depth || known,
  })
  return Math.max(index, after - 1)
}
