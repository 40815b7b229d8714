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

/** The edit distance of two words (insertions, deletions, substitutions). */
function editDistance(left: string, right: string): number {
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index)
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row]
    for (let column = 1; column <= right.length; column += 1) {
      const substitution =
        (previous[column - 1] ?? 0) + (left[row - 1] === right[column - 1] ? 0 : 1)
      current.push(
        Math.min(substitution, (previous[column] ?? 0) + 1, (current[column - 1] ?? 0) + 1),
      )
    }
    previous = current
  }
  return previous[right.length] ?? 0
}

/** Whether two spellings are of one name word: one slip allowed per six letters. */
function sameWord(left: string, right: string): boolean {
  if (left === right) return true
  return editDistance(left, right) <= Math.floor(Math.max(left.length, right.length) / 6)
}

/**
 * Whether `word` is one of the label's words, spelled alike, or two adjacent ones written as one
 * ("Viswashkumar" for "Vishwash Kumar").
 */
function inName(word: string, label: readonly string[]): boolean {
  return label.some(
    (other, index) =>
      sameWord(word, other) ||
      (index + 1 < label.length && sameWord(word, `${other}${label[index + 1] ?? ''}`)),
  )
}

/**
 * Whether a speaker or person the analysis gives names the one the labels give: every word of the
 * given name is in the label ("Trump" for "Donald Trump", "Lam" for "… Carrie Lam"), in any order
 * and allowing a slip of spelling ("Ramesh Viswashkumar" for "Vishwash Kumar Ramesh"), or both
 * end in the same surname ("President Joe Biden" for "Joe Biden"). Titles and pronouns do not
 * count.
 */
export function sameName(given: string, label: string): boolean {
  const givenWords = nameWords(given)
  const labelWords = nameWords(label)
  if (givenWords.length === 0 || labelWords.length === 0) return false
  if (givenWords.every((word) => inName(word, labelWords))) return true
  return givenWords.at(-1) === labelWords.at(-1)
}
