import { expandRoleAbbreviations, isTitleAbbreviation } from './role-abbreviations'
import { nameRuns, TITLES, withoutTitles, type NameRun } from './speaker-names'
import { isCapitalized, tokenize, type StoryToken } from './story-words'

/** A person named with a role in an article: "Mexican President Claudia Sheinbaum". */
export interface RoleMention {
  /** The person's name without titles ("Claudia Sheinbaum"). */
  person: string
  /** The role as written ("Mexican President", "a top state police officer"). */
  role: string
  /** The office, normalised ("president", "prime minister", "spokesperson"). */
  office: string
  /** Whose office it is, when the text says ("mexican", "mexico's" → "mexic"), else ''. */
  scope: string
  /** Whether the text says the person held the role before ("former", "then-", "ex-"). */
  former: boolean
  /** The exact passage naming role and person, and its offsets in the article's text. */
  text: string
  start: number
  end: number
}

/** Offices, longest first so that "vice president" is read before "president". */
const OFFICES = [
  'vice president',
  'prime minister',
  'attorney general',
  'secretary of state',
  'lieutenant governor',
  'running mate',
  'president',
  'minister',
  'secretary',
  'chancellor',
  'king',
  'queen',
  'governor',
  'mayor',
  'judge',
  'spokesperson',
  'spokesman',
  'spokeswoman',
  'ceo',
  'chairman',
  'chairwoman',
  'commissioner',
  'director',
  'leader',
  'senator',
  'representative',
  'superintendent',
  'ambassador',
  'candidate',
  'nominee',
  'officer',
  'founder',
  'co-founder',
  'comedian',
  'economist',
  'doctor',
  'coach',
  'captain',
  'general',
  'pope',
  'prosecutor',
  'sheriff',
  'commander',
  'chief',
]

/** Spellings of one office. */
const SAME_OFFICE: Readonly<Record<string, string>> = {
  spokesman: 'spokesperson',
  spokeswoman: 'spokesperson',
  chairwoman: 'chairman',
  'co-founder': 'founder',
}

/** Words that say the role is held no longer. */
const FORMER = /\b(?:former|then|ex|late|previous|erstwhile|onetime)\b/i

/** Words a role phrase may hold before its office ("top state police", "Economy"). */
const MAX_ROLE_WORDS = 7

/** Each office's pattern, compiled once. */
const OFFICE_PATTERNS = OFFICES.map((office) => ({
  office,
  pattern: new RegExp(`(?:^|[^\\p{L}-])(?:then-|ex-)?${office}(?![\\p{L}])`, 'gu'),
}))

/** Offices of one word, for a single word's lookup. */
const OFFICE_SET = new Set(OFFICES)

/** The first word of every office, to rule most words out without a pattern. */
const OFFICE_WORDS = new Set(OFFICES.flatMap((office) => office.split(/[ -]/)))

/**
 * The office a role phrase names, or null: the last office word in it, abbreviated titles read
 * as the office they stand for ("Hawaii Gov." → governor, "Lt. Gov." → lieutenant governor).
 */
