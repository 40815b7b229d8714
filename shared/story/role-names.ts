/** A word without accents, punctuation or capitals ("López" → "lopez"), to match names. */
export function plainName(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '')
}

/** The surname key of a name: its last word, without accents or punctuation. */
export function surnameOf(name: string): string {
  return plainName(name.split(' ').at(-1) ?? name)
}

/** The given name of a name, or '' for a surname alone or an initial. */
export function givenOf(name: string): string {
  const words = name.split(' ')
  if (words.length < 2) return ''
  const first = words[0] ?? ''
  return /^\p{Lu}\.?$/u.test(first) || /\./.test(first) ? '' : plainName(first)
}

/**
 * Last words that make a capitalised run the name of an event, a competition or a body, never a
 * person: "the US Open", "two French Opens", "the World Cup", "the Justice Department". Their
 * first words ("US", "French", "World") are no given names.
 */
const THING_NOUNS = new Set([
  'agency',
  'airport',
  'award',
  'bowl',
  'championship',
  'classic',
  'committee',
  'council',
  'cup',
  'department',
  'era',
  'festival',
  'game',
  'league',
  'ministry',
  'olympic',
  'open',
  'prix',
  'senate',
  'series',
  'slam',
  'tour',
  'trophy',
  'university',
])

/** Whether a name is an event's, a competition's or a body's (its last word, singular, says so). */
export function namesAThing(name: string): boolean {
  const last = surnameOf(name)
  return THING_NOUNS.has(last) || (last.endsWith('s') && THING_NOUNS.has(last.slice(0, -1)))
}
