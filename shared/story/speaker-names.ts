import { isCapitalized, isWord, type StoryToken } from './story-words'

/** Plural nouns that are a speaker without a determiner ("officials said", "police said"). */
export const BARE_SPEAKERS = new Set([
  'officials',
  'police',
  'authorities',
  'investigators',
  'prosecutors',
  'witnesses',
  'residents',
  'experts',
  'analysts',
  'doctors',
  'organisers',
  'organizers',
  'rescuers',
])

/** Titles and roles that stand before a name and are not part of it. */
export const TITLES = new Set([
  'Adm',
  'Admiral',
  'Ambassador',
  'Assistant',
  'Attorney',
  'CEO',
  'Capt',
  'Captain',
  'Chairman',
  'Chairwoman',
  'Chancellor',
  'Chief',
  'Cmdr',
  'Col',
  'Colonel',
  'Commissioner',
  'Deputy',
  'Detective',
  'Director',
  'Dr',
  'General',
  'Gen',
  'Gov',
  'Governor',
  'Inspector',
  'Judge',
  'Justice',
  'King',
  'Leader',
  'Lieutenant',
  'Lt',
  'Maj',
  'Mayor',
  'Minister',
  'Mr',
  'Mrs',
  'Ms',
  'Officer',
  'Pope',
  'Prefect',
  'President',
  'Prime',
  'Prof',
  'Professor',
  'Queen',
  'Rear',
  'Rep',
  'Representative',
  'Secretary',
  'Sen',
  'Senator',
  'Sergeant',
  'Sgt',
  'Sheriff',
  'Speaker',
  'Spokesman',
  'Spokesperson',
  'Spokeswoman',
  'Superintendent',
  'Vice',
])

/** Capitalised words that open sentences or clauses, or name days, and are never names. */
const NOT_NAMES = new Set([
  'A',
  'After',
  'Also',
  'An',
  'He',
  'Her',
  'Here',
  'His',
  'Its',
  'She',
  'Their',
  'There',
  'They',
  'What',
  'Who',
  'And',
  'As',
  'Asked',
  'At',
  'Before',
  'But',
  'However',
  'I',
  'If',
  'In',
  'It',
  'Meanwhile',
  'On',
  'Or',
  'Pressed',
  'Read',
  'Related',
  'So',
  'Still',
  'That',
  'The',
  'Then',
  'These',
  'This',
  'Those',
  'Watch',
  'We',
  'When',
  'While',
  'Yet',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  // Prepositions and conjunctions that open a sentence ("With this, Djokovic moved ahead").
  'Although',
  'Amid',
  'Because',
  'By',
  'Despite',
  'During',
  'Earlier',
  'Following',
  'For',
  'From',
  'Later',
  'Now',
  'Of',
  'Since',
  'Though',
  'To',
  'Until',
  'With',
  'Without',
])

/** Lowercase particles inside names ("Tren de Aragua", "Ludwig van Beethoven"). */
const PARTICLES = new Set(['de', 'del', 'da', 'dos', 'van', 'von', 'bin', 'al', 'la', 'le'])

/** Abbreviated titles followed by a full stop inside a name ("Dr. Jane Doe"). */
const ABBREVIATIONS = new Set([
  'Adm',
  'Capt',
  'Col',
  'Cmdr',
  'Maj',
  'Dr',
  'Mr',
  'Mrs',
  'Ms',
  'Gen',
  'Gov',
  'Sen',
  'Rep',
  'Prof',
  'Lt',
  'Sgt',
  'St',
  'Jr',
])

