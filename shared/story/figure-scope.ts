import { PART_WORDS, PLACE_NOUNS, PREVIOUS_WORDS } from './quantity-kinds'
import { MONTH_NAMES } from '../text/month-names'
import { isCapitalized, isWord, type StoryToken } from './story-words'

/** What a figure is a figure of: which event, which part of it, where, as of when, by whom. */
export interface FigureScope {
  /** The year the sentence places its facts in ("an earthquake in 1960"), if it names one. */
  year?: number
  /** The sentence speaks of another, earlier event ("the deadliest since …", "the last time"). */
  background?: boolean
  /** A headline-like line (a sidebar of other stories, a section title): not the report's body. */
  headline?: boolean
  /** One incident or one place of the event, not its whole ("first operation", "al-haouz"). */
  part?: string
  /** A place named just after the figure ("killed 900 in Velmar"): whose toll it is. */
  place?: string
  /** As of when ("sunday", "september 10", "august", "yesterday"). */
  asOf?: string
  /** Whether `asOf` is relative to the day of writing ("yesterday", "today"). */
  relative?: boolean
  /**
   * Whether `asOf` is not the sentence's own but the one day the rest of the article gives its
   * counts ({@link extractFigures}): a weaker sign of the day, never enough for "disputed".
   */
  dayCarried?: boolean
  /** An earlier value, replaced since ("a previous toll of 294", "from 3.5% to 3.8%"). */
  previous?: boolean
  /** Who gives the figure, when the text names one of the sources that differ by design. */
  source?: string
  /**
   * Every source a sentence names, where it names two or more different ones ("organisers said
   * 2 million; police put it at 338,000"): each figure then takes the one nearest to it
   * ({@link figureScope}). Set on a sentence's scope only; a figure's scope never keeps it.
   */
  counters?: readonly SourceMention[]
  /** A forecast or expectation ("economists expected 170,000"), not what happened. */
  forecast?: boolean
  /** A revision of an earlier report ("was revised down by 30,000 to 157,000"). */
  revision?: boolean
  /**
   * How far the count had gone when a running tally was given ("with 98.86% of the ballots
   * counted" → "98.86%"): tallies of different stages are different quantities.
   */
  stage?: string
}

/** A source named in a sentence, and where (offsets in the article's text). */
export interface SourceMention {
  source: string
  start: number
  end: number
}

const WEEKDAYS = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
])

const MONTHS: ReadonlySet<string> = new Set(MONTH_NAMES)

const RELATIVE_DAYS = new Set(['yesterday', 'today', 'tonight', 'overnight'])

/** Words that put a sentence's facts in an earlier event. */
const BACKGROUND =
  /\b(?:since|last time|previous(?:ly)?|earlier|ago|before|deadliest|worst|strongest|biggest|largest|history|historic)\b/iu

/** Words that make a sentence's figures a forecast rather than an outcome. */
const FORECAST =
  /\b(?:forecasts?|forecasted|forecasters?|expect(?:ed|ing|s|ations?)?|projected|projections?|predict(?:ed|ing|s|ions?)?|anticipated|consensus|economists)\b/iu

/** Words that make a sentence's figures a revision of an earlier report. */
const REVISION = /\b(?:revis(?:ed|ion|ions)|restated)\b/iu

/** Sources whose figures differ by design (police and organisers count crowds differently). */
const SOURCES: readonly (readonly [RegExp, string])[] = [
  [/\bpolice\b/giu, 'police'],
  [/\borgani[sz](?:ers?|ing committee)\b/giu, 'organisers'],
  [/\bunions?\b/giu, 'unions'],
  [/\bministry\b/giu, 'ministry'],
]

