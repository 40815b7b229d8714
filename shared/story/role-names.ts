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
