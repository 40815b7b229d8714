import type { SentenceSpan } from '../text/sentences'
import {
  countTopic,
  DEATH_WORDS_AFTER,
  DEATHS_LABEL,
  DEATHS_TOPIC,
  KILL_VERBS_BEFORE,
  percentTopic,
  singular,
  TIME_UNITS,
} from './figure-topic'
import type { FigureOp, FigureUnit, FigureValue } from './figure-value'
import { quantityAt } from './number-words'
import { isCapitalized, isWord, tokenize, type StoryToken } from './story-words'

/** A figure found in an article: what it says, normalised, and what it counts. */
export interface Figure {
  /** Offsets of the figure's words ("at least 21 strikes") in the article's text. */
  start: number
  end: number
  /** The figure's words as the article writes them. */
  text: string
  value: FigureValue
  /** The key under which figures are compared across articles ("strike", "deaths"). */
  topic: string
  /** What the figure counts, for people to read ("strikes", "people killed"). */
  about: string
}

/** Qualifiers before a number and how they bound it; longest first. */
const QUALIFIERS: readonly [string, FigureOp][] = (
  [
    ['at least', '≥'],
    ['no fewer than', '≥'],
    ['no less than', '≥'],
    ['a minimum of', '≥'],
    ['more than', '>'],
    ['over', '>'],
    ['upwards of', '>'],
    ['in excess of', '>'],
    ['above', '>'],
    ['fewer than', '<'],
    ['less than', '<'],
    ['under', '<'],
    ['below', '<'],
    ['nearly', '<'],
    ['almost', '<'],
    ['just under', '<'],
    ['up to', '≤'],
    ['at most', '≤'],
    ['no more than', '≤'],
    ['as many as', '≤'],
    ['a maximum of', '≤'],
    ['about', '≈'],
    ['around', '≈'],
    ['approximately', '≈'],
    ['roughly', '≈'],
    ['some', '≈'],
    ['close to', '≈'],
    ['an estimated', '≈'],
    ['estimated', '≈'],
    ['exactly', '='],
    ['precisely', '='],
  ] as [string, FigureOp][]
).sort(([left], [right]) => right.split(' ').length - left.split(' ').length)

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
}

/** Words that end the noun phrase a number counts. */
const PHRASE_STOPS = new Set([
  'a',
  'about',
  'after',
  'against',
  'ago',
  'along',
  'also',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'been',
  'before',
  'being',
  'between',
  'but',
  'by',
  'can',
  'could',
  'did',
  'do',
  'does',
  'during',
  'each',
  'for',
  'from',
  'had',
  'has',
  'have',
  'he',
  'her',
  'his',
  'if',
  'in',
  'into',
  'is',
  'it',
  'its',
  'may',
  'might',
  'more',
  'most',
  'near',
  'not',
  'of',
  'off',
  'on',
  'or',
  'over',
  'per',
  'said',
  'say',
  'says',
  'she',
  'should',
  'since',
  'so',
  'than',
  'that',
  'the',
  'their',
  'them',
  'there',
  'these',
  'they',
  'this',
  'those',
  'through',
  'to',
  'toward',
  'towards',
  'under',
  'until',
  'up',
  'via',
  'was',
  'we',
  'were',
  'what',
  'when',
  'where',
  'which',
  'while',
  'who',
  'whom',
  'whose',
  'will',
  'with',
  'within',
  'without',
  'would',
  'across',
  'among',
  'amid',
  'like',
  'including',
  'died',
  'dead',
  'killed',
  'remain',
  'remained',
])

/** Prepositions a percentage's topic may run through ("85% of drug trafficking through waterways"). */
const PERCENT_LINKS = new Set(['of', 'through', 'via', 'across', 'in', 'into', 'on', 'from', 'by'])

/** Determiners skipped before the counted noun phrase ("hundreds of the people"). */
const DETERMINERS = new Set(['the', 'their', 'those', 'these', 'its', 'his', 'her', 'our', 'all'])

function lower(tokens: readonly StoryToken[], index: number): string {
  return tokens[index]?.text.toLowerCase() ?? ''
}

/** The qualifier ending just before `index`, and where it starts. */
function qualifierBefore(
  tokens: readonly StoryToken[],
  index: number,
): { op: FigureOp; start: number } | null {
  for (const [phrase, op] of QUALIFIERS) {
    const words = phrase.split(' ')
    const start = index - words.length
    if (start < 0) continue
    if (words.every((word, offset) => lower(tokens, start + offset) === word)) return { op, start }
  }
  return null
}