/** Whether a word is a possessive ("Trump’s"), which names an owner, not a speaker. */
export function isPossessive(word: string): boolean {
  return /\p{L}['’]s$/u.test(word)
}

/** A word in capitals as a sentence would open on it ("WATCH" → "Watch"); other words as they are. */
function asOpener(word: string): string {
  return /^\p{Lu}{2,}$/u.test(word) ? word.charAt(0) + word.slice(1).toLowerCase() : word
}

/**
 * Whether a token may be part of a name: a capitalised word that is not a sentence opener (nor
 * one set in capitals, "WATCH"), or a handle.
 */
export function isNameWord(token: StoryToken | undefined): boolean {
  if (!token || !isWord(token)) return false
  if (token.text.startsWith('@')) return true
  return (
    isCapitalized(token.text) &&
    !NOT_NAMES.has(asOpener(token.text)) &&
    !BARE_SPEAKERS.has(token.text.toLowerCase())
  )
}

/** Whether the full stop at `index` belongs to a name: an initial ("J.") or a title ("Dr."). */
export function isNameStop(tokens: readonly StoryToken[], index: number): boolean {
  const previous = tokens[index - 1]?.text ?? ''
  return (
    tokens[index]?.text === '.' &&
    (/^\p{Lu}$/u.test(previous) || ABBREVIATIONS.has(previous)) &&
    isNameWord(tokens[index + 1])
  )
}

/** A run of name words in a token list, with its first and last token. */
export interface NameRun {
  first: number
  last: number
  /** The words as written, initials with their full stops ("J.D. Vance"). */
  words: string[]
}

/** The words of a run, initials joined with their full stops. */
function runWords(tokens: readonly StoryToken[], first: number, last: number): string[] {
  const words: string[] = []
  for (let index = first; index <= last; index += 1) {
    const text = tokens[index]?.text ?? ''
    if (text === '.') {
      words[words.length - 1] = `${words.at(-1) ?? ''}.`
      continue
    }
    const previous = words.at(-1) ?? ''
    if (/^\p{Lu}\.$/u.test(previous) && /^\p{Lu}$/u.test(text) && tokens[index + 1]?.text === '.') {
      words[words.length - 1] = previous + text // "J." + "D" → "J.D"
      continue
    }
    words.push(text)
  }
  return words
}

/**
 * Every run of capitalised words (with initials and particles) from `from` to `to` (exclusive).
 * Given the tokens' `text`, a run never crosses a line break (a headline and the next line).
 */
export function nameRuns(
  tokens: readonly StoryToken[],
  from = 0,
  to = tokens.length,
  text?: string,
): NameRun[] {
  const runs: NameRun[] = []
  let index = from
  while (index < to) {
    if (!isNameWord(tokens[index])) {
      index += 1
      continue
    }
    const first = index
    let last = index
    let cursor = index + 1
    while (cursor < to) {
      const token = tokens[cursor]
      if (isPossessive(tokens[cursor - 1]?.text ?? '')) break
      if (text?.slice(tokens[cursor - 1]?.end ?? 0, token?.start ?? 0).includes('\n')) break
      if (isNameWord(token)) last = cursor
      else if (isNameStop(tokens, cursor)) last = cursor
      else if (!(PARTICLES.has(token?.text ?? '') && isNameWord(tokens[cursor + 1]))) break
      cursor += 1
    }
    runs.push({ first, last, words: runWords(tokens, first, last) })
    index = last + 1
  }
  return runs
}

/** Drops the titles and roles before a name: "Mexican President Claudia Sheinbaum" → the name. */
export function withoutTitles(words: readonly string[]): string[] {
  let from = 0
  words.forEach((word, index) => {
    if (TITLES.has(word.replace(/\.$/, ''))) from = index + 1
  })
  return words.slice(from)
}

/** A run's name without titles and a possessive ending, or null when only titles are left. */
export function runName(tokens: readonly StoryToken[], run: NameRun): string | null {
  let words = withoutTitles(run.words)
  // "Secretary of State Marco Rubio": the words after "<title> of" finish the title.
  if (tokens[run.first - 1]?.text === 'of' && TITLES.has(tokens[run.first - 2]?.text ?? '')) {
    words = words.length > 2 ? words.slice(-2) : words
  }
  if (words.length === 0) return null
  return words.join(' ')
}

/** The name that ends at `tokens[end]` (inclusive), read backwards; null if none ends there. */
export function nameEndingAt(tokens: readonly StoryToken[], end: number): string | null {
  if (!isNameWord(tokens[end]) || isPossessive(tokens[end]?.text ?? '')) return null
  let first = end
  while (first > 0) {
    const previous = tokens[first - 1]
    if (isNameWord(previous) && !isPossessive(previous?.text ?? '')) first -= 1
    else if (isNameStop(tokens, first - 1)) first -= 1
    else if (PARTICLES.has(previous?.text ?? '') && isNameWord(tokens[first - 2])) first -= 1
    else break
  }
  return runName(tokens, { first, last: end, words: runWords(tokens, first, end) })
}

/** The name that starts at `tokens[start]`, read forwards; null if none starts there. */
export function nameStartingAt(tokens: readonly StoryToken[], start: number): string | null {
  const run = nameRuns(tokens, start, tokens.length)[0]
  if (!run || run.first !== start || isPossessive(tokens[run.last]?.text ?? '')) return null
  return runName(tokens, run)
}
