import { MONTH_NAMES } from '../text/month-names'
import type { Figure } from './figure-record'
import { figureScope, type FigureScope } from './figure-scope'
import { CHANGE_VERBS } from './quantity-kinds'
import type { StoryToken } from './story-words'

/** Words that say a rate went up ("rose", "jumped", "saw a slight uptick"). */
const UP_WORDS = new Set([
  'rose',
  'rises',
  'risen',
  'climbed',
  'climbs',
  'jumped',
  'jumps',
  'increased',
  'increases',
  'uptick',
  'surged',
  'spiked',
])

/** Words that say a rate went down ("fell", "dropped", "dipped"). */
const DOWN_WORDS = new Set([
  'fell',
  'falls',
  'dropped',
  'drops',
  'declined',
  'declines',
  'decreased',
  'decreases',
  'dipped',
  'dips',
  'slipped',
  'downtick',
  'eased',
])

/** Verbs whose direction is the particle after them ("ticked up", "edged down"). */
const PARTICLE_VERBS = new Set(['ticked', 'edged', 'went', 'moved', 'crept', 'inched'])

/**
 * Words that open a new clause ("which", "when", "but"): past them, words belong to another
 * statement.
 */
const CLAUSE_OPENERS = [
  'which',
  'that',
  'who',
  'when',
  'while',
  'but',
  'and',
  'however',
  'as',
  'after',
  'before',
] as const

/**
 * Words between a rate and its verb that end the search: a new clause ("which", "when"), a
 * hedge or a forecast ("would", "expected to"), a negation. What follows them is not a change
 * the article reports of that rate.
 */
const STOPS = new Set<string>([
  ...CLAUSE_OPENERS,
  'than',
  'if',
  'would',
  'could',
  'will',
  'may',
  'might',
  'should',
  'to',
  'not',
  'never',
  'expected',
  'projected',
  'forecast',
])

/** How many tokens a rate's verb may stand after it ("the rate, on the other hand, rose"). */
const REACH = 8

/** Other names of a rate, and the name it is compared under. */
const RATE_NAMES: Readonly<Record<string, string>> = { jobless: 'unemployment' }

/** Words after a rate's verb that start another clause ("jumped to 3.8% as hiring slowed"). */
const CLAUSE_WORDS = new Set<string>([...CLAUSE_OPENERS, 'amid', 'despite'])

/** How many tokens a change's words may run on past its verb ("rose 0.3 points to 3.8% in May"). */
const TAIL = 12

/**
 * The last token of the clause a rate's verb stands in (`verb`): what it rose to or by, and
 * when ("rose 0.3 percentage points to 3.8% in August"), up to a mark or a new clause.
 */