/** A date at `index`: "September 2", "November 17, 2025", "17 November", "2025-11-17". */
function dateAt(
  tokens: readonly StoryToken[],
  index: number,
): { value: number; end: number } | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(tokens[index]?.text ?? '')
  if (iso) return { value: Number(`${iso[1]}${iso[2]}${iso[3]}`), end: index + 1 }
  const day = (text: string | undefined) => {
    const number = /^\d{1,2}$/.test(text ?? '') ? Number(text) : NaN
    return number >= 1 && number <= 31 ? number : null
  }
  const year = (at: number) => {
    const text = tokens[at]?.text ?? ''
    return /^\d{4}$/.test(text) && Number(text) >= 1800 && Number(text) <= 2100
      ? Number(text)
      : null
  }
  const monthFirst = MONTHS[lower(tokens, index)]
  if (monthFirst && isCapitalized(tokens[index]?.text ?? '')) {
    const dayValue = day(tokens[index + 1]?.text)
    if (dayValue === null) return null
    const withComma = tokens[index + 2]?.text === ',' ? year(index + 3) : null
    const plain = withComma ?? year(index + 2)
    const end = withComma ? index + 4 : plain ? index + 3 : index + 2
    return { value: (plain ?? 0) * 10_000 + monthFirst * 100 + dayValue, end }
  }
  const dayValue = day(tokens[index]?.text)
  const month = MONTHS[lower(tokens, index + 1)]
  if (dayValue !== null && month && isCapitalized(tokens[index + 1]?.text ?? '')) {
    const plain = year(index + 2)
    return {
      value: (plain ?? 0) * 10_000 + month * 100 + dayValue,
      end: plain ? index + 3 : index + 2,
    }
  }
  return null
}

/** The noun phrase a count is of, from `index`: its words and the index after it. */
function phraseAt(
  tokens: readonly StoryToken[],
  index: number,
  links: ReadonlySet<string>,
): { words: string[]; end: number } {
  let at = index
  while (DETERMINERS.has(lower(tokens, at))) at += 1
  const words: string[] = []
  while (at < tokens.length && words.length < 6) {
    const token = tokens[at]
    if (!token || !isWord(token) || /^\d/.test(token.text)) break
    const word = token.text.toLowerCase()
    if (words.length > 0 && links.has(word) && isWord(tokens[at + 1])) {
      words.push(token.text)
      at += 1
      if (DETERMINERS.has(lower(tokens, at)) && isWord(tokens[at + 1])) {
        words.push(tokens[at]?.text ?? '')
        at += 1
      }
      continue
    }
    if (PHRASE_STOPS.has(word)) break
    // A participle after a noun ends the phrase ("people killed", "vessels operated by").
    if (words.length > 0 && /ed$/.test(word) && !isCapitalized(token.text)) break
    words.push(token.text)
    at += 1
    // A count's noun is plural: the first plural word is the head, and the phrase ends there.
    if (links.size === 0 && isPlural(word)) break
  }
  while (words.length > 0 && links.has((words.at(-1) ?? '').toLowerCase())) words.pop()
  return { words, end: index + (at - index) - (words.length === 0 ? at - index : 0) }
}

/** Whether a lowercase word looks like a plural noun ("strikes", "people", "deaths"). */
function isPlural(word: string): boolean {
  if (/^(people|men|women|children|personnel|police|dead)$/.test(word)) return true
  return (
    word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word) && singular(word) !== word
  )
}

function currencyBefore(tokens: readonly StoryToken[], index: number): FigureUnit | null {
  const symbol = tokens[index - 1]?.text
  if (symbol === '$') return 'USD'
  if (symbol === '€') return 'EUR'
  if (symbol === '£') return 'GBP'
  return null
}

function currencyAfter(word: string): FigureUnit | null {
  if (word === 'dollars' || word === 'dollar') return 'USD'
  if (word === 'euros' || word === 'euro') return 'EUR'
  if (word === 'pounds') return 'GBP'
  return null
}

function inside(spans: readonly { start: number; end: number }[], offset: number): boolean {
  return spans.some((span) => span.start <= offset && offset < span.end)
}

