/**
 * What a figure counts or measures. Casualty and damage kinds, measures of a quake or a place,
 * money, shares and rates, and `count` for any other counted noun (its head noun says what).
 */
export type QuantityKind =
  | 'killed'
  | 'injured'
  | 'missing'
  | 'arrested'
  | 'displaced'
  | 'affected'
  | 'casualties'
  | 'bodies'
  | 'survivors'
  | 'aboard'
  | 'homes'
  | 'damaged'
  | 'population'
  | 'crowd'
  | 'magnitude'
  | 'depth'
  | 'distance'
  | 'area'
  | 'money'
  | 'percent'
  | 'vote share'
  | 'tally'
  | 'count progress'
  | 'searched'
  | 'change'
  | 'rate'
  | 'points'
  | 'sentence'
  | 'average'
  | 'date'
  | 'count'

/** How each kind is shown to people. */
export const KIND_LABELS: Readonly<Record<QuantityKind, string>> = {
  killed: 'people killed',
  injured: 'people injured',
  missing: 'people missing',
  arrested: 'people arrested',
  displaced: 'people displaced',
  affected: 'people affected',
  casualties: 'casualties',
  bodies: 'bodies recovered',
  survivors: 'survivors',
  aboard: 'people on board',
  homes: 'homes',
  damaged: 'buildings damaged',
  population: 'population',
  crowd: 'crowd size',
  magnitude: 'magnitude',
  depth: 'depth',
  distance: 'distance',
  area: 'area',
  money: 'amount',
  percent: 'share',
  'vote share': 'vote share',
  tally: 'tally',
  'count progress': 'votes counted',
  searched: 'share of the area searched',
  change: 'direction of change',
  rate: 'rate',
  points: 'points',
  sentence: 'prison sentence',
  average: 'average',
  date: 'date',
  count: 'count',
}

/**
 * Running tolls: they rise while a story unfolds, so two different values are usually an update,
 * not a conflict. They are compared only when both say as of when (the same day or date). Arrests
 * are one: the police's tally climbs through a day of protest ("20 arrests so far", "44 arrests").
 */
export const RUNNING_KINDS: ReadonlySet<QuantityKind> = new Set<QuantityKind>([
  'killed',
  'injured',
  'missing',
  'arrested',
  'displaced',
  'affected',
  'casualties',
  'bodies',
  'homes',
  'damaged',
  'vote share',
  'tally',
  'count progress',
])

/**
 * How far a piece of work has got (the share of a disaster zone searched). It grows with the days
 * like a running toll, so figures of two different days are never compared; but a report gives
 * such a share without a day as the state at the time of writing, so an undated one is compared
 * with a dated one (`sameTime` in `number-topics`), and is never a sure conflict.
 */
export const PROGRESS_KINDS: ReadonlySet<QuantityKind> = new Set<QuantityKind>(['searched'])

/**
 * Quantities with one answer in a scope: the direction a named rate moved in a month. An article
 * giving both answers contradicts itself rather than counting two things under one name, so its
 * values stay compared (`compareFigures` sets other such articles aside).
 */
export const ONE_ANSWER_KINDS: ReadonlySet<QuantityKind> = new Set<QuantityKind>(['change'])

/** Properties of the event that do not change with the day they are reported on. */
export const TIMELESS_KINDS: ReadonlySet<QuantityKind> = new Set<QuantityKind>([
  'magnitude',
  'depth',
  'distance',
  'area',
  'sentence',
  'population',
  'aboard',
])

/** Nouns whose count is a kind ("2,100 deaths", "300 injured", "50,000 houses"). */
export const KIND_NOUNS: ReadonlyMap<string, QuantityKind> = new Map<string, QuantityKind>([
  ['dead', 'killed'],
  ['death', 'killed'],
  ['fatality', 'killed'],
  ['life', 'killed'],
  ['injured', 'injured'],
  ['injury', 'injured'],
  ['wounded', 'injured'],
  ['missing', 'missing'],
  ['arrest', 'arrested'],
  ['detention', 'arrested'],
  ['detainee', 'arrested'],
  ['displaced', 'displaced'],
  ['homeless', 'displaced'],
  ['evacuee', 'displaced'],
  ['refugee', 'displaced'],
  ['casualty', 'casualties'],
  ['body', 'bodies'],
  ['survivor', 'survivors'],
  ['home', 'homes'],
  ['house', 'homes'],
  ['dwelling', 'homes'],
  ['building', 'homes'],
  ['resident', 'population'],
  ['inhabitant', 'population'],
  ['protester', 'crowd'],
  ['protestor', 'crowd'],
  ['demonstrator', 'crowd'],
  ['marcher', 'crowd'],
  ['participant', 'crowd'],
])

