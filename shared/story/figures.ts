import type { SentenceSpan } from '../text/sentences'
import { figureScope, sentenceScope, type FigureScope } from './figure-scope'
import { countTopic, DEATHS_TOPIC, percentTopic, singular, TIME_UNITS } from './figure-topic'
import { CURRENCIES, type FigureOp, type FigureUnit, type FigureValue } from './figure-value'
import {
  dateAt,
  lower,
  MONTHS,
  PERCENT_LINKS,
  PHRASE_STOPS,
  phraseAt,
  qualifierBefore,
} from './figure-words'
import { mayStartQuantity, quantityAt } from './number-words'
import {
  CHANGE_VERBS,
  GENERIC_HEADS,
  KIND_LABELS,
  KIND_NOUNS,
  KIND_PARTICIPLES,
  KIND_VERBS_BEFORE,
  TOLL_LINKS,
  TOLL_NOUNS,
  type QuantityKind,
} from './quantity-kinds'
import { magnitudesIn, nonCountSpans } from './quantity-masks'
import { isCapitalized, isWord, tokenize, type StoryToken } from './story-words'

/** A figure found in an article: what it says, normalised, what it measures and its scope. */
export interface Figure {
  /** Offsets of the figure's words ("at least 21 strikes") in the article's text. */
  start: number
  end: number
  /** The figure's words as the article writes them. */
  text: string
  value: FigureValue
  /**
   * What is measured, as a key under which figures are compared across articles ("strike",
   * "deaths", "magnitude", "distance:epicentre:marra", "vote share:milei").
   */
  topic: string
  /** What the figure measures, for people to read ("strikes", "people killed"). */
  about: string
  /** The kind of quantity ("killed", "magnitude", "count"). */
  kind: QuantityKind
  /** Which event, part, place, time and source the figure is of. */
  scope: FigureScope
  /**
   * Whether what is measured is known well enough to set the figure against other articles'
   * ("241 people" alone is not: killed, on board, or survivors?).
   */
  comparable: boolean
  /** Words before the counted noun ("road" in "eight road workers"): which of its kind. */
  modifiers?: string[]
}