/** The figures of one sentence (`from`–`to` of `text`). */
function figuresOfSentence(
  text: string,
  from: number,
  to: number,
  quoted: readonly { start: number; end: number }[],
): Figure[] {
  const tokens = tokenize(text, from, to)
  const figures: Figure[] = []
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]
    if (!token || inside(quoted, token.start)) continue
    // Numbers glued to handles, links and names ("@RapidResponse47", "F-16") are not figures.
    const previous = tokens[index - 1]
    if (previous && previous.end === token.start && /^[@#/.-]$/.test(previous.text)) continue
    const date = dateAt(tokens, index)
    if (date) {
      const last = tokens[date.end - 1] ?? token
      let at = index - 1
      while (
        at >= 0 &&
        /^(on|in|since|from|by|until|of|early|late|mid|as|,)$/i.test(tokens[at]?.text ?? '')
      )
        at -= 1
      // A date is compared with others only by what happened then: the words before it.
      if (!isWord(tokens[at])) {
        index = date.end - 1
        continue
      }
      const eventWords = tokens
        .slice(Math.max(0, at - 2), at + 1)
        .filter((word) => isWord(word))
        .map((word) => word.text)
      figures.push({
        start: token.start,
        end: last.end,
        text: text.slice(token.start, last.end),
        value: { op: '=', value: date.value, unit: 'date' },
        topic: `date:${singular(tokens[at]?.text ?? '')}`,
        about: `date (${eventWords.join(' ').toLowerCase()})`,
      })
      index = date.end - 1
      continue
    }
    const single = quantityAt(tokens, index)
    if (!single) continue
    // "between 5 and 8", "from 10 to 12", "10 to 12": one range.
    const joiner = lower(tokens, single.end)
    const second =
      (joiner === 'and' && lower(tokens, index - 1) === 'between') || joiner === 'to'
        ? quantityAt(tokens, single.end + 1)
        : null
    const quantity =
      second && !single.word && !second.word && second.value > single.value
        ? { ...second, value: single.value, high: second.value }
        : single
    const word = token.text.toLowerCase()
    const yearLike =
      /^\d{4}$/.test(token.text) && Number(token.text) >= 1800 && Number(token.text) <= 2100
    const qualifier = second ? null : qualifierBefore(tokens, index)
    let unit: FigureUnit = currencyBefore(tokens, index) ?? 'count'
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
    const afterCurrency = currencyAfter(lower(tokens, end))
    if (unit === 'count' && afterCurrency) {
      unit = afterCurrency
      end += 1
    }
    let phraseFrom = end
    if (lower(tokens, phraseFrom) === 'of' && (quantity.word || percent || unit !== 'count')) {
      phraseFrom += 1
    }
    // "$2.5 million in repairs", "€3bn for schools": what money is spent on.
    if (unit !== 'count' && unit !== '%' && /^(in|for|on)$/.test(lower(tokens, phraseFrom))) {
      phraseFrom += 1
    }
    const phrase = phraseAt(tokens, phraseFrom, percent ? PERCENT_LINKS : new Set())
    const before = lower(tokens, (qualifier?.start ?? index) - 1)
    const after = [phrase.end, phrase.end + 1, phrase.end + 2].map((at) => lower(tokens, at))
    const deathCount =
      unit === 'count' &&
      (KILL_VERBS_BEFORE.has(before) || after.some((word) => DEATH_WORDS_AFTER.has(word)))
    const head = singular(phrase.words.at(-1) ?? '')
    if (
      yearLike &&
      !qualifier &&
      !(
        phrase.words.length > 0 &&
        /s$/.test(phrase.words.at(-1) ?? '') &&
        !isCapitalized(phrase.words.at(-1) ?? '')
      )
    )
      continue
    if (word === 'one' && !qualifier) continue
    if (phrase.words.length === 0 && !deathCount && unit === 'count') continue
    if (TIME_UNITS.has(head) && unit === 'count') continue
    if (phrase.words.length === 0 && unit === '%') continue
    const op: FigureOp = quantity.word
      ? 'vague'
      : quantity.high !== undefined
        ? 'range'
        : (qualifier?.op ?? (quantity.approximate ? '≈' : '='))
    const value: FigureValue = { op, value: quantity.value, unit }
    if (quantity.high !== undefined) value.high = quantity.high
    if (quantity.word) value.word = quantity.word
    const topic = deathCount
      ? DEATHS_TOPIC
      : unit === '%'
        ? `%:${percentTopic(phrase.words)}`
        : unit === 'count'
          ? countTopic(phrase.words, false)
          : `${unit}:${countTopic(phrase.words, false)}`
    const about =
      topic === DEATHS_TOPIC ? DEATHS_LABEL : phrase.words.join(' ').toLowerCase() || 'amount'
    const startToken = tokens[qualifier?.start ?? index] ?? token
    const lastIndex = phrase.words.length > 0 ? phrase.end - 1 : end - 1
    const endToken = tokens[Math.max(lastIndex, index)] ?? token
    figures.push({
      start: Math.min(
        startToken.start,
        currencyBefore(tokens, index) ? (tokens[index - 1]?.start ?? token.start) : token.start,
      ),
      end: endToken.end,
      text: '',
      value,
      topic,
      about,
    })
    const figure = figures.at(-1) as Figure
    figure.text = text.slice(figure.start, figure.end)
    index = Math.max(index, end - 1)
  }
  return figures
}

/**
 * Every figure of an article outside its quotations (`quoted`: the quotations' spans; what a
 * speaker says is compared as a quote): counts in digits or words ("21", "eleven", "twenty-one",
 * "2.5 million"), vague quantities ("dozens", "hundreds of thousands"), percentages, money and
 * dates; each normalised with its qualifier ("at least" → ≥, "over" → >, "about" → ≈) and with
 * what it counts: the noun phrase after it ("strikes"), a death count however worded ("killing
 * over 80 suspected drug traffickers", "83 people have died", "80 deaths" → people killed), or for
 * a percentage what it is a share of ("drug trafficking through waterways"). Durations ("two
 * months"), years used as names ("the 2026 World Cup") and numbers in handles are left out.
 */
export function extractFigures(
  text: string,
  sentences: readonly SentenceSpan[],
  quoted: readonly { start: number; end: number }[] = [],
): Figure[] {
  return sentences.flatMap((sentence) =>
    figuresOfSentence(text, sentence.start, sentence.end, quoted),
  )
}
