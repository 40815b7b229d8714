import { stateNameAt, stateOf } from './role-states'
import { nameRuns, withoutTitles } from './speaker-names'
import { tokenize, type StoryToken } from './story-words'

/** A person an article ties to a US state as a lawmaker or governor: "Rep. Ana Ruiz (R-Ore.)". */
export interface SeatMention {
  /** The person's name without titles ("Ana Ruiz", or a surname alone: "Ruiz"). */
  person: string
  /** The state, by its full name ("Oregon"). */
  state: string
  /** The exact passage naming person and state, and its offsets in the article's text. */
  text: string
  start: number
  end: number
}

/** Titles of people who hold a state's seat or office ("Rep.", "Sen.", "Gov."). */
const SEAT_TITLE =
  /^(?:Reps?|Sens?|Senators?|Representatives?|Congress(?:man|woman|member)|Del|Delegate|Gov|Governor|Speaker)\.?$/u

/** Words of a paragraph that make "<Name> of <State>" a seat ("Reps. A of Utah, B of Iowa"). */
const SEAT_WORDS =
  /\b(?:Reps?\.|Sens?\.|Senators?|Representatives?|Congress(?:man|woman|member)|lawmakers?|Gov\.|Governors?|Speaker)(?![\p{L}])/u

/** Party words that may stand between a state and a title ("Ohio GOP Sen. Ana Ruiz"). */
const PARTY_WORDS = /^(?:GOP|Republican|Democratic|Democrat|Independent)$/u

/** "(R-Calif.)", "(D-NY)", "(AZ)" just after a name. */
const IN_PARENTHESES = /^\s*\((?:([RDI])[-‑–])?([\p{Lu}][\p{L}.]{0,6}(?:\s?[\p{Lu}][\p{L}.]*)?)\)/u

/** ", R-N.C.," just after a name: the party is needed, a bare ", Md.," is too loose. */
const AFTER_COMMA = /^,\s*[RDI][-‑–]([\p{Lu}][\p{L}.]{0,6}(?:\s?[\p{Lu}][\p{L}.]*)?),/u

/** The paragraph of `text` around `offset`. */
function paragraphAround(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset) + 1
  const end = text.indexOf('\n', offset)
  return text.slice(start, end < 0 ? text.length : end)
}

/** The person's words of a run: without titles, party words, a leading state or a possessive. */
function personWords(words: readonly string[]): string[] {
  return withoutTitles(words)
    .map((word) => word.replace(/[’']s$/u, ''))
    .filter((word) => !PARTY_WORDS.test(word))
}

/**
 * The people an article ties to a US state's seat or office, in the forms news reports use:
 * "Rep. Ana Ruiz (R-Ore.)", "Ruiz (OR)", "Rep. Ana Ruiz, R-Ore.,", "Oregon Rep. Ana Ruiz", "Ohio
 * GOP Sen. Ana Ruiz", and "<Name> of <State>" where the name carries such a title or its
 * paragraph speaks of lawmakers ("Reps. Ana Ruiz of Oregon, Bo Lee of Utah"). A state after a name
 * with no title and no lawmaker near is no seat ("a nurse, Ana Ruiz of Oregon").
 */
export function findSeatMentions(
  text: string,
  tokens: readonly StoryToken[] = tokenize(text),
): SeatMention[] {
  const found: SeatMention[] = []
  for (const run of nameRuns(tokens, 0, tokens.length, text)) {
    const words = run.words
    const person = personWords(words)
    if (person.length === 0 || stateOf(person.join(' ')) !== null) continue
    const titled = words.some((word) => SEAT_TITLE.test(word))
    const runStart = tokens[run.first]?.start ?? 0
    // The passage opens at the state, the title or the name ("Later Rep. Bo Lee" → "Rep. Bo Lee").
    const opener =
      stateNameAt(words, 0) !== null
        ? (words[0] ?? '')
        : (words.find((word) => SEAT_TITLE.test(word)) ?? person[0] ?? '')
    const start = Math.max(runStart, text.indexOf(opener, runStart))
    const runEnd = tokens[run.last]?.end ?? start
    const push = (state: string, end: number) =>
      found.push({ person: person.join(' '), state, text: text.slice(start, end), start, end })
    // "Oregon Rep. Ana Ruiz", "Ohio GOP Sen. Ana Ruiz": a state, party words, then a title.
    const leading = stateNameAt(words, 0)
    if (leading) {
      let at = leading.length
      while (PARTY_WORDS.test(words[at] ?? '')) at += 1
      if (SEAT_TITLE.test(words[at] ?? '')) {
        push(leading.name, runEnd)
        continue
      }
    }
    const after = text.slice(runEnd, runEnd + 40)
    // "(R-Calif.)", "(AZ)", ", R-N.C.,": the state marked after the name.
    const inParentheses = IN_PARENTHESES.exec(after)
    const afterComma = inParentheses ? null : AFTER_COMMA.exec(after)
    const marked = inParentheses ?? afterComma
    if (marked) {
      const state = stateOf((inParentheses ? inParentheses[2] : afterComma?.[1]) ?? '')
      const party = afterComma !== null || inParentheses?.[1] !== undefined
      if (state && (titled || party || SEAT_WORDS.test(paragraphAround(text, runStart)))) {
        push(state, runEnd + marked[0].length - (afterComma ? 1 : 0))
        continue
      }
    }
    // "<Name> of <State>": a state's full name, after a titled name or among lawmakers.
    if (tokens[run.last + 1]?.text !== 'of') continue
    const next = run.last + 2
    const stateWords = tokens.slice(next, next + 3).map((token) => token.text)
    const state = stateNameAt(stateWords, 0)
    if (!state) continue
    if (!titled && (person.length < 2 || !SEAT_WORDS.test(paragraphAround(text, runStart))))
      continue
    push(state.name, tokens[next + state.length - 1]?.end ?? runEnd)
  }
  return found
}
