import { isSpeechVerb } from '../text/vocabulary'
import { isCapitalized, isWord, type StoryToken } from './story-words'

/**
 * How a quotation's speaker was found: named in its attribution, a pronoun, a description ("the
 * ministry", "a doctor"), carried over from the quotation before it, or not at all.
 */
export type Attribution = 'named' | 'pronoun' | 'described' | 'continued' | 'none'

/** How sure the reading of a speaker is: only `high` speakers are written into tags. */
export type SpeakerConfidence = 'high' | 'low'

/** Who an article says spoke a quotation, and how that was read. */
export interface SpeakerGuess {
  /** A name ("Donald Trump"), a description ("the president"), or null when nobody is named. */
  speaker: string | null
  attribution: Attribution
  /** `high` for a name in the quotation's own attribution; `low` for descriptions and guesses. */
  confidence: SpeakerConfidence
}

/** Speech verbs as participles, which take the sentence's subject as the speaker. */
const PARTICIPLES = new Set([
  'accusing',
  'adding',
  'arguing',
  'calling',
  'claiming',
  'declaring',
  'denouncing',
  'describing',
  'dubbing',
  'explaining',
  'insisting',
  'noting',
  'saying',
  'stressing',
  'telling',
  'warning',
  'writing',
])

/** Speech verbs beyond the sentence splitter's list ("snapped", "recounted", "mentioned"). */
const MORE_SPEECH_VERBS = new Set([
  'accused',
  'answered',
  'assured',
  'boasted',
  'branded',
  'called',
  'complained',
  'conceded',
  'confirmed',
  'denounced',
  'dubbed',
  'explains',
  'insists',
  'mentioned',
  'notes',
  'observed',
  'pleaded',
  'promised',
  'recalls',
  'recounted',
  'recounts',
  'reiterated',
  'snapped',
  'states',
  'tweets',
  'urged',
  'vowed',
  'warns',
  'whispered',
  'yelled',
])

/** Verbs whose object is the listener, never the speaker ("told the Associated Press"). */
const LISTENER_VERBS = new Set(['told', 'tells', 'telling'])

/** Words that stand between a speaker and their verb ("Trump also said", "he later told"). */
const FILLERS = new Set(['also', 'then', 'later', 'again', 'has', 'had', 'have', 'once', 'further'])

/** Words of time between a speaker and their verb ("the Coast Guard on Thursday said"). */
const TIMES =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight)$/

/** Personal pronouns that stand for a speaker named earlier. */
const PRONOUNS = new Set(['he', 'she', 'they'])

/** Words after which a capitalised run is a place or an object, not the speaker ("of Ohio"). */
const PREPOSITIONS = new Set([
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'to',
  'with',
  'about',
  'against',
  'near',
  'over',
])

/** Nouns for a remark: "Ana Ruiz’s “…” remark", "her comment describing …". */
const REMARKS = new Set([
  'remark',
  'remarks',
  'comment',
  'comments',
  'quip',
  'line',
  'words',
  'phrase',
  'speech',
  'post',
  'statement',
])

/** Determiners that open a description of a speaker ("the ministry", "a doctor"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its'])

/** Nouns after a possessive that stand for its owner speaking ("the company's statement"). */
const VOICES = new Set([
  'statement',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'office',
  'website',
  'account',
  'release',
])

