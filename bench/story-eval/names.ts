/** Words that say what someone is rather than who: left out when two names are compared. */
const NOT_NAME = new Set(
  (
    'the a an of and mr mrs ms dr sir president vice former then us u s prime minister ' +
    'secretary chief executive spokesman spokeswoman spokesperson judge general gen sen rep ' +
    'senator governor gov officer assistant he she they it his her their jr sr'
  ).split(' '),
)

/** The words of a name that identify someone, lower-cased and without accents. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0 && !NOT_NAME.has(word))
}

/**
 * Whether a speaker or person the analysis gives names the one the labels give: every word of the
 * given name is in the label ("Trump" for "Donald Trump", "Lam" for "… Carrie Lam"), or both end
 * in the same surname ("President Joe Biden" for "Joe Biden"). Titles and pronouns do not count.
 */
export function sameName(given: string, label: string): boolean {
  const givenWords = nameWords(given)
  const labelWords = nameWords(label)
  if (givenWords.length === 0 || labelWords.length === 0) return false
  if (givenWords.every((word) => labelWords.includes(word))) return true
  return givenWords.at(-1) === labelWords.at(-1)
}