/** "the USGS said", "Turkey's AFAD reported": a named source just before a verb of reporting. */
const SAID_BY =
  /(?:^|[\s(])(?!(?:He|She|They|It|We|I|You|This|That)\s)(\p{Lu}[\p{L}.’'-]*)\s+(?:said|says|reported|reports|estimated|estimates|measured|recorded|put it at|gave)\b/gu

/** "according to the interior ministry": the source is the last word of what follows. */
const ACCORDING_TO =
  /\baccording to (?:the )?((?:[\p{L}.’'-]+ ){0,3}?[\p{L}.’'-]+)(?=[,.;:)]|$| (?:and|which|who|that|said|on|in)\b)/giu

/** Words that open a clause of its own: a source named across one is another clause's. */
const CLAUSE_TURN = /\b(?:while|whereas|but|although|though|compared with|against)\b|[;:—–]/iu

/**
 * The sources a sentence names (`offset`: where the sentence starts in the article's text): the
 * counters that differ by design, then "according to X", then "X said", the surest first. One
 * place is read once, as the first of these that names it.
 */
function sourceMentions(sentence: string, offset: number): SourceMention[] {
  const found: SourceMention[] = []
  const add = (source: string, start: number, end: number) => {
    if (found.some((other) => other.start < end && start < other.end)) return
    found.push({ source, start: offset + start, end: offset + end })
  }
  for (const [pattern, source] of SOURCES) {
    for (const match of sentence.matchAll(pattern))
      add(source, match.index, match.index + match[0].length)
  }
  for (const match of sentence.matchAll(ACCORDING_TO)) {
    const source = (match[1] ?? '').split(' ').at(-1)?.toLowerCase() ?? ''
    if (source) add(source, match.index, match.index + match[0].length)
  }
  for (const match of sentence.matchAll(SAID_BY)) {
    const source = (match[1] ?? '').replace(/['’]s$/u, '').toLowerCase()
    add(source, match.index, match.index + match[0].length)
  }
  return found
}

/**
 * The source of a figure (`start`–`end`) among a sentence's several: the nearest one, a source
 * across a turn of the clause ("…, while police put it at 338,000") counting as far away.
 */
function nearestSource(
  counters: readonly SourceMention[],
  start: number,
  end: number,
  between: (from: number, to: number) => string,
): string | undefined {
  let best: { source: string; distance: number } | undefined
  for (const counter of counters) {
    const gap =
      counter.end <= start
        ? between(counter.end, start)
        : counter.start >= end
          ? between(end, counter.start)
          : ''
    const distance = gap.length + (CLAUSE_TURN.test(gap) ? 1000 : 0)
    if (!best || distance < best.distance) best = { source: counter.source, distance }
  }
  return best?.source
}

/** Pronouns that carry the previous sentence's event on ("It killed at least 12,000 people."). */
const CARRY_OVER = /^(?:It|That|This|They|Its|The (?:quake|earthquake|disaster|attack|storm))\b/u

const YEAR = /(?<![\d,.])(?:(since|from)\s+)?\b(1[89]\d{2}|20\d{2})\b(?![\d,.]\d)/giu

/** Verbs of the event itself: the day after them is when it happened, not when it was counted. */
const EVENT_VERBS = new Set([
  'struck',
  'hit',
  'rocked',
  'jolted',
  'shook',
  'happened',
  'occurred',
  'erupted',
  'crashed',
  'collapsed',
  'derailed',
  'sank',
  'exploded',
  'began',
  'started',
  'broke',
  'since',
  'until',
])

/** Words that may stand between an event's verb and its day ("struck early on Monday"). */
const DAY_LINKS = new Set(['on', 'early', 'late', 'last', 'this', 'out', 'place'])

/**
 * Whether the weekday at `index` is the day the event happened ("the quake that struck on
 * Monday", "since Monday"), which says nothing of when a toll in the sentence was counted.
 */
function eventDay(tokens: readonly StoryToken[], index: number): boolean {
  for (let at = index - 1; at >= 0 && index - at <= 4; at -= 1) {
    const word = tokens[at]?.text.toLowerCase() ?? ''
    if (EVENT_VERBS.has(word)) return true
    if (!DAY_LINKS.has(word)) return false
  }
  return false
}

/** Words that put a clause at an earlier time: "last week", "a week after", "the day before". */
const PRIOR_TIME =
  /\b(?:last (?:week|weekend|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:a|one|two|three|the) (?:days?|weeks?|weekends?|months?) (?:after|before|earlier|ago|prior)|(?:previous|preceding) (?:days?|weeks?|weekends?|months?|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|earlier (?:this|that|in the) (?:week|month))\b/iu

/** Words that end the clause a figure is read in. */
function clauseBreak(token: StoryToken | undefined): boolean {
  return token === undefined || /^[,;:()[\]—–.!?"“”]$/u.test(token.text)
}

/**
 * Whether a forecast word of the sentence stands only in a clause after the figure's, one that
 * holds no number ("crews have covered 3% of the area, they are expected to go on this week"):
 * the forecast is of what comes next, not of the figure. A forecast word before the figure, or a
 * later clause with a number of its own ("…, above the 170,000 economists expected"), leaves the
 * figure a forecast.
 */
function forecastOnlyAfter(tokens: readonly StoryToken[], last: number): boolean {
  const isForecast = (token: StoryToken | undefined) =>
    token !== undefined && FORECAST.test(token.text)
  if (tokens.slice(0, last + 1).some(isForecast)) return false
  const breakAt = tokens.findIndex((token, at) => at > last && /^[,;]$/u.test(token.text))
  if (breakAt < 0 || tokens.slice(last + 1, breakAt).some(isForecast)) return false
  return !tokens.slice(breakAt + 1).some((token) => /\d/u.test(token.text))
}

/**
 * The scope that a whole sentence gives its figures: a year it names (not "since 2019"), whether
 * it speaks of an earlier event, whether it is a headline-like line, a forecast or a revision, the
 * one weekday it names, and a source such as the police or the organisers. A sentence opening with "It" or "The quake"
 * carries the previous sentence's year and background on.
 */
export function sentenceScope(
  sentence: string,
  tokens: readonly StoryToken[],
  previous: FigureScope | null,
): FigureScope {
  const scope: FigureScope = {}
  for (const match of /\d/u.test(sentence) ? sentence.matchAll(YEAR) : []) {
    if (match[1]) continue
    scope.year = Number(match[2])
    break
  }
  if (scope.year !== undefined && BACKGROUND.test(sentence)) scope.background = true
  if (
    scope.year === undefined &&
    previous?.year !== undefined &&
    CARRY_OVER.test(sentence.trim())
  ) {
    scope.year = previous.year
    if (previous.background) scope.background = true
  }
  const trimmed = sentence.trim()
  const words = trimmed.split(/\s+/u).length
  if (words <= 16 && !/[.!?…"”'’)\]]$/u.test(trimmed)) scope.headline = true
  if (FORECAST.test(sentence)) scope.forecast = true
  if (REVISION.test(sentence)) scope.revision = true
  const days = new Set<string>()
  tokens.forEach((token, index) => {
    const word = token.text.toLowerCase()
    if (WEEKDAYS.has(word) && !eventDay(tokens, index)) days.add(word)
  })
  if (days.size === 1) scope.asOf = [...days][0]
  const offset = (tokens[0]?.start ?? 0) - Math.max(0, sentence.indexOf(tokens[0]?.text ?? ''))
  const mentions = sourceMentions(sentence, offset)
  if (mentions[0]) scope.source = mentions[0].source
  if (new Set(mentions.map((mention) => mention.source)).size > 1)
    scope.counters = [...mentions].sort((left, right) => left.start - right.start)
  return scope
}

/**
 * The scope of the figure whose words run from token `first` to token `last` (inclusive) of its
 * sentence, given the sentence's scope: one incident ("the first operation killed 11"), one place
 * ("in Al-Haouz province alone", "in the town of X"), an earlier value ("a previous toll of",
 * "rose from 3.5% to 3.8%"), and as of when: a month just after it ("in August"), "as of
 * <date>", or a relative day ("yesterday").
 */
export function figureScope(
  tokens: readonly StoryToken[],
  first: number,
  last: number,
  sentence: FigureScope,
): FigureScope {
  const { counters, ...rest } = sentence
  const scope: FigureScope = rest
  if (scope.forecast && forecastOnlyAfter(tokens, last)) delete scope.forecast
  // A sentence naming several sources: the figure's is the one nearest to it.
  if (counters && tokens[first] && tokens[last]) {
    const from = tokens[first].start
    const to = tokens[last].end
    const text = (left: number, right: number) =>
      tokens
        .filter((token) => token.start >= left && token.end <= right)
        .map((token) => token.text)
        .join(' ')
    scope.source = nearestSource(counters, from, to, text) ?? scope.source
  }
  const lower = (index: number) => tokens[index]?.text.toLowerCase() ?? ''
  // "Last week, …" opening the sentence, or "…, a week after 1 million marched" in the figure's
  // clause: a figure of an earlier day than the story's.
  let clauseStart = first
  while (clauseStart > 0 && !clauseBreak(tokens[clauseStart - 1])) clauseStart -= 1
  const clause = tokens
    .slice(clauseStart, first)
    .map((token) => token.text)
    .join(' ')
  let openerEnd = 0
  while (openerEnd < tokens.length && openerEnd < 6 && !clauseBreak(tokens[openerEnd]))
    openerEnd += 1
  const opener = tokens
    .slice(0, openerEnd)
    .map((token) => token.text)
    .join(' ')
  if (PRIOR_TIME.test(clause) || (tokens[openerEnd]?.text === ',' && PRIOR_TIME.test(opener)))
    scope.previous = true
  // Back through the clause: "the first operation killed", "a previous toll of".
  for (let at = first - 1, steps = 0; at >= 0 && steps < 8; at -= 1, steps += 1) {
    if (clauseBreak(tokens[at]) || /^\d/u.test(tokens[at]?.text ?? '')) break
    const word = lower(at)
    const next = lower(at + 1)
    if (
      PART_WORDS.has(word) &&
      isWord(tokens[at + 1]) &&
      next !== 'time' &&
      (next !== 'of' || word === 'one')
    ) {
      scope.part = `${word} ${next}`
      break
    }
    if (PREVIOUS_WORDS.has(word) && steps < 4) scope.previous = true
  }
  // Forward through the clause: "alone", "in August", "as of".
  for (let at = last + 1, steps = 0; at < tokens.length && steps < 8; at += 1, steps += 1) {
    if (clauseBreak(tokens[at]) && steps > 0) break
    // "1.2 million, including 80,000 in Paris": what follows another figure is that figure's.
    if (/^\d/u.test(tokens[at]?.text ?? '')) break
    const word = lower(at)
    if (word === 'alone') scope.part = scope.part ?? 'alone'
    const named = tokens[at + 1]?.text ?? ''
    if (word === 'in' && steps < 4 && isCapitalized(named) && !MONTHS.has(named.toLowerCase()))
      scope.place = scope.place ?? named.toLowerCase()
    if (MONTHS.has(word) && isCapitalized(tokens[at]?.text ?? '') && steps < 5) {
      if (!/^(?:since|from|until|before|after)$/u.test(lower(at - 1))) {
        scope.asOf = word
      }
      break
    }
  }
  // "In Paris, 80,000 marched": a place that opens the sentence is its figures' place.
  const opening = tokens[1]?.text ?? ''
  if (
    lower(0) === 'in' &&
    tokens[2]?.text === ',' &&
    first > 2 &&
    isCapitalized(opening) &&
    !MONTHS.has(opening.toLowerCase()) &&
    !WEEKDAYS.has(opening.toLowerCase())
  )
    scope.place = scope.place ?? opening.toLowerCase()
  // "as of September 10", "as of Monday" anywhere before the figure in the sentence.
  for (let at = 0; at + 2 < tokens.length && at < first; at += 1) {
    if (lower(at) === 'as' && lower(at + 1) === 'of') {
      const day = lower(at + 2)
      if (WEEKDAYS.has(day) || MONTHS.has(day)) {
        const date = /^\d{1,2}$/u.test(tokens[at + 3]?.text ?? '') ? ` ${lower(at + 3)}` : ''
        scope.asOf = `${day}${date}`
      }
    }
  }
  for (let at = 0; at < tokens.length; at += 1) {
    const word = lower(at)
    if (RELATIVE_DAYS.has(word) && scope.asOf === undefined) {
      scope.asOf = word
      scope.relative = true
    }
    // "in Al-Haouz province", "in the town of Amizmiz": the figure is that place's alone.
    if (PLACE_NOUNS.has(word)) {
      const before = tokens[at - 1]?.text ?? ''
      const after = lower(at + 1) === 'of' ? (tokens[at + 2]?.text ?? '') : ''
      const named = isCapitalized(after) ? after : isCapitalized(before) ? before : ''
      const opening = after ? at - 1 : at - 2
      const preposition = lower(opening) === 'the' ? lower(opening - 1) : lower(opening)
      if (named && preposition === 'in' && (!scope.part || scope.part === 'alone'))
        scope.part = `place ${named.toLowerCase()}`
    }
  }
  return scope
}

/** The years named in a scope's sentence that place it in another event than the story's own. */
export function isOtherEvent(scope: FigureScope, storyYear: number | undefined): boolean {
  if (scope.year === undefined) return false
  if (scope.background) return true
  return storyYear !== undefined && scope.year < storyYear
}
