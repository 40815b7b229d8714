/** The topic of every death count, however it is worded ("deaths", "people killed", "dead"). */
export const DEATHS_TOPIC = 'deaths'

/** Words that, as the counted noun, make a figure a death count. */
const DEATH_NOUNS = new Set(['death', 'dead', 'fatality', 'life', 'body'])

/** Nouns that mean the same thing when counted: the key they share. */
const SYNONYMS: Readonly<Record<string, string>> = {
  vessel: 'boat',
  ship: 'boat',
  boat: 'boat',
  airstrike: 'strike',
  'air strike': 'strike',
  strike: 'strike',
  person: 'people',
  individual: 'people',
}

/** Units of time: a count of them is a duration ("two months"), not a figure of the story. */
export const TIME_UNITS = new Set([
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'weekend',
  'month',
  'year',
  'decade',
  'century',
  'time',
  'min',
  'hr',
  'sec',
])

/** The singular of an English noun, by the regular rules and a few irregular plurals. */
export function singular(word: string): string {
  const lower = word.toLowerCase()
  const irregular: Readonly<Record<string, string>> = {
    people: 'people',
    lives: 'life',
    men: 'man',
    women: 'woman',
    children: 'child',
    police: 'police',
    personnel: 'personnel',
    news: 'news',
    series: 'series',
    species: 'species',
    data: 'data',
    bodies: 'body',
    buses: 'bus',
    viruses: 'virus',
    casualties: 'casualty',
    fatalities: 'fatality',
  }
  if (irregular[lower]) return irregular[lower]
  if (lower.length > 4 && lower.endsWith('ies')) return `${lower.slice(0, -3)}y`
  if (/(ches|shes|sses|xes)$/.test(lower)) return lower.slice(0, -2)
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('us')) {
    return lower.slice(0, -1)
  }
  return lower
}

/**
 * The key under which counts of the noun phrase `words` are compared across articles: its head
 * noun (the last word), singular, with synonyms merged ("vessels" and "boats" → boat); any
 * death count → {@link DEATHS_TOPIC}.
 */
export function countTopic(words: readonly string[], deathCount: boolean): string {
  const head = singular(words.at(-1) ?? '')
  if (deathCount) return DEATHS_TOPIC
  if (DEATH_NOUNS.has(head)) {
    // "80 deaths" is the death count; "American deaths" or "overdose deaths" are other counts.
    const modifiers = words.slice(0, -1).map((word) => word.toLowerCase())
    return modifiers.length === 0 ? DEATHS_TOPIC : `${DEATHS_TOPIC}:${modifiers.join(' ')}`
  }
  return SYNONYMS[head] ?? head
}

/** The key of a percentage's topic: every word of what it is a share of, lowercase, singular. */
export function percentTopic(words: readonly string[]): string {
  return words.map(singular).join(' ')
}