/** Lengths and areas, in kilometres and square kilometres. */
const LENGTHS: ReadonlyMap<string, number> = new Map([
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

const AREAS: ReadonlyMap<string, number> = new Map([
  ['km2', 1],
  ['km²', 1],
  ['sqkm', 1],
  ['hectares', 0.01],
  ['hectare', 0.01],
  ['ha', 0.01],
  ['acres', 0.00404686],
  ['acre', 0.00404686],
])

const DIRECTIONS = new Set([
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

/** Words in a sentence that make a distance the epicentre's. */
const EPICENTRE = /\b(?:epicent(?:re|er)|cent(?:red|ered)|quake|earthquake|tremor|struck|hit)\b/iu

/** Words before a distance that make it a place's, not the event's ("the village is 60 km from"). */
const PLACE_SUBJECT =
  /\b(?:village|town|city|hospital|airport|port|base|camp|school|border|capital|station|home|plant)\b/iu

/** An aftershock named just after a magnitude ("a 6.4-magnitude aftershock"). */
const AFTERSHOCK =
  /^(?:[\s-]*(?:magnitude|quake|earthquake|strong|powerful))*[\s-]*aftershocks?\b/iu

/** Words that make a prison term someone's request or estimate, not the sentence given. */
const SENTENCE_HEDGES =
  /\b(?:sought|seek|seeking|recommend(?:ed|s)?|request(?:ed|s)?|asked|asking|urged|faces?|faced|could|would|might|maximum|serve|served|serving|probation)\b/iu

/** Verbs that give a candidate's share of the vote ("Milei received 55.69%"). */
const VOTE_VERBS = new Set(['won', 'obtained', 'received', 'reached', 'got', 'garnered', 'secured'])

/** Words after a share of the votes that make it the share counted so far ("94% of votes counted"). */
const COUNTED = new Set([
  'counted',
  'scrutinized',
  'scrutinised',
  'tallied',
  'processed',
  'reported',
  'counting',
])

/** Counted nouns that belong to a party, a candidate or a team ("Labour won 412 seats"). */
const OWNED_HEADS = new Set(['seat', 'vote', 'ballot', 'delegate', 'elector', 'medal', 'goal'])

/** Capitalised words that are not names (weekdays, months, sentence openers). */
const NOT_NAMES =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|In|On|With|And|But|This|That|He|She|They|It|According)$/u

function inside(spans: readonly { start: number; end: number }[], offset: number): boolean {
  return spans.some((span) => span.start <= offset && offset < span.end)
}

function currencyBefore(tokens: readonly StoryToken[], index: number): FigureUnit | null {
  const symbol = lower(tokens, index - 1)
  const glued = tokens[index - 2]
  if (symbol === '$' && glued && glued.end === tokens[index - 1]?.start) {
    const prefix = glued.text.toLowerCase()
    if (prefix === 'r') return 'BRL'
    if (prefix === 'us') return 'USD'
  }
  return CURRENCIES.get(symbol) ?? null
}

/** What a count counts, read from the words around it. */
interface Reading {
  kind: QuantityKind
  topic: string
  about: string
  comparable: boolean
  /** Whether the words after the number are part of the figure (default: yes). */
  phrase?: boolean
}

/** Words a toll's number follows directly ("rose to 45", "stood at 45", "was 45", "of 45"). */
const TOLL_LAST_LINKS = new Set(['to', 'at', 'was', 'is', 'of', 'reached', 'reaching', 'passed'])

/** Dates a toll may be read through ("the death toll as of September 10 was 2,000"). */
const DATE_WORDS =
  /^(?:as|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}|,)$/u

/**
 * The kind of a toll read backwards from `from`: "the death toll has risen to 45", "death count
 * now reaching 45", "the number of injuries was 6,125", and across a clause about the event ("the
 * death toll in the quake that measured 6.8 … has gone up to 2,497"; `skip` tells which numbers
 * are not counts and may be read through).
 */
function tollBefore(
  tokens: readonly StoryToken[],
  from: number,
  skip: (token: StoryToken) => boolean,
): QuantityKind | null {
  let at = from - 1
  let steps = 0
  while (
    at >= 0 &&
    steps < 8 &&
    (TOLL_LINKS.has(lower(tokens, at)) || DATE_WORDS.test(lower(tokens, at)))
  ) {
    at -= 1
    steps += 1
  }
  const tollAt = (index: number): QuantityKind | null => {
    const word = lower(tokens, index)
    if (word !== 'toll' && word !== 'count') return null
    const before = singular(lower(tokens, index - 1))
    return TOLL_NOUNS.get(before) ?? (word === 'toll' ? 'killed' : null)
  }
  const direct = tollAt(at)
  if (direct) return direct
  if (steps === 0) return null
  const noun = KIND_NOUNS.get(singular(lower(tokens, at))) ?? null
  if (noun && noun !== 'homes') return noun
  if (!TOLL_LAST_LINKS.has(lower(tokens, from - 1))) return null
  // The toll named earlier in the clause, with nothing but words (and non-counts) between.
  for (let back = at; back >= 0 && back > at - 16; back -= 1) {
    const token = tokens[back]
    if (!token || /^[;:!?]$/u.test(token.text)) return null
    if (/^\d/u.test(token.text) && !skip(token)) return null
    const kind = tollAt(back)
    if (kind) return kind
  }
  return null
}

/** The first participle of a kind in the clause after `from` ("1,204 were injured"). */
function participleAfter(tokens: readonly StoryToken[], from: number): QuantityKind | null {
  for (let at = from; at < tokens.length && at < from + 10; at += 1) {
    const token = tokens[at]
    if (!token || !isWord(token) || /^\d/u.test(token.text)) return null
    const word = token.text.toLowerCase()
    const kind = KIND_PARTICIPLES.get(word)
    if (kind) return kind
    if (word === 'lost' && lower(tokens, at + 1) === 'their' && lower(tokens, at + 2) === 'lives')
      return 'killed'
  }
  return null
}

/** The name of whoever a share of the vote is given to: the nearest name before it. */
function candidateBefore(tokens: readonly StoryToken[], index: number): string | null {
  for (let at = index - 1, steps = 0; at >= 0 && steps < 10; at -= 1, steps += 1) {
    const text = tokens[at]?.text ?? ''
    if (/^[;:.!?]$/u.test(text) || /^\d/u.test(text)) return null
    const name = text.replace(/['’]s$/u, '')
    if (isCapitalized(name) && name.length > 1 && !NOT_NAMES.test(name)) {
      return name.toLowerCase()
    }
  }
  return null
}

/** The subject of a rate or share before it ("the unemployment rate jumped to", "inflation of"). */
function rateBefore(tokens: readonly StoryToken[], index: number): string | null {
  for (let at = index - 1, steps = 0; at >= 0 && steps < 7; at -= 1, steps += 1) {
    const text = lower(tokens, at)
    if (/^[;:.!?]$/u.test(text) || /^\d/u.test(text)) return null
    if (text === 'rate') {
      const of = lower(tokens, at + 1) === 'of' ? lower(tokens, at + 2) : ''
      const subject = of || lower(tokens, at - 1)
      return subject === 'jobless' ? 'unemployment' : subject
    }
    if (text === 'inflation' || text === 'turnout' || text === 'participation') return text
  }
  return null
}

/** Reads what a count, a share or an amount of money measures. */
function readCount(
  tokens: readonly StoryToken[],
  index: number,
  phraseWords: readonly string[],
  phraseEnd: number,
  startIndex: number,
  unit: FigureUnit,
  sentence: string,
  skip: (token: StoryToken) => boolean,
): Reading {
  const head = singular(phraseWords.at(-1) ?? '')
  const before = lower(tokens, startIndex - 1)
  const reading = (kind: QuantityKind, topic: string, comparable = true): Reading => ({
    kind,
    topic: kind === 'killed' ? DEATHS_TOPIC : topic,
    about: KIND_LABELS[kind],
    comparable,
  })
  const nounPhrase = phraseWords.join(' ').toLowerCase()
  if (unit === '%') {
    if (head === 'vote' || head === 'ballot' || head === 'poll station' || head === 'table') {
      if (COUNTED.has(lower(tokens, phraseEnd)))
        return reading('count progress', 'count progress', true)
    }
    const rate = rateBefore(tokens, startIndex)
    if (rate) return { ...reading('rate', `rate:${rate}`), about: `${rate} rate` }
    if (head === 'vote' || head === 'ballot' || VOTE_VERBS.has(before) || before === 'with') {
      const candidate = candidateBefore(tokens, startIndex)
      if (candidate)
        return {
          ...reading('vote share', `vote share:${candidate}`),
          about: `${candidate}’s share`,
        }
      return reading('vote share', 'vote share', false)
    }
    if (phraseWords.length > 0)
      return {
        ...reading('percent', `%:${percentTopic(phraseWords)}`),
        about: nounPhrase,
      }
    return reading('percent', '%', false)
  }
  if (unit !== 'count') {
    // Money: what it is for, or the verb that moves it ("forfeit $11 billion").
    const purpose = phraseWords.length > 0 ? head : /^[a-z]+$/u.test(before) ? before : ''
    return {
      kind: 'money',
      topic: `money:${purpose}`,
      about: nounPhrase || (purpose ? `amount (${before})` : 'amount'),
      comparable: purpose !== '' && !/^(?:of|the|a|an|and|to|with|by|for|in|at)$/u.test(purpose),
    }
  }
  // Averages are their own quantity ("an average of 271,000 per month").
  for (let at = startIndex - 1; at >= Math.max(0, startIndex - 4); at -= 1) {
    if (lower(tokens, at) === 'average') return reading('average', 'average')
  }
  // A toll or a verb says what is counted; the words after it are part of the figure only when
  // they name what is counted ("killing 80 people", not "a toll of 2,100 seemed likely").
  const tollOrVerb = tollBefore(tokens, startIndex, skip) ?? KIND_VERBS_BEFORE.get(before)
  if (tollOrVerb) {
    const named = phraseWords.length > 0 && (KIND_NOUNS.has(head) || GENERIC_HEADS.has(head))
    return { ...reading(tollOrVerb, tollOrVerb), phrase: named }
  }
  if (/^(?:population|home)$/u.test(lower(tokens, startIndex - 2)) || before === 'population')
    return reading('population', 'population')
  const nounKind = KIND_NOUNS.get(head)
  if (nounKind === 'homes') {
    const what = participleAfter(tokens, phraseEnd)
    return what === 'damaged'
      ? {
          ...reading('homes', `homes:${lower(tokens, phraseEnd)}`),
          about: `homes ${lower(tokens, phraseEnd)}`,
        }
      : reading('homes', 'homes')
  }
  // A crowd keeps its noun as its topic ("protesters", "marchers"), compared by who counted.
  if (nounKind === 'crowd')
    return { ...reading('crowd', countTopic(phraseWords, false)), about: nounPhrase }
  if (nounKind) {
    // "deaths" alone is the death toll; "overdose deaths" or "American deaths" are other counts.
    if (nounKind === 'killed' && phraseWords.length > 1 && head === 'death')
      return { ...reading('count', countTopic(phraseWords, false)), about: nounPhrase }
    return reading(nounKind, nounKind)
  }
  const participle = participleAfter(tokens, phraseEnd)
  if (participle && (phraseWords.length === 0 || GENERIC_HEADS.has(head) || head === 'passenger'))
    return reading(participle, participle)
  if (
    /^(?:aboard|onboard)$/u.test(lower(tokens, phraseEnd)) ||
    /^(?:aboard|onboard)$/u.test(before === 'the' ? lower(tokens, index + 1) : '')
  )
    return reading('aboard', 'aboard')
  if (lower(tokens, phraseEnd) === 'on' && lower(tokens, phraseEnd + 1) === 'board')
    return reading('aboard', 'aboard')
  if (phraseWords.length === 0) {
    if (/^(?:aboard|onboard)$/u.test(lower(tokens, index + 1))) return reading('aboard', 'aboard')
    return reading('count', 'count', false)
  }
  // Seats, votes, delegates, medals and goals belong to someone, and are tallied while the
  // count goes on: compared per owner, and only as of the same day.
  if (OWNED_HEADS.has(head)) {
    const owner = candidateBefore(tokens, startIndex)
    return {
      kind: 'tally',
      topic: `${countTopic(phraseWords, false)}:${owner ?? ''}`,
      about: owner ? `${nounPhrase} (${owner})` : nounPhrase,
      comparable: owner !== null,
    }
  }
  if (GENERIC_HEADS.has(head)) {
    if (
      /\b(?:marched|rallied|protested|took to the streets|took part|demonstrated)\b/iu.test(
        sentence,
      )
    )
      return reading('crowd', 'crowd')
    return { ...reading('count', countTopic(phraseWords, false), false), about: nounPhrase }
  }
  return {
    kind: 'count',
    topic: countTopic(phraseWords, false),
    about: nounPhrase,
    comparable: true,
  }
}

/** A length glued to its unit as an adjective: "22-foot", "6.7-meter", "10-km-deep". */
const GLUED_LENGTH =
  /^(\d+(?:\.\d+)?)[-‑](km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m|feet|foot|ft)(?:[-‑](deep|long|wide|high|tall))?$/iu

/**
 * Reads a length glued to its unit ("a 10-km-deep quake" is a depth; "the 22-foot (6.7-meter)
 * Titan" is the Titan's length, its conversion skipped), adds it to `figures`, and returns the
 * index of the last token read.
 */
function gluedLength(
  text: string,
  tokens: readonly StoryToken[],
  index: number,
  match: RegExpExecArray,
  sentence: FigureScope,
  figures: Figure[],
): number {
  const token = tokens[index] as StoryToken
  const unit = (match[2] ?? '').toLowerCase()
  const factor =
    LENGTHS.get(unit) ?? LENGTHS.get(`${unit}s`) ?? LENGTHS.get(unit.replace(/s$/u, ''))
  if (factor === undefined) return index
  let after = index + 1
  if (tokens[after]?.text === '(') {
    const close = tokens.findIndex((other, at) => at > after && other.text === ')')
    if (close > after && close - after < 6) after = close + 1
  }
  const depth = match[3]?.toLowerCase() === 'deep' || lower(tokens, after) === 'depth'
  const phrase = phraseAt(tokens, after, new Set())
  const head = singular(phrase.words.at(-1) ?? '')
  const known = head !== '' && !GENERIC_HEADS.has(head)
  const qualifier = qualifierBefore(tokens, index)
  const first = tokens[qualifier?.start ?? index] ?? token
  figures.push({
    start: first.start,
    end: token.end,
    text: text.slice(first.start, token.end),
    value: { op: qualifier?.op ?? '=', value: Number(match[1]) * factor, unit: 'km' },
    topic: depth ? 'depth' : `length:${head}`,
    about: depth ? KIND_LABELS.depth : `length of the ${head || 'object'}`,
    kind: depth ? 'depth' : 'distance',
    scope: figureScope(tokens, qualifier?.start ?? index, index, sentence),
    comparable: depth || known,
  })
  return Math.max(index, after - 1)
}

/** The figures of one sentence (`from`–`to` of `text`), and the sentence's scope. */
function figuresOfSentence(
  text: string,
  from: number,
  to: number,
  quoted: readonly { start: number; end: number }[],
  previous: FigureScope | null,
): { figures: Figure[]; scope: FigureScope } {
  const sentence = text.slice(from, to)
  const tokens = tokenize(text, from, to)
  const sentenceWide = sentenceScope(sentence, tokens, previous)
  // Masks and magnitudes need digits; most sentences have none.
  const digits = /\d/u.test(sentence)
  const masked = digits ? nonCountSpans(text, from, to) : []
  const figures: Figure[] = []
  const tokenAt = (offset: number) => {
    const found = tokens.findIndex((token) => token.start <= offset && offset < token.end)
    return found < 0 ? 0 : found
  }
  for (const mention of digits ? magnitudesIn(text, from, to) : []) {
    masked.push({ start: mention.numberStart, end: mention.numberEnd, kind: 'magnitude' })
    if (inside(quoted, mention.start)) continue
    const scope = figureScope(
      tokens,
      tokenAt(mention.start),
      tokenAt(mention.end - 1),
      sentenceWide,
    )
    // "a 7.5 aftershock", "a 5.6 magnitude aftershock": another quake than the main one.
    if (AFTERSHOCK.test(text.slice(mention.end, Math.min(to, mention.end + 30))))
      scope.part = scope.part ?? 'aftershock'
    figures.push({
      start: mention.start,
      end: mention.end,
      text: text.slice(mention.start, mention.end),
      value: { op: '=', value: mention.value, unit: 'magnitude' },
      topic: 'magnitude',
      about: KIND_LABELS.magnitude,
      kind: 'magnitude',
      scope,
      comparable: true,
    })
  }
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]
    if (!token) continue
    // Most words start no quantity and no date: skipped before anything else is read.
    if (!mayStartQuantity(token.text) && MONTHS[token.text.toLowerCase()] === undefined) continue
    if (inside(quoted, token.start) || inside(masked, token.start)) continue
    // Numbers glued to handles, links, names and slashes ("@RapidResponse47", "F-16", "24/7").
    const previousToken = tokens[index - 1]
    if (
      previousToken &&
      previousToken.end === token.start &&
      /^[@#/.:-]$/u.test(previousToken.text)
    )
      continue
    const nextToken = tokens[index + 1]
    if (nextToken && nextToken.start === token.end && /^[/:]$/u.test(nextToken.text)) continue
    const date = dateAt(tokens, index)
    if (date) {
      const last = tokens[date.end - 1] ?? token
      let at = index - 1
      while (
        at >= 0 &&
        /^(?:on|in|since|from|by|until|of|early|late|mid|as|,)$/iu.test(tokens[at]?.text ?? '')
      )
        at -= 1
      // A date is shown with what happened then (the words before it); never set against others.
      if (!isWord(tokens[at])) {
        index = date.end - 1
        continue
      }
      const eventWords = tokens
        .slice(Math.max(0, at - 2), at + 1)
        .filter((other) => isWord(other))
        .map((other) => other.text)
      figures.push({
        start: token.start,
        end: last.end,
        text: text.slice(token.start, last.end),
        value: { op: '=', value: date.value, unit: 'date' },
        topic: `date:${singular(tokens[at]?.text ?? '')}`,
        about: `date (${eventWords.join(' ').toLowerCase()})`,
        kind: 'date',
        scope: sentenceWide,
        comparable: false,
      })
      index = date.end - 1
      continue
    }
    const glued = GLUED_LENGTH.exec(token.text)
    if (glued) {
      index = gluedLength(text, tokens, index, glued, sentenceWide, figures)
      continue
    }
    const single = quantityAt(tokens, index)
    if (!single) continue
    const word = token.text.toLowerCase()
    // A number right after a name is a label ("Chapter 11", "Flight 171", "Boeing 787").
    if (
      previousToken &&
      index > 1 &&
      !PHRASE_STOPS.has(previousToken.text.toLowerCase()) &&
      isCapitalized(previousToken.text) &&
      /^\d/u.test(token.text) &&
      index > 0 &&
      !/['’]s$/u.test(previousToken.text) &&
      !qualifierBefore(tokens, index) &&
      !NOT_NAMES.test(previousToken.text) &&
      !CURRENCIES.has(previousToken.text.toLowerCase())
    )
      continue
    // "from 3.5% to 3.8%" after a verb of change: an old value and a new one, not a range.
    const change = lower(tokens, index - 1) === 'from' && CHANGE_VERBS.has(lower(tokens, index - 2))
    const joiner = lower(tokens, single.end)
    const second =
      !change && ((joiner === 'and' && lower(tokens, index - 1) === 'between') || joiner === 'to')
        ? quantityAt(tokens, single.end + 1)
        : null
    const quantity =
      second && !single.word && !second.word && second.value > single.value
        ? { ...second, value: single.value, high: second.value }
        : single
    const yearLike =
      /^\d{4}$/u.test(token.text) && Number(token.text) >= 1800 && Number(token.text) <= 2100
    const qualifier = quantity.high !== undefined ? null : qualifierBefore(tokens, index)
    const currency = currencyBefore(tokens, index)
    let unit: FigureUnit = currency ?? 'count'
    let end = quantity.end
    let percent = quantity.percent === true
    if (!percent && tokens[end]?.text === '%') {
      percent = true
      end += 1
    } else if (!percent && lower(tokens, end) === 'percent') {
      percent = true
      end += 1
    } else if (!percent && lower(tokens, end) === 'per' && lower(tokens, end + 1) === 'cent') {
      percent = true
      end += 2
    }
    if (percent) unit = '%'
    const afterCurrency = CURRENCIES.get(lower(tokens, end))
    if (unit === 'count' && afterCurrency && !/^[$€£¥₹]$/u.test(lower(tokens, end))) {
      unit = afterCurrency
      end += 1
    }
    // A year is never a count, unless money or a measure says otherwise.
    if (yearLike && unit === 'count' && !LENGTHS.has(lower(tokens, end))) {
      continue
    }
    if (word === 'one' && !qualifier && lower(tokens, end) !== 'survivor') continue
    const startIndex = qualifier?.start ?? index
    const firstToken = tokens[startIndex] ?? token
    const figureStart = currency ? (tokens[index - 1]?.start ?? token.start) : firstToken.start
    const op: FigureOp = quantity.word
      ? 'vague'
      : quantity.high !== undefined
        ? 'range'
        : (qualifier?.op ?? (quantity.approximate ? '≈' : '='))
    const makeValue = (scale: number, valueUnit: FigureUnit): FigureValue => {
      const value: FigureValue = { op, value: quantity.value * scale, unit: valueUnit }
      if (quantity.high !== undefined) value.high = quantity.high * scale
      if (quantity.word) value.word = quantity.word
      return value
    }
    const push = (
      lastIndex: number,
      value: FigureValue,
      reading: Reading,
      extra: Partial<FigureScope> = {},
    ) => {
      const endToken = tokens[Math.max(lastIndex, index)] ?? token
      const scope = { ...figureScope(tokens, startIndex, lastIndex, sentenceWide), ...extra }
      if (change) scope.previous = true
      figures.push({
        start: figureStart,
        end: endToken.end,
        text: text.slice(figureStart, endToken.end),
        value,
        topic: reading.topic,
        about: reading.about,
        kind: reading.kind,
        scope,
        comparable: reading.comparable,
      })
    }

    // Lengths and areas: "72 km (45 miles) southwest of", "a depth of 8 km", "2,310 square km".
    if (unit === 'count') {
      const square = lower(tokens, end) === 'square' || lower(tokens, end) === 'sq'
      const unitWord = lower(tokens, square ? end + 1 : end)
      const length = LENGTHS.get(unitWord)
      const area = AREAS.get(unitWord)
      if ((square && length !== undefined) || area !== undefined) {
        const factor = square ? (length ?? 1) ** 2 : (area ?? 1)
        push(square ? end + 1 : end, makeValue(factor, 'km²'), {
          kind: 'area',
          topic: 'area',
          about: KIND_LABELS.area,
          comparable: true,
        })
        index = square ? end + 1 : end
        continue
      }
      // A bare "m" is metres only right after the number ("300m", "300 m"), not "m" of "p.m.".
      const bareMetre = unitWord === 'm' && lower(tokens, end + 1) === '.'
      if (length !== undefined && !bareMetre) {
        let after = end + 1
        // "(45 miles)": the same length converted; skipped.
        if (tokens[after]?.text === '(' && quantityAt(tokens, after + 1)) {
          const close = tokens.findIndex((other, at) => at > after && other.text === ')')
          if (close > after && close - after < 6) after = close + 1
        }
        const value = makeValue(length, 'km')
        const direction = DIRECTIONS.has(lower(tokens, after))
          ? lower(tokens, after).replace('-', '')
          : ''
        if (direction) value.direction = direction
        const depthBefore = tokens
          .slice(Math.max(0, startIndex - 4), startIndex)
          .some((other) => /^(?:depth|deep)$/iu.test(other.text))
        const depthAfter = /^(?:deep|below|underground|beneath)$/u.test(lower(tokens, after))
        const prepAt = direction ? after + 1 : after
        const prep = lower(tokens, prepAt)
        let reading: Reading
        if (depthBefore || depthAfter) {
          reading = { kind: 'depth', topic: 'depth', about: KIND_LABELS.depth, comparable: true }
        } else if (/^(?:from|of|away|outside|off)$/u.test(prep) || direction) {
          const placeAt = prep === 'away' ? prepAt + 2 : prepAt + 1
          const place = tokens[placeAt]?.text ?? ''
          // What is at that distance: a place named just before ("the village of X, 60 km from"),
          // unless the event happened there ("near Tempe, 235 miles north of"); else, in a
          // sentence about the quake, its epicentre, or the event itself.
          const named =
            tokens[startIndex - 1]?.text === ',' ? (tokens[startIndex - 2]?.text ?? '') : ''
          const where = /^(?:near|in|at|outside)$/u.test(lower(tokens, startIndex - 3))
          const what =
            isCapitalized(named) && !where
              ? named.toLowerCase()
              : EPICENTRE.test(sentence)
                ? 'epicentre'
                : !where && PLACE_SUBJECT.test(sentence.slice(0, token.start - from))
                  ? ''
                  : 'event'
          const key = isCapitalized(place) ? place.toLowerCase().slice(0, 5) : ''
          reading = {
            kind: 'distance',
            topic: `distance:${what}:${key}`,
            about: `distance${what ? ` of the ${what}` : ''}${key ? ` from ${place}` : ''}`,
            comparable: what !== '' && key !== '',
          }
        } else {
          reading = { kind: 'distance', topic: 'length', about: 'length', comparable: false }
        }
        push(end, value, reading)
        index = Math.max(index, after - 1)
        continue
      }
    }

    // A prison term: "sentenced to 25 years", "25 years in prison".
    if (unit === 'count' && /^years?$/u.test(lower(tokens, end))) {
      const inPrison =
        /^(?:in|behind)$/u.test(lower(tokens, end + 1)) &&
        /^(?:prison|jail|bars|custody)$/u.test(lower(tokens, end + 2))
      const sentenced = tokens
        .slice(Math.max(0, startIndex - 3), startIndex)
        .some((other) => /^sentenced$/iu.test(other.text))
      if (inPrison || sentenced) {
        const hedged = SENTENCE_HEDGES.test(sentence)
        push(end, makeValue(1, 'years'), {
          kind: 'sentence',
          topic: 'sentence',
          about: KIND_LABELS.sentence,
          comparable: !hedged,
        })
        index = end
        continue
      }
    }

    let phraseFrom = end
    if (lower(tokens, phraseFrom) === 'of' && (quantity.word || percent || unit !== 'count')) {
      phraseFrom += 1
    }
    // "$2.5 million in repairs", "€3bn for schools": what money is spent on.
    if (unit !== 'count' && unit !== '%' && /^(?:in|for|on)$/u.test(lower(tokens, phraseFrom))) {
      phraseFrom += 1
    }
    const phrase = phraseAt(tokens, phraseFrom, percent ? PERCENT_LINKS : new Set())
    const head = singular(phrase.words.at(-1) ?? '')
    // Durations ("two months", "a 5 min read") are not figures of the story.
    if (
      unit === 'count' &&
      (TIME_UNITS.has(head) || TIME_UNITS.has(singular(phrase.words[0] ?? '')))
    )
      continue
    // "percentage points", "points": a change or a margin, read with the rate it is of.
    if (unit === 'count' && head === 'point') {
      const rate = rateBefore(tokens, startIndex)
      push(phrase.end - 1, makeValue(1, 'count'), {
        kind: 'points',
        topic: `points:${rate ?? ''}`,
        about: rate ? `change in the ${rate} rate (points)` : 'points',
        comparable: rate !== null,
      })
      index = Math.max(index, phrase.end - 1)
      continue
    }
    const reading = readCount(
      tokens,
      index,
      phrase.words,
      phrase.end,
      startIndex,
      unit,
      sentence,
      (other) => inside(masked, other.start),
    )
    if (unit === 'count' && phrase.words.length === 0 && reading.kind === 'count') continue
    if (unit === '%' && phrase.words.length === 0 && !reading.comparable && reading.topic === '%')
      continue
    const lastIndex = phrase.words.length > 0 && reading.phrase !== false ? phrase.end - 1 : end - 1
    push(lastIndex, makeValue(1, unit), reading)
    if (reading.kind === 'count' && phrase.words.length > 1) {
      const figure = figures.at(-1) as Figure
      figure.modifiers = phrase.words.slice(0, -1).map((other) => other.toLowerCase())
    }
    index = Math.max(index, end - 1)
  }
  return { figures: figures.sort((left, right) => left.start - right.start), scope: sentenceWide }
}

/**
 * Every figure of an article outside its quotations (`quoted`: the quotations' spans; what a
 * speaker says is compared as a quote), each read as a quantity: its value normalised (qualifiers
 * "at least" → ≥, "over" → >, "about" → ≈; vague words and ranges as intervals; lengths in km,
 * areas in km², money with its currency), what it measures (people killed, injured, missing;
 * homes; magnitude; depth; distance from a place; area; money; a share or rate; a prison term; or
 * the counted noun) however it is worded ("the death toll has risen to 45", "injuring more than
 * 2,300", "1,204 were injured", "5.8-magnitude"), and its scope (another event, one incident, one
 * place, as of when, an earlier value, who counted). Clock times, dates, years, ages, addresses,
 * phone numbers, scores, durations and labels ("Chapter 11") are never counts.
 */
export function extractFigures(
  text: string,
  sentences: readonly SentenceSpan[],
  quoted: readonly { start: number; end: number }[] = [],
): Figure[] {
  const figures: Figure[] = []
  let previous: FigureScope | null = null
  // Each sentence looks only at the quotations that reach into it: linear in the text's length.
  const spans = [...quoted].sort((left, right) => left.start - right.start)
  let first = 0
  for (const sentence of sentences) {
    while (first < spans.length && (spans[first]?.end ?? 0) <= sentence.start) first += 1
    const near: { start: number; end: number }[] = []
    for (let at = first; at < spans.length && (spans[at]?.start ?? 0) < sentence.end; at += 1) {
      const span = spans[at]
      if (span && span.end > sentence.start) near.push(span)
    }
    const read = figuresOfSentence(text, sentence.start, sentence.end, near, previous)
    figures.push(...read.figures)
    previous = read.scope
  }
  return figures
}