export function officeOf(role: string): string | null {
  const lower = expandRoleAbbreviations(role.toLowerCase().replace(/[’']s\b/g, ''))
  if (/^\p{L}+$/u.test(lower)) {
    return OFFICE_SET.has(lower) ? (SAME_OFFICE[lower] ?? lower) : null
  }
  if (!lower.split(/[^\p{L}]+/u).some((word) => OFFICE_WORDS.has(word))) return null
  let best: { office: string; at: number } | null = null
  for (const { office, pattern } of OFFICE_PATTERNS) {
    pattern.lastIndex = 0
    for (const match of lower.matchAll(pattern)) {
      const at = (match.index ?? 0) + match[0].length
      if (!best || at > best.at) best = { office, at }
    }
  }
  return best ? (SAME_OFFICE[best.office] ?? best.office) : null
}

/** Whose office a role phrase names: a capitalised word before the office or after "of". */
function scopeOf(role: string, office: string): string {
  const after = /\bof (?:the )?(\p{Lu}[\p{L}.]*)/u.exec(role)
  const words = role.split(/\s+/)
  const before = words.find(
    (word) =>
      isCapitalized(word) &&
      !TITLES.has(word.replace(/[’']s$/u, '')) &&
      !isTitleAbbreviation(word) &&
      !MODIFIERS.has(word.toLowerCase()) &&
      !office.split(' ').includes(word.toLowerCase()),
  )
  const word = after?.[1] ?? before ?? ''
  return word
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .slice(0, 5)
}

/** Lowercase words a role phrase may hold besides its office ("former", "top state police"). */
const MODIFIERS = new Set(
  (
    'former then ex acting interim outgoing incumbent current top senior deputy state police ' +
    'city federal district foreign finance economy interior defense defence health house press ' +
    'security army military government chief executive national opposition party campaign ' +
    'rival presidential prime vice running the a an his her their its local regional'
  ).split(' '),
)

/** Lowercase words that end a role phrase read backwards from a name. */
const NOT_ROLE_WORDS = new Set(
  (
    'and or but nor by with to of for from in on at as is was are were be been has had have ' +
    'said says told tells met meets met saw named called asked and than that this these those ' +
    'who whom which what when where while after before during under over between against ' +
    'including like about into onto upon near via per not also only even just still'
  ).split(' '),
)

/** Whether a word can be part of a role phrase before a name ("then-president", "top", "U.S."). */
function isRoleWord(token: StoryToken | undefined): boolean {
  if (!token || !/^[\p{L}.’'-]+$/u.test(token.text)) return false
  if (isCapitalized(token.text)) return true
  const word = token.text.toLowerCase().replace(/^(?:then|ex)-/, '')
  if (MODIFIERS.has(word) || officeOf(word) !== null || /[’']s$/u.test(word)) return true
  // Other nouns of a role ("fire" officer), but not verbs or linking words.
  return !NOT_ROLE_WORDS.has(word) && !/(?:ed|ly|ing)$/.test(word) && word.length > 2
}

function mention(
  text: string,
  person: string,
  role: string,
  start: number,
  end: number,
): RoleMention | null {
  const trimmed = trimRole(role.trim())
  const office = officeOf(trimmed)
  if (!office) return null
  const passage = text.slice(start, end)
  if (passage.endsWith(role.trim())) end -= role.trim().length - trimmed.length
  return {
    person,
    role: trimmed,
    office,
    scope: scopeOf(role, office),
    former: FORMER.test(role),
    text: text.slice(start, end),
    start,
    end,
  }
}

/** Whether a capitalised word is part of a role ("Then-president", "Former", "Outgoing"). */
function isRoleTitle(word: string): boolean {
  const lower = word.toLowerCase().replace(/^(?:then|ex)-/, '')
  return (
    TITLES.has(word.replace(/\.$/, '')) ||
    isTitleAbbreviation(word) ||
    MODIFIERS.has(lower) ||
    officeOf(lower) !== null
  )
}

/** How many words open a run as its role ("Mexican President", "Then-president"). */
function titleWords(run: NameRun): number {
  const fromTitles = run.words.length - withoutTitles(run.words).length
  let count = fromTitles
  while (count < run.words.length - 1 && isRoleTitle(run.words[count] ?? '')) count += 1
  return count
}

/** The name of a run, without titles; null when the run is only titles. */
function personOf(run: NameRun): string | null {
  const words = run.words.slice(titleWords(run)).map((word) => word.replace(/[’']s$/u, ''))
  return words.length > 0 ? words.join(' ') : null
}

/** A role phrase cut before a place or time after its office ("officer in the north"). */
function trimRole(role: string): string {
  return role.replace(/\s+(?:in|at|from|for|with|who|which|since|on)\b.*$/su, '')
}

/**
 * The people an article names with a role: "<role> <Person>" ("Mexican President Claudia
 * Sheinbaum", "then-president Ana Ruiz", "White House spokesman Ana Ruiz"), "<Person>, <role>"
 * ("Ana Ruiz, the country's president,") and "<role>, <Person>" ("the incumbent president, Ana
 * Ruiz"). A role must name an office ({@link officeOf}); "former", "then-" and "ex-" mark one
 * held before. `tokens` are the text's tokens, when the caller has them already.
 */
export function findRoleMentions(
  text: string,
  tokens: readonly StoryToken[] = tokenize(text),
): RoleMention[] {
  const runs = nameRuns(tokens, 0, tokens.length, text)
  const found: RoleMention[] = []
  const sliceOf = (first: number, last: number) => ({
    start: tokens[first]?.start ?? 0,
    end: tokens[last]?.end ?? 0,
  })
  runs.forEach((run, runIndex) => {
    const person = personOf(run)
    if (!person) return
    if (/^(?:of|the)$/i.test(tokens[run.first - 1]?.text ?? '')) return // "Minister of Economy"
    const titleCount = titleWords(run)
    // "<role> <Person>": titles inside the run and role words just before it.
    // One capitalised run may stand in the role ("former Labour leader", "White House spokesman").
    let first = run.first
    let jumped = false
    // "Atty. Gen. Bo Lind", "Sec. Bo Lind": a title the name reader leaves out at its full stop.
    const abbreviationBefore = (at: number) =>
      tokens[at - 1]?.text === '.' &&
      tokens[at - 1]?.start === tokens[at - 2]?.end &&
      isTitleAbbreviation(`${tokens[at - 2]?.text ?? ''}.`)
    while (abbreviationBefore(first) && run.first - first < MAX_ROLE_WORDS) first -= 2
    while (
      first > 0 &&
      run.first - first < MAX_ROLE_WORDS &&
      isRoleWord(tokens[first - 1]) &&
      !text.slice(tokens[first - 1]?.end ?? 0, tokens[first]?.start ?? 0).includes('\n') &&
      (!isCapitalized(tokens[first - 1]?.text ?? '') ||
        (!jumped && runs[runIndex - 1]?.last === first - 1))
    ) {
      if (isCapitalized(tokens[first - 1]?.text ?? '')) {
        first = runs[runIndex - 1]?.first ?? first - 1
        jumped = true
        continue
      }
      first -= 1
    }
    const personStart = titleCount > 0 ? firstPersonToken(tokens, run, titleCount) : run.first
    if (first < personStart) {
      const { start } = sliceOf(first, first)
      const roleEnd = tokens[personStart - 1]?.end ?? start
      const role = text.slice(start, roleEnd)
      if (officeOf(role)) {
        const made = mention(text, person, role, start, tokens[run.last]?.end ?? roleEnd)
        if (made) found.push(made)
        return
      }
    }
    // "<Person>, <role>,": an appositive after the name.
    if (tokens[run.last + 1]?.text === ',') {
      let last = run.last + 2
      while (
        last < tokens.length &&
        last - run.last <= MAX_ROLE_WORDS + 2 &&
        !/^[,.;:()“”"]$/u.test(tokens[last]?.text ?? '')
      ) {
        last += 1
      }
      const opener = tokens[run.last + 2]?.text.toLowerCase() ?? ''
      if (
        last > run.last + 2 &&
        /^(?:the|a|an|his|her|its|their|current|former|then-\p{L}+|ex-\p{L}+|\p{L}+[’']s)$/u.test(
          opener,
        )
      ) {
        const { start } = sliceOf(run.last + 2, run.last + 2)
        const roleEnd = tokens[last - 1]?.end ?? start
        const made = mention(
          text,
          person,
          text.slice(start, roleEnd),
          tokens[run.first]?.start ?? 0,
          roleEnd,
        )
        if (made) {
          found.push(made)
          return
        }
      }
    }
    // "<role>, <Person>": an appositive before the name.
    if (tokens[run.first - 1]?.text === ',') {
      let first = run.first - 2
      while (
        first > 0 &&
        run.first - first <= MAX_ROLE_WORDS + 2 &&
        !/^[,.;:()“”"]$/u.test(tokens[first - 1]?.text ?? '')
      ) {
        first -= 1
      }
      const words = tokens.slice(first, run.first - 1)
      const opener = words.findIndex((token) =>
        /^(?:the|a|an|his|her|its|their)$/i.test(token.text),
      )
      if (opener >= 0 && opener >= words.length - MAX_ROLE_WORDS) {
        const from = first + opener
        const start = tokens[from]?.start ?? 0
        const roleEnd = tokens[run.first - 2]?.end ?? start
        const made = mention(
          text,
          person,
          text.slice(start, roleEnd),
          start,
          tokens[run.last]?.end ?? roleEnd,
        )
        if (made) found.push(made)
      }
    }
  })
  return found
}

/** The first token of the person's name inside a run that opens with `titles` title words. */
function firstPersonToken(tokens: readonly StoryToken[], run: NameRun, titles: number): number {
  let seen = 0
  for (let index = run.first; index <= run.last; index += 1) {
    const text = tokens[index]?.text ?? ''
    if (text === '.') continue
    if (seen === titles) return index
    if (!(
      /^\p{Lu}$/u.test(text) &&
      tokens[index + 1]?.text === '.' &&
      /^\p{Lu}$/u.test(tokens[index + 2]?.text ?? '')
    )) {
      seen += 1
    }
  }
  return run.last
}
