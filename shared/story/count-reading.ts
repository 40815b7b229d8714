import { countTopic, DEATHS_TOPIC, percentTopic, singular } from './figure-topic'
import type { FigureUnit } from './figure-value'
import { lower, PERCENT_LINKS } from './figure-words'
import {
  GENERIC_HEADS,
  KIND_LABELS,
  KIND_NOUNS,
  KIND_PARTICIPLES,
  KIND_VERBS_BEFORE,
  TOLL_LINKS,
  TOLL_NOUNS,
  type QuantityKind,
} from './quantity-kinds'
import { fateOf, isRoleNoun } from './role-fates'
import { isCapitalized, isWord, type StoryToken } from './story-words'

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
export const NOT_NAMES =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|A|An|In|On|With|And|But|This|That|He|She|They|It|According)$/u

/** What a count counts, read from the words around it. */
export interface Reading {
  kind: QuantityKind
  topic: string
  about: string
  comparable: boolean
  /** Whether the words after the number are part of the figure (default: yes). */
  phrase?: boolean
  /**
   * For a count of people by a role noun ("12 firefighters"), what happened to them ("injured",
   * "deployed"), or null when the text does not say.
   */
  fate?: string | null
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

/** Verbs that give a quantity a value with "at" ("police put the crowd at 80,000"). */
const PUT_VERBS = new Set(['put', 'puts', 'putting', 'placed', 'places', 'placing', 'estimated'])

/**
 * What "<verb> the number of X at N" counts ("the ministry put the total number of marchers at
 * 1.2 million", "officials placed the number of dead at 45"): the first counted noun of a kind
 * between a verb of estimating and the "at" before the number (`startIndex`), in one clause.
 */
function putAt(tokens: readonly StoryToken[], startIndex: number): QuantityKind | null {
  if (lower(tokens, startIndex - 1) !== 'at') return null
  let verb = -1
  for (let at = startIndex - 2; at >= 0 && at > startIndex - 32; at -= 1) {
    const word = lower(tokens, at)
    if (/^[.;:!?]$/u.test(word)) return null
    if (PUT_VERBS.has(word)) {
      verb = at
      break
    }
  }
  if (verb < 0) return null
  for (let at = verb + 1; at < startIndex - 1; at += 1) {
    const kind = KIND_NOUNS.get(singular(lower(tokens, at)))
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

/** Nouns of an election: a capitalised word before one qualifies it ("the Argentine runoff"). */
const ELECTION_NOUNS = new Set([
  'election',
  'elections',
  'vote',
  'votes',
  'runoff',
  'race',
  'ballot',
  'polls',
  'presidency',
  'presidential',
  'voters',
  'electorate',
])

/**
 * The name of whoever a share of the vote is given to: the nearest name before it, read past an
 * apposition between commas ("Ana Ruiz, of the Green Alliance, won 44%" is Ruiz's share, not the
 * Alliance's).
 */
export function candidateBefore(tokens: readonly StoryToken[], index: number): string | null {
  for (let at = index - 1, steps = 0; at >= 0 && steps < 12; at -= 1, steps += 1) {
    // ", of the Green Alliance," or ", the ruling party's candidate,": skipped to the name.
    if (tokens[at]?.text === ',' && at === index - 2) {
      let open = at - 1
      while (open > 0 && at - open < 10 && !/^[,;:.!?]$/u.test(tokens[open]?.text ?? '')) open -= 1
      if (
        tokens[open]?.text === ',' &&
        /^(?:of|the|a|an|from)$/iu.test(tokens[open + 1]?.text ?? '')
      ) {
        at = open
        continue
      }
    }
    const text = tokens[at]?.text ?? ''
    if (/^[;:.!?]$/u.test(text) || /^\d/u.test(text)) return null
    const name = text.replace(/['’]s$/u, '')
    // "the Argentine elections", "the Labour vote": a word of the election, not who is voted for.
    const adjective = ELECTION_NOUNS.has(lower(tokens, at + 1))
    if (isCapitalized(name) && name.length > 1 && !NOT_NAMES.test(name) && !adjective) {
      return name.toLowerCase()
    }
  }
  return null
}

/** Words that set one candidate's share against a rival's ("44% against Lopez's 55%"). */
const AGAINST = new Set(['against', 'versus', 'vs', 'to'])

/**
 * The rival whose share a percentage is when a possessive name stands just before it, after a
 * word that sets it against another share ("41.7% against Lopez's 58.8%"), else null. The
 * caller asks only of a bare share or one of the vote ("against Apple's 9% growth" is not one).
 */
function rivalShare(tokens: readonly StoryToken[], startIndex: number): string | null {
  const owner = tokens[startIndex - 1]?.text ?? ''
  if (!/^\p{Lu}\p{L}+['’]s$/u.test(owner)) return null
  const name = owner.slice(0, -2)
  if (NOT_NAMES.test(name)) return null
  let at = startIndex - 2
  if (/^(?:the)$/iu.test(tokens[at]?.text ?? '')) at -= 1
  return AGAINST.has(lower(tokens, at)) ? name.toLowerCase() : null
}

/**
 * The subject of a rate or share before it ("the unemployment rate jumped to", "inflation of",
 * "the rate rose from 3.5% to"; a part of the price index is its own rate: "food price inflation
 * rose to" is "food inflation").
 */
export function rateBefore(tokens: readonly StoryToken[], index: number): string | null {
  for (let at = index - 1, steps = 0; at >= 0 && steps < 7; at -= 1, steps += 1) {
    const text = lower(tokens, at)
    // "the rate rose from 3.5% to 3.8%": the value it rose from is read through.
    if (/^\d/u.test(text) && lower(tokens, at - 1) === 'from') continue
    if (/^[;:.!?]$/u.test(text) || /^\d/u.test(text)) return null
    if (text === 'rate') {
      const of = lower(tokens, at + 1) === 'of' ? lower(tokens, at + 2) : ''
      const subject = of || lower(tokens, at - 1)
      return subject === 'jobless' ? 'unemployment' : subject
    }
    if (text === 'inflation') return subIndexBefore(tokens, at) ?? text
    if (text === 'turnout' || text === 'participation') return text
  }
  return null
}

/** Parts of a price index with an inflation rate of their own ("food inflation", "core"). */
const SUB_INDICES = new Set([
  'food',
  'core',
  'energy',
  'fuel',
  'services',
  'goods',
  'rent',
  'rents',
  'housing',
  'shelter',
  'grocery',
  'wage',
  'transport',
  'clothing',
])

/**
 * The part of the index an inflation figure is of, from the words before "inflation" at
 * `at` ("food price inflation", "core inflation"), as the rate's name ("food inflation"); null
 * for the headline rate ("CPI inflation", "consumer price inflation", "annual inflation").
 */
function subIndexBefore(tokens: readonly StoryToken[], at: number): string | null {
  let before = at - 1
  if (/^prices?$/u.test(lower(tokens, before))) before -= 1
  const word = lower(tokens, before)
  return SUB_INDICES.has(word) ? `${word} inflation` : null
}

/** Verbs that make a bare count a crowd ("80,000 marched", "2 million took part"). */
const CROWD_VERBS = new Set([
  'marched',
  'rallied',
  'protested',
  'demonstrated',
  'gathered',
  'attended',
  'participated',
  'joined',
])

/** Second words that make a verb of two words a crowd's ("took part", "turned out"). */
const CROWD_PHRASES: Readonly<Record<string, string>> = {
  took: 'part',
  turned: 'out',
  showed: 'up',
}

/** Nouns a crowd's figure is given for ("police put the crowd at 80,000", "turnout of 2 million"). */
const CROWD_NOUNS = new Set(['crowd', 'crowds', 'turnout', 'attendance'])

/** Nouns of any figure, a crowd's in a sentence about a march ("police put the figure at"). */
const FIGURE_NOUNS = new Set(['figure', 'estimate', 'number', 'count', 'total'])

/** Words that make a sentence one about a march, a rally or a protest. */
const GATHERING =
  /\b(?:march(?:ed|es|ers?)?|rall(?:y|ies|ied)|protest(?:s|ed|ers?)?|demonstrat(?:ion|ions|ed|ors?)|took to the streets)\b/iu

/** Words a crowd's figure may follow after its noun ("the crowd was estimated at", "turnout of"). */
const CROWD_LINKS = new Set(['at', 'of', 'was', 'is', 'to', 'estimated', 'numbered', 'reached'])

/**
 * Whether a count is a crowd by the verb that follows it ("80,000 marched", "2 million took part
 * in rallies": the count has no noun, and the verb says what it counts) or by the crowd noun it
 * is given for ("police put the crowd at 80,000", "a turnout of 2 million").
 */
export function isCrowdCount(
  tokens: readonly StoryToken[],
  startIndex: number,
  phraseWords: readonly string[],
  sentence = '',
): boolean {
  const first = (phraseWords[0] ?? '').toLowerCase()
  const second = (phraseWords[1] ?? '').toLowerCase()
  if (CROWD_VERBS.has(first) || (first in CROWD_PHRASES && CROWD_PHRASES[first] === second))
    return true
  // "took to the streets", after a number of one or more words ("1.03 million took to").
  const took = tokens.findIndex(
    (token, at) => at > startIndex && at <= startIndex + 3 && token.text.toLowerCase() === 'took',
  )
  if (first === 'took' && took > 0 && lower(tokens, took + 1) === 'to') return true
  let at = startIndex - 1
  while (at >= 0 && startIndex - at <= 4 && CROWD_LINKS.has(lower(tokens, at))) at -= 1
  if (at >= startIndex - 1) return false
  const noun = lower(tokens, at)
  return CROWD_NOUNS.has(noun) || (FIGURE_NOUNS.has(noun) && GATHERING.test(sentence))
}

/** Nouns of ground that a search goes through ("25% of the disaster zone"). */
const SEARCHED_GROUND = new Set(['area', 'zone', 'site', 'ground', 'terrain', 'footprint'])

/** Words that make a sentence about searching ground ("searched", "combed through", "scour"). */
const SEARCH_WORDS = /\b(?:search(?:ed|es|ing)?|comb(?:ed|ing|s)?|scour(?:ed|ing|s)?)\b/iu

/** Words that make a share of ground a plan or a target, not how far a search has got. */
const SEARCH_PLANS =
  /\b(?:hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|goal|target|intend(?:s|ed)?|to (?:search|comb|scour|get through))\b/iu

/** Reads what a count, a share or an amount of money measures. */
export function readCount(
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
    if (/^(?:vote|ballot|station|table|precinct|polling)$/u.test(head)) {
      if (COUNTED.has(lower(tokens, phraseEnd)))
        return reading('count progress', 'count progress', true)
    }
    // "searched 3 percent of the area", "combed through 25% of the disaster zone from the fires".
    const linked = phraseWords.findIndex((word) => PERCENT_LINKS.has(word.toLowerCase()))
    const ground = singular(phraseWords[(linked < 0 ? phraseWords.length : linked) - 1] ?? '')
    if (SEARCHED_GROUND.has(ground) && SEARCH_WORDS.test(sentence) && !SEARCH_PLANS.test(sentence))
      return reading('searched', 'searched')
    const rate = rateBefore(tokens, startIndex)
    if (rate) return { ...reading('rate', `rate:${rate}`), about: `${rate} rate` }
    // "obtained the 41.7%": the verb read past an article.
    const verb = /^(?:the|a|an)$/u.test(before) ? lower(tokens, startIndex - 2) : before
    // "41.7% against Lopez's 58.8%": the rival's share, after the candidate's.
    const rival =
      phraseWords.length === 0 || head === 'vote' ? rivalShare(tokens, startIndex) : null
    if (rival) return { ...reading('vote share', `vote share:${rival}`), about: `${rival}’s share` }
    if (head === 'vote' || head === 'ballot' || VOTE_VERBS.has(verb) || before === 'with') {
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
    // Money: what it is for, or the verb that moves it ("forfeit $11 billion"), read past a
    // currency sign before the number and an object pronoun ("fined her $100,000").
    const sign = tokens[startIndex - 1]
    let at = sign && !isWord(sign) ? startIndex - 2 : startIndex - 1
    if (/^(?:him|her|them|it|us|me)$/u.test(lower(tokens, at))) at -= 1
    const verb = lower(tokens, at)
    const purpose = phraseWords.length > 0 ? head : /^[a-z]+$/u.test(verb) ? verb : ''
    return {
      kind: 'money',
      topic: `money:${purpose}`,
      about: nounPhrase || (purpose ? `amount (${verb})` : 'amount'),
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
  const put = phraseWords.length === 0 ? putAt(tokens, startIndex) : null
  if (put) return reading(put, put)
  // A crowd is compared only per counter (see number-topics), however it is worded.
  if (isCrowdCount(tokens, startIndex, phraseWords, sentence)) {
    // The words after the number are the figure's when they are its verb ("took part").
    const verbAfter = phraseWords.length > 0 && !isCrowdCount(tokens, startIndex, [], sentence)
    return { ...reading('crowd', 'crowd'), phrase: verbAfter }
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
  // "1.1 million protesters" and "2 million people marched" are one crowd, compared by who
  // counted; the noun's modifiers tell two crowds apart ("student marchers").
  if (nounKind === 'crowd') return { ...reading('crowd', 'crowd'), about: nounPhrase }
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
  // "12 firefighters were injured" and "1,000 firefighters were deployed" are two quantities.
  if (isRoleNoun(head)) {
    const fate = fateOf(tokens, startIndex, phraseEnd)
    return {
      kind: 'count',
      topic: fate ? `${countTopic(phraseWords, false)}:${fate}` : countTopic(phraseWords, false),
      about: fate ? `${nounPhrase} ${fate}` : nounPhrase,
      comparable: true,
      fate,
    }
  }
  return {
    kind: 'count',
    topic: countTopic(phraseWords, false),
    about: nounPhrase,
    comparable: true,
  }
}