/** Plural nouns that are a speaker without a determiner ("officials said", "police said"). */
const BARE_SPEAKERS = new Set([
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

/** Whether `word` (any case) is a speech verb in the past or present tense, or a participle. */
export function isSpeechWord(word: string): boolean {
  const lower = word.toLowerCase()
  return isSpeechVerb(lower) || MORE_SPEECH_VERBS.has(lower) || PARTICIPLES.has(lower)
}

/** Whether a word is a possessive ("Trump’s"), which names an owner, not a speaker. */
export function isPossessive(word: string): boolean {
  return /\p{L}['’]s$/u.test(word)
}

function isNameWord(token: StoryToken | undefined): boolean {
  if (!token || !isWord(token)) return false
  if (token.text.startsWith('@')) return true
  return (
    isCapitalized(token.text) &&
    !NOT_NAMES.has(token.text) &&
    !BARE_SPEAKERS.has(token.text.toLowerCase())
  )
}

/** Whether the full stop at `index` belongs to a name: an initial ("J.") or a title ("Dr."). */
function isNameStop(tokens: readonly StoryToken[], index: number): boolean {
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
function runName(tokens: readonly StoryToken[], run: NameRun): string | null {
  let words = withoutTitles(run.words)
  // "Secretary of State Marco Rubio": the words after "<title> of" finish the title.
  if (tokens[run.first - 1]?.text === 'of' && TITLES.has(tokens[run.first - 2]?.text ?? '')) {
    words = words.length > 2 ? words.slice(-2) : words
  }
  if (words.length === 0) return null
  return words.join(' ')
}

/** Whether a run is a place or an object ("of Ohio", "at the White House"), not a speaker. */
function afterPreposition(tokens: readonly StoryToken[], run: NameRun): boolean {
  let index = run.first - 1
  if (DETERMINERS.has(tokens[index]?.text.toLowerCase() ?? '')) index -= 1
  const word = tokens[index]?.text.toLowerCase() ?? ''
  if (word === 'of' && TITLES.has(tokens[index - 1]?.text ?? '')) return false
  return PREPOSITIONS.has(word)
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

/** Whether words are a headline in title case ("Titan Found in Pieces, Five Declared Dead"). */
function isTitleCase(tokens: readonly StoryToken[]): boolean {
  const words = tokens.filter((token) => isWord(token) && /^\p{L}/u.test(token.text))
  const capitalised = words.filter((token) => isCapitalized(token.text)).length
  return words.length >= 4 && capitalised / words.length >= 0.6
}

function guess(
  speaker: string | null,
  attribution: Attribution,
  confidence: SpeakerConfidence,
): SpeakerGuess {
  return { speaker, attribution, confidence }
}

/** Whether a token ends a clause: a sentence's full stop, a semicolon or a quotation mark. */
function endsClause(tokens: readonly StoryToken[], index: number): boolean {
  const text = tokens[index]?.text ?? ''
  if (text === '.') return !isNameStop(tokens, index)
  return /^[;?!“”"«»]$/u.test(text)
}

/**
 * A description of a speaker from `from` to `end` (inclusive): from its first determiner ("a
 * doctor", "an employee at the hospital"), a possessive's owner for a statement ("the company's
 * statement" → "the company"), or a bare plural ("officials"); null if none.
 */
function describedIn(tokens: readonly StoryToken[], from: number, end: number): string | null {
  const words = tokens.slice(from, end + 1).map((token) => token.text)
  const last = words.at(-1)?.toLowerCase() ?? ''
  const owner = words.findIndex(
    (word, index) => isPossessive(word) && VOICES.has(words[index + 1]?.toLowerCase() ?? ''),
  )
  if (owner >= 0) {
    const start = words.slice(0, owner).findLastIndex((word) => DETERMINERS.has(word.toLowerCase()))
    const owned = words.slice(start >= 0 ? start : owner, owner + 1)
    owned[owned.length - 1] = (owned.at(-1) ?? '').replace(/['’]s$/u, '')
    return owned.join(' ')
  }
  const start = words.findIndex((word) => DETERMINERS.has(word.toLowerCase()))
  if (start >= 0 && start < words.length - 1 && !words.slice(start).includes(',')) {
    const phrase = words.slice(start)
    if (phrase.every((word) => isWord({ text: word, start: 0, end: 0 }))) {
      return phrase.join(' ').replace(/^(The|A|An)\b/, (article) => article.toLowerCase())
    }
  }
  if (words.length === 1 && BARE_SPEAKERS.has(last)) return last
  return null
}

/**
 * The speaker named by the phrase `tokens[from..verb)` that stands before a speech verb: a
 * pronoun or a name just before the verb (skipping "also", "later", adverbs in -ly), a name
 * before an appositive ("Ana Ruiz, 42, said", "Ana Ruiz, the mayor, said"), a name closing one
 * ("the agency's officer-in-charge, Assistant Secretary Jane Doe, said"), or a description.
 * Possessives ("Trump’s") and places ("of Ohio") are never speakers.
 */
function speakerInPhrase(
  tokens: readonly StoryToken[],
  from: number,
  verb: number,
): SpeakerGuess | null {
  let end = verb - 1
  for (let skipped = 0; skipped < 3 && end >= from; skipped += 1) {
    const word = tokens[end]?.text.toLowerCase() ?? ''
    if (FILLERS.has(word) || (/ly$/.test(word) && word.length > 4)) end -= 1
    else if (TIMES.test(word)) end -= tokens[end - 1]?.text.toLowerCase() === 'on' ? 2 : 1
  }
  if (end < from) return null
  const word = tokens[end]?.text ?? ''
  if (PRONOUNS.has(word.toLowerCase())) return guess(word, 'pronoun', 'high')
  if (/^(?:who|which|that)$/i.test(word)) {
    // "a comic at the rally who called it …": the person the relative clause is about.
    const run = nameRuns(tokens, from, end).at(-1)
    const name =
      run && run.last === end - 2 && tokens[end - 1]?.text === ',' ? runName(tokens, run) : null
    if (name) return guess(name, 'named', 'high')
    return guess(describedIn(tokens, from, end - 1), 'described', 'low')
  }
  const runs = nameRuns(tokens, from, end + 1).filter(
    (run) => !isPossessive(tokens[run.last]?.text ?? '') && !afterPreposition(tokens, run),
  )
  const named = (run: NameRun | undefined): SpeakerGuess | null => {
    const name = run ? runName(tokens, run) : null
    return name ? guess(name, 'named', 'high') : null
  }
  const direct = named(runs.find((run) => run.last === end))
  if (direct) return direct
  if (word === ',') {
    // An appositive closes before the verb: a name closing it, else the name before it.
    const closing = named(runs.find((run) => run.last === end - 1))
    if (closing) return closing
    const opening = tokens.slice(from, end).findLastIndex((token) => token.text === ',')
    if (opening >= 0) {
      const before = named(runs.find((run) => run.last === from + opening - 1))
      if (before) return before
      const description = describedIn(tokens, from, from + opening - 1)
      if (description) return guess(description, 'described', 'low')
    }
    const description = describedIn(tokens, from, end - 1)
    return description ? guess(description, 'described', 'low') : null
  }
  const segment = tokens.slice(from, end + 1).findLastIndex((token) => token.text === ',')
  const description = describedIn(tokens, segment >= 0 ? from + segment + 1 : from, end)
  if (description && isCapitalized(description)) return guess(description, 'named', 'high')
  return description ? guess(description, 'described', 'low') : null
}

/**
 * The speaker after a verb that opens an attribution ("said Trump", "said the agency's
 * officer-in-charge, Assistant Secretary Jane Doe", "explained spokesperson Ana Ruiz", "said a
 * doctor"); never after a verb whose object is the listener ("told the Associated Press").
 */
function speakerAfterVerb(tokens: readonly StoryToken[], verb: number): SpeakerGuess | null {
  if (LISTENER_VERBS.has(tokens[verb]?.text.toLowerCase() ?? '')) return null
  let end = verb + 1
  while (end < tokens.length && end - verb < 16 && !endsClause(tokens, end)) end += 1
  const next = tokens[verb + 1]?.text.toLowerCase() ?? ''
  if (PREPOSITIONS.has(next)) return null // "said in a statement", "said on Monday"
  if (next === 'that') return null // "said that Ana Ruiz …": the reported clause's subject
  const run = nameRuns(tokens, verb + 1, end).find(
    (candidate) =>
      !isPossessive(tokens[candidate.last]?.text ?? '') && !afterPreposition(tokens, candidate),
  )
  const name = run ? runName(tokens, run) : null
  if (name && run) {
    // Only lowercase words, possessives and commas may stand between the verb and the name.
    const between = tokens.slice(verb + 1, run.first)
    if (between.every((token) => !isCapitalized(token.text) || isPossessive(token.text))) {
      return guess(name, 'named', 'high')
    }
  }
  if (DETERMINERS.has(next)) {
    let last = verb + 1
    while (last + 1 < end && tokens[last + 1]?.text !== ',') last += 1
    const description = describedIn(tokens, verb + 1, last)
    if (description) return guess(description, 'described', 'low')
  }
  return null
}

function accordingTo(tokens: readonly StoryToken[]): SpeakerGuess | null {
  for (let index = 0; index + 2 < tokens.length; index += 1) {
    if (
      tokens[index]?.text.toLowerCase() === 'according' &&
      tokens[index + 1]?.text.toLowerCase() === 'to'
    ) {
      const start = tokens[index + 2]?.text.toLowerCase() === 'the' ? index + 3 : index + 2
      const name = nameStartingAt(tokens, start)
      if (name) return guess(name, 'named', 'high')
      let end = start
      while (end + 1 < tokens.length && isWord(tokens[end + 1])) end += 1
      const description = describedIn(tokens, index + 2, end)
      if (description) return guess(description, 'described', 'low')
    }
  }
  return null
}

/** Where the clause holding `tokens[index]` starts (after a full stop, semicolon or quote). */
function clauseStart(tokens: readonly StoryToken[], index: number): number {
  let start = index
  while (start > 0 && !endsClause(tokens, start - 1) && tokens[start - 1]?.text !== ':') start -= 1
  return start
}

/**
 * The speaker of a quotation from the words after it (`after`: up to the end of its sentence,
 * "…,” Trump said.", "…,” said the president.", "…,” Ana Ruiz, 42, told Reuters.") or, failing
 * that, before it (`before`: from the start of its sentence, "Trump replied: “…”", "X told the
 * AP that “…”", "…, saying, “…”", "@POTUS: “…”", "she pointed at him and snapped: “…”").
 * `subject` is the sentence's opening words, whose name a participle ("saying") or a colon
 * refers to. An attribution whose speaker cannot be read gives `described` with a null speaker,
 * so that no earlier speaker is carried onto the quotation.
 */
export function guessSpeaker(
  before: readonly StoryToken[],
  after: readonly StoryToken[],
  subject: readonly StoryToken[],
): SpeakerGuess {
  // After the quote: optional punctuation, then an attribution clause with a speech verb.
  let first = 0
  while (first < after.length && !isWord(after[first])) first += 1
  // A headline in title case after a quotation has no attribution ("Titan Found, Five Dead").
  const headline = isTitleCase(after.slice(first)) && !/^[.!?]$/.test(after.at(-1)?.text ?? '')
  if (first <= 2 && !headline) {
    for (let index = first; index < Math.min(after.length, first + 20); index += 1) {
      if (endsClause(after, index)) break
      const token = after[index]
      const statementReads =
        /^reads?$/i.test(token?.text ?? '') &&
        VOICES.has(after[index - 1]?.text.toLowerCase() ?? '')
      if (!token || !isWord(token) || !(isSpeechWord(token.text) || statementReads)) continue
      if (PARTICIPLES.has(token.text.toLowerCase())) break
      const found =
        index === first ? speakerAfterVerb(after, index) : speakerInPhrase(after, first, index)
      if (found) return found
      if (index - first <= 8) return guess(null, 'described', 'low')
      break
    }
  }
  // A headline's quotation with its speaker after a colon: "‘We will win’: Ana Ruiz".
  if (after[0]?.text === ':' && !headline) {
    const name = nameStartingAt(after, 1)
    if (name) return guess(name, 'named', 'high')
  }
  // "Ana Ruiz’s “…” remark": the remark's owner.
  const owner = before.at(-1)
  if (
    owner &&
    isPossessive(owner.text) &&
    REMARKS.has(after[first]?.text.toLowerCase() ?? '') &&
    first <= 1
  ) {
    const name = nameEndingAt(
      [...before.slice(0, -1), { ...owner, text: owner.text.replace(/['’]s$/u, '') }],
      before.length - 1,
    )
    if (name) return guess(name, 'named', 'high')
  }
  const according = accordingTo(after) ?? accordingTo(before)
  if (according) return according
  // "Name: “…”" — a speaker (or @handle) alone before a colon right before the quote.
  if (before.at(-1)?.text === ':') {
    let runStart = before.length - 2
    while (runStart > 0 && isNameWord(before[runStart - 1])) runStart -= 1
    const name = nameEndingAt(before, before.length - 2)
    if (name && (runStart === 0 || !isWord(before[runStart - 1]))) {
      return guess(name, 'named', 'high')
    }
  }
  // Before the quote: the last speech verb of the sentence and who stands before it.
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const token = before[index]
    if (!token || !isSpeechWord(token.text)) continue
    // "… a comic who called it “…”": the quotation is the relative clause's, not the verb's.
    const relative = before.slice(index + 1).findIndex((word) => /^(?:who|whom)$/i.test(word.text))
    if (relative >= 0) return guess(null, 'described', 'low')
    if (PARTICIPLES.has(token.text.toLowerCase())) {
      // "her 2016 comment describing them as “…”": the remark's owner, never the subject.
      if (REMARKS.has(before[index - 1]?.text.toLowerCase() ?? '')) {
        const at = before
          .slice(Math.max(0, index - 4), index)
          .findLastIndex((word) => isPossessive(word.text))
        const holder = at >= 0 ? before[Math.max(0, index - 4) + at] : undefined
        if (holder) {
          const position = Math.max(0, index - 4) + at
          const name = nameEndingAt(
            [...before.slice(0, position), { ...holder, text: holder.text.replace(/['’]s$/u, '') }],
            position,
          )
          if (name) return guess(name, 'named', 'high')
        }
        return guess(null, 'described', 'low')
      }
      // "he said, arguing that …": the earlier verb's speaker; else the sentence's subject.
      const earlier = before
        .slice(0, index)
        .findLastIndex(
          (word) => isSpeechWord(word.text) && !PARTICIPLES.has(word.text.toLowerCase()),
        )
      const found =
        earlier >= 0
          ? speakerInPhrase(before, clauseStart(before, earlier), earlier)
          : subjectOf(subject)
      if (found) return found
      continue
    }
    const found =
      speakerInPhrase(before, clauseStart(before, index), index) ??
      speakerAfterVerb(before, index) ??
      (before.at(-1)?.text === ':' ? subjectOf(subject) : null)
    if (found) return found
    return guess(null, 'described', 'low')
  }
  // "She pointed at him and snapped: “…”" with a verb the lists lack: the clause's subject.
  if (before.at(-1)?.text === ':') {
    const found = subjectOf(subject)
    if (found) return found
  }
  return guess(null, 'none', 'low')
}

/** Words that follow a sentence's subject: auxiliaries, and verbs in -ed or -s. */
function looksLikeVerb(word: string | undefined): boolean {
  if (!word || !/^\p{Ll}/u.test(word)) return false
  return (
    /^(has|had|is|was|will|would|could|also|then|later)$/.test(word) ||
    /(ed|s)$/.test(word) ||
    (isSpeechWord(word) && !PARTICIPLES.has(word))
  )
}

/**
 * The sentence's subject: the first name or pronoun followed by a verb ("Trump has signaled",
 * "Trump’s running mate, J.D. Vance, criticized"), skipping an appositive after the name.
 */
function subjectOf(tokens: readonly StoryToken[]): SpeakerGuess | null {
  for (let index = 0; index < tokens.length; index += 1) {
    const word = tokens[index]?.text ?? ''
    if (PRONOUNS.has(word.toLowerCase()) && looksLikeVerb(tokens[index + 1]?.text)) {
      return guess(word, 'pronoun', 'high')
    }
    if (!isNameWord(tokens[index]) || isNameWord(tokens[index - 1])) continue
    let end = index
    while (isNameWord(tokens[end + 1]) || isNameStop(tokens, end + 1)) end += 1
    const next = [end + 1]
    if (tokens[end + 1]?.text === ',') {
      // "J.D. Vance, also …" or an appositive: "Ana Ruiz, the mayor, said".
      const close = tokens.findIndex((token, at) => at > end + 1 && token.text === ',')
      next.splice(0, 1, end + 2)
      const opener = tokens[end + 2]?.text ?? ''
      if (close > end + 1 && close - end <= 9 && /^\p{Ll}/u.test(opener)) next.push(close + 1)
    }
    const verbFollows = next.some((at) => looksLikeVerb(tokens[at]?.text))
    if (!isPossessive(tokens[end]?.text ?? '') && verbFollows) {
      const name = nameEndingAt(tokens, end)
      if (name) return guess(name, 'named', 'high')
    }
    index = end
  }
  return null
}