/** Participles and verbs after a count that say what happened to it ("1,204 were injured"). */
export const KIND_PARTICIPLES: ReadonlyMap<string, QuantityKind> = new Map<string, QuantityKind>([
  ['died', 'killed'],
  ['dead', 'killed'],
  ['killed', 'killed'],
  ['perished', 'killed'],
  ['die', 'killed'],
  ['injured', 'injured'],
  ['wounded', 'injured'],
  ['hurt', 'injured'],
  ['missing', 'missing'],
  ['unaccounted', 'missing'],
  ['arrested', 'arrested'],
  ['detained', 'arrested'],
  ['displaced', 'displaced'],
  ['evacuated', 'displaced'],
  ['homeless', 'displaced'],
  ['affected', 'affected'],
  ['survived', 'survivors'],
  ['damaged', 'damaged'],
  ['destroyed', 'damaged'],
  ['collapsed', 'damaged'],
  ['flattened', 'damaged'],
  ['toppled', 'damaged'],
  ['marched', 'crowd'],
  ['rallied', 'crowd'],
  ['protested', 'crowd'],
])

/** Verbs just before a count that say what it counts ("killing 80", "injuring more than 2,300"). */
export const KIND_VERBS_BEFORE: ReadonlyMap<string, QuantityKind> = new Map<string, QuantityKind>([
  ['killed', 'killed'],
  ['killing', 'killed'],
  ['kills', 'killed'],
  ['kill', 'killed'],
  ['injuring', 'injured'],
  ['injured', 'injured'],
  ['injures', 'injured'],
  ['wounding', 'injured'],
  ['wounded', 'injured'],
  ['displacing', 'displaced'],
  ['displaced', 'displaced'],
  ['affecting', 'affected'],
  ['affected', 'affected'],
  ['arresting', 'arrested'],
  ['arrested', 'arrested'],
  ['detaining', 'arrested'],
  ['detained', 'arrested'],
])

/** Words a toll is read through, backwards from its number ("the death toll has risen to 45"). */
export const TOLL_LINKS: ReadonlySet<string> = new Set([
  'has',
  'have',
  'had',
  'been',
  'risen',
  'rose',
  'rise',
  'rises',
  'climbed',
  'climbs',
  'climbing',
  'jumped',
  'jumps',
  'dropped',
  'fell',
  'fallen',
  'declined',
  'decreased',
  'reached',
  'reaching',
  'reaches',
  'now',
  'to',
  'at',
  'was',
  'is',
  'stood',
  'stands',
  'standing',
  'passed',
  'passes',
  'passing',
  'topped',
  'tops',
  'surpassed',
  'hit',
  'hits',
  'increased',
  'gone',
  'went',
  'up',
  'already',
  'further',
  'again',
  'of',
  'officially',
  'stood',
  'reportedly',
  'had',
])

/** Words before "toll" or "count" that make it a casualty toll, and what it counts. */
export const TOLL_NOUNS: ReadonlyMap<string, QuantityKind> = new Map<string, QuantityKind>([
  ['death', 'killed'],
  ['injury', 'injured'],
  ['casualty', 'casualties'],
])

/** Counted nouns too general to say what is counted on their own ("241 people", "two others"). */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  'people',
  'person',
  'individual',
  'other',
  'one',
  'thing',
  'case',
  'number',
  'figure',
  'total',
  'more',
])

/** Words that, before a count's verb, say it is one incident of many ("the first strike killed 11"). */
export const PART_WORDS: ReadonlySet<string> = new Set([
  'first',
  'second',
  'third',
  'initial',
  'single',
  'latest',
  'earliest',
  'one',
])

/** Words that say a figure is an earlier value, replaced since ("a previous toll of 294"). */
export const PREVIOUS_WORDS: ReadonlySet<string> = new Set([
  'previous',
  'earlier',
  'original',
  'initial',
  'preliminary',
  'old',
  'former',
])

/** Verbs of change before "from X to Y": X is the earlier value, not a range's low end. */
export const CHANGE_VERBS: ReadonlySet<string> = new Set([
  'rose',
  'risen',
  'rising',
  'fell',
  'fallen',
  'falling',
  'jumped',
  'climbed',
  'increased',
  'decreased',
  'dropped',
  'declined',
  'grew',
  'down',
  'up',
  'revised',
  'went',
  'gone',
  'moved',
  'slipped',
  'edged',
  'ticked',
])

/** Place nouns: a figure "in X province" or "in the town of X" is that place's, not the event's. */
export const PLACE_NOUNS: ReadonlySet<string> = new Set([
  'province',
  'region',
  'town',
  'village',
  'district',
  'county',
  'city',
  'state',
  'municipality',
  'prefecture',
  'commune',
])