function clauseEnd(tokens: readonly StoryToken[], verb: number): number {
  let last = verb
  for (let at = verb + 1; at < tokens.length && at <= verb + TAIL; at += 1) {
    const word = tokens[at]?.text.toLowerCase() ?? ''
    if (/^[,.;:!?()—–"“”]$/u.test(word) || CLAUSE_WORDS.has(word)) break
    last = at
  }
  return last
}

/** +1 for a word of rising, -1 for one of falling, 0 otherwise ("ticked" reads its particle). */
function directionAt(tokens: readonly StoryToken[], at: number): number {
  const word = tokens[at]?.text.toLowerCase() ?? ''
  if (UP_WORDS.has(word)) return 1
  if (DOWN_WORDS.has(word)) return -1
  if (PARTICLE_VERBS.has(word)) {
    const particle = tokens[at + 1]?.text.toLowerCase()
    return particle === 'up' ? 1 : particle === 'down' ? -1 : 0
  }
  return 0
}

/**
 * The month a sentence's change is of: the one month it names (capitalised, not within four
 * words after "from" or "since", which name the month changed from: "to 3.8% in August, from
 * 3.5% in July"; nor before a day number, which is a date line), else none.
 */
function monthOf(tokens: readonly StoryToken[]): string | undefined {
  const months = new Set<string>()
  tokens.forEach((token, at) => {
    const word = token.text.toLowerCase()
    if (!MONTH_NAMES.includes(word) || !/^[A-Z]/u.test(token.text)) return
    const before = tokens.slice(Math.max(0, at - 4), at).map((other) => other.text.toLowerCase())
    if (before.includes('from') || before.includes('since')) return
    if (/^\d/u.test(tokens[at + 1]?.text ?? '')) return
    months.add(word)
  })
  return months.size === 1 ? [...months][0] : undefined
}

/**
 * The changes of named rates a sentence reports, each as a figure whose value is its direction
 * (+1 rose, -1 fell; unit `change`): "the unemployment rate unexpectedly dropped", "the jobless
 * rate climbed to 3.8%", "the rate, on the other hand, rose 0.3 points", "saw a slight uptick".
 * Its words run from the rate's name to the end of the verb's clause ("unemployment rate
 * unexpectedly jumped to 3.8% from 3.5%"), so that the article's passage is seen whole.
 * The rate is the word before "rate" ("jobless" is "unemployment"); its scope is the month the
 * sentence names (the weekday it was reported on is not the period of the change). A verb
 * behind a new clause, a hedge, a forecast or a negation is not read.
 */
export function rateChanges(
  text: string,
  tokens: readonly StoryToken[],
  sentence: FigureScope,
): Figure[] {
  const figures: Figure[] = []
  const month = monthOf(tokens)
  tokens.forEach((token, at) => {
    if (token.text.toLowerCase() !== 'rate') return
    const subject = tokens[at - 1]?.text.toLowerCase() ?? ''
    if (!/^[a-z]{3,}$/u.test(subject) || subject === 'the') return
    for (let next = at + 1; next < tokens.length && next <= at + REACH; next += 1) {
      const word = tokens[next]?.text.toLowerCase() ?? ''
      if (/^[.;:!?]$/u.test(word) || /^\d/u.test(word) || STOPS.has(word)) return
      const direction = directionAt(tokens, next)
      if (direction === 0) continue
      const rate = RATE_NAMES[subject] ?? subject
      const first = at - 1
      const last = PARTICLE_VERBS.has(word) ? next + 1 : next
      const scope = figureScope(tokens, first, last, sentence)
      delete scope.asOf
      delete scope.relative
      if (month) scope.asOf = month
      const start = tokens[first]?.start ?? token.start
      const end = tokens[clauseEnd(tokens, last)]?.end ?? token.end
      figures.push({
        start,
        end,
        text: text.slice(start, end),
        value: { op: '=', value: direction, unit: 'change' },
        topic: `change:${rate}`,
        about: `change in the ${rate} rate`,
        kind: 'change',
        scope,
        comparable: !scope.forecast,
      })
      return
    }
  })
  return figures
}

/** Whether the token at `at` is a verb of change ("rose", "fell", "climbed", "edged up"). */
function changeVerbAt(tokens: readonly StoryToken[], at: number): boolean {
  const word = tokens[at]?.text.toLowerCase() ?? ''
  return directionAt(tokens, at) !== 0 || CHANGE_VERBS.has(word)
}

/**
 * Whether a rate's figure whose first token is at `startIndex` is the size of a change, not the
 * rate's level: "inflation rose by 0.4%", "was up 0.4%", or "rose 0.4%" right after the verb,
 * unless its clause names the value it changed from ("rose 11.1% in the year to May from 10.1%"
 * is loosely worded for "rose to 11.1%"). The size of a change is never set against another
 * article's level.
 */
export function isChangeSize(tokens: readonly StoryToken[], startIndex: number): boolean {
  const before = tokens[startIndex - 1]?.text.toLowerCase() ?? ''
  if (before === 'up' || before === 'down') return true
  if (before === 'by') return changeVerbAt(tokens, startIndex - 2)
  if (!changeVerbAt(tokens, startIndex - 1)) return false
  const last = clauseEnd(tokens, startIndex)
  for (let at = startIndex + 1; at < last; at += 1)
    if (tokens[at]?.text.toLowerCase() === 'from' && /^\d/u.test(tokens[at + 1]?.text ?? ''))
      return false
  return true
}
