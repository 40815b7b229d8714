import { isSpeechVerb } from '../text/vocabulary'
import { isCapitalized, isWord, type StoryToken } from './story-words'

/** How a quotation's speaker was found. */
export type Attribution = 'named' | 'pronoun' | 'described' | 'continued' | 'none'

/** Who an article says spoke a quotation, and how that was read. */
export interface SpeakerGuess {
  /** A name ("Donald Trump"), a description ("the president"), or null when nobody is named. */
  speaker: string | null
  attribution: Attribution
}

/** Speech verbs as participles, which take the sentence's subject as the speaker. */
const PARTICIPLES = new Set([
  'adding',
  'arguing',
  'claiming',
  'declaring',
  'explaining',
  'insisting',
  'noting',
  'saying',
  'stressing',
  'telling',
  'warning',
  'writing',
])

/** Words that stand between a speaker and their verb ("Trump also said", "he later told"). */
const FILLERS = new Set(['also', 'then', 'later', 'again', 'has', 'had', 'have', 'once', 'further'])

/** Personal pronouns that stand for a speaker named earlier. */
const PRONOUNS = new Set(['he', 'she', 'they'])

/** Titles and roles that stand before a name and are not part of it. */
const ROLES = new Set([
  'Admiral',
  'Ambassador',
  'Attorney',
  'CEO',
  'Captain',
  'Chairman',
  'Chairwoman',
  'Chancellor',
  'Chief',
  'Colonel',
  'Commissioner',
  'Director',
  'Dr',
  'General',
  'Gen',
  'Gov',
  'Governor',
  'Judge',
  'Justice',
  'King',
  'Leader',
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
  'Rep',
  'Representative',
  'Secretary',
  'Sen',
  'Senator',
  'Sheriff',
  'Speaker',
  'Spokesman',
  'Spokesperson',
  'Spokeswoman',
])

/** Capitalised words that open sentences or clauses and are never names. */
const NOT_NAMES = new Set([
  'A',
  'After',
  'An',
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
  'So',
  'Still',
  'That',
  'The',
  'Then',
  'These',
  'This',
  'Those',
  'We',
  'When',
  'While',
  'Yet',
])

/** Lowercase particles inside names ("Tren de Aragua", "Ludwig van Beethoven"). */
const PARTICLES = new Set(['de', 'del', 'da', 'dos', 'van', 'von', 'bin', 'al', 'la', 'le'])

/** Roles that, after "the" or "a", describe a speaker who is not named ("the president said"). */
const DESCRIBED_ROLES = new Set([
  'president',
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'official',
  'officials',
  'senator',
  'governor',
  'mayor',
  'secretary',
  'administration',
  'statement',
])

/** Whether `word` (any case) is a speech verb in the past or present tense. */
export function isSpeechWord(word: string): boolean {
  const lower = word.toLowerCase()
  return isSpeechVerb(lower) || PARTICIPLES.has(lower)
}

function isNameWord(token: StoryToken | undefined): boolean {
  if (!token || !isWord(token)) return false
  if (token.text.startsWith('@')) return true
  return isCapitalized(token.text) && !NOT_NAMES.has(token.text)
}

/** Drops the titles and roles before a name: "Mexican President Claudia Sheinbaum" → the name. */
function withoutRoles(words: readonly string[]): string {
  let from = 0
  words.forEach((word, index) => {
    if (ROLES.has(word.replace(/\.$/, ''))) from = index + 1
  })
  const name = words.slice(from)
  return (name.length > 0 ? name : words).join(' ')
}

/** The name that ends at `tokens[end]` (inclusive), read backwards; null if none ends there. */
export function nameEndingAt(tokens: readonly StoryToken[], end: number): string | null {
  const words: string[] = []
  let index = end
  while (index >= 0) {
    const token = tokens[index]
    if (!token) break
    if (token.text === '.' && /^\p{Lu}$/u.test(tokens[index - 1]?.text ?? '')) {
      index -= 1 // an initial: "Donald J. Trump"
      continue
    }
    if (isNameWord(token) || (PARTICLES.has(token.text) && words.length > 0)) {
      words.unshift(token.text)
      index -= 1
      continue
    }
    break
  }
  while (words.length > 0 && PARTICLES.has(words[0] ?? '')) words.shift()
  // "Secretary of State Marco Rubio": the words after "<role> of" finish the title.
  if (
    tokens[index]?.text === 'of' &&
    ROLES.has(tokens[index - 1]?.text ?? '') &&
    words.length > 2
  ) {
    words.splice(0, words.length - 2)
  }
  return words.length > 0 ? withoutRoles(words) : null
}

/** The name that starts at `tokens[start]`, read forwards; null if none starts there. */
export function nameStartingAt(tokens: readonly StoryToken[], start: number): string | null {
  const words: string[] = []
  for (let index = start; index < tokens.length; index += 1) {
    const token = tokens[index]
    if (!token) break
    if (token.text === '.' && words.length > 0 && /^\p{Lu}$/u.test(words.at(-1) ?? '')) continue
    if (isNameWord(token) || (PARTICLES.has(token.text) && words.length > 0)) {
      words.push(token.text)
      continue
    }
    break
  }
  while (words.length > 0 && PARTICLES.has(words.at(-1) ?? '')) words.pop()
  return words.length > 0 ? withoutRoles(words) : null
}

/** "the president" / "a spokesman" ending at `tokens[end]`, or null. */
function descriptionEndingAt(tokens: readonly StoryToken[], end: number): string | null {
  const role = tokens[end]?.text.toLowerCase()
  const article = tokens[end - 1]?.text.toLowerCase()
  if (role && DESCRIBED_ROLES.has(role) && (article === 'the' || article === 'a')) {
    return `${article} ${role}`
  }
  return null
}

/** The speaker standing just before `tokens[verb]`, skipping "also", "then", adverbs in -ly. */
function speakerBefore(tokens: readonly StoryToken[], verb: number): SpeakerGuess | null {
  let index = verb - 1
  for (let skipped = 0; skipped < 2; skipped += 1) {
    const word = tokens[index]?.text.toLowerCase() ?? ''
    if (FILLERS.has(word) || (/ly$/.test(word) && word.length > 4)) index -= 1
  }
  const word = tokens[index]?.text
  if (word && PRONOUNS.has(word.toLowerCase())) return { speaker: word, attribution: 'pronoun' }
  const name = nameEndingAt(tokens, index)
  if (name) return { speaker: name, attribution: 'named' }
  const description = descriptionEndingAt(tokens, index)
  return description ? { speaker: description, attribution: 'described' } : null
}

/** The speaker just after `tokens[verb]` ("said Trump", "said the president"). */
function speakerAfter(tokens: readonly StoryToken[], verb: number): SpeakerGuess | null {
  const name = nameStartingAt(tokens, verb + 1)
  if (name) return { speaker: name, attribution: 'named' }
  const description = descriptionEndingAt(tokens, verb + 2)
  return description ? { speaker: description, attribution: 'described' } : null
}

function accordingTo(tokens: readonly StoryToken[]): SpeakerGuess | null {
  for (let index = 0; index + 2 < tokens.length; index += 1) {
    if (
      tokens[index]?.text.toLowerCase() === 'according' &&
      tokens[index + 1]?.text.toLowerCase() === 'to'
    ) {
      const start = tokens[index + 2]?.text.toLowerCase() === 'the' ? index + 3 : index + 2
      const name = nameStartingAt(tokens, start)
      if (name) return { speaker: name, attribution: 'named' }
    }
  }
  return null
}

/**
 * The speaker of a quotation from the words after it (`after`: up to the end of its sentence,
 * "…,” Trump said.", "…,” said the president.") or, failing that, before it (`before`: from the
 * start of its sentence, "Trump replied: “…”", "X said, “…”", "…, saying, “…”", "@POTUS: “…”").
 * `subject` is the sentence's opening words, whose name a participle ("saying") refers to.
 */
export function guessSpeaker(
  before: readonly StoryToken[],
  after: readonly StoryToken[],
  subject: readonly StoryToken[],
): SpeakerGuess {
  // After the quote: optional punctuation, then "Name verb", "pronoun verb" or "verb Name".
  let first = 0
  while (first < after.length && !isWord(after[first])) first += 1
  if (first <= 2) {
    for (let index = first; index < Math.min(after.length, first + 6); index += 1) {
      const token = after[index]
      if (!token || !isWord(token)) break
      if (isSpeechWord(token.text)) {
        const guess = index === first ? speakerAfter(after, index) : speakerBefore(after, index)
        if (guess) return guess
        break
      }
    }
  }
  const according = accordingTo(after) ?? accordingTo(before)
  if (according) return according
  // "Name: “…”" — a speaker (or @handle) alone before a colon right before the quote.
  if (before.at(-1)?.text === ':') {
    let runStart = before.length - 2
    while (runStart > 0 && isNameWord(before[runStart - 1])) runStart -= 1
    const name = nameEndingAt(before, before.length - 2)
    if (name && (runStart === 0 || !isWord(before[runStart - 1]))) {
      return { speaker: name, attribution: 'named' }
    }
  }
  // Before the quote: the last speech verb of the sentence and who stands before it.
  for (let index = before.length - 1; index >= 0; index -= 1) {
    const token = before[index]
    if (!token || !isSpeechWord(token.text)) continue
    if (PARTICIPLES.has(token.text.toLowerCase())) {
      // "he said, arguing that …": the earlier verb's speaker; else the sentence's subject.
      const earlier = before
        .slice(0, index)
        .findLastIndex(
          (word) => isSpeechWord(word.text) && !PARTICIPLES.has(word.text.toLowerCase()),
        )
      const guess = earlier >= 0 ? speakerBefore(before, earlier) : subjectOf(subject)
      if (guess) return guess
      continue
    }
    const guess = speakerBefore(before, index) ?? speakerAfter(before, index)
    if (guess) return guess
  }
  return { speaker: null, attribution: 'none' }
}

/** Words that follow a sentence's subject: auxiliaries, and verbs in -ed or -s. */
function looksLikeVerb(word: string | undefined): boolean {
  if (!word || !/^\p{Ll}/u.test(word)) return false
  return /^(has|had|is|was|will|would|could|also)$/.test(word) || /(ed|s)$/.test(word)
}

/** The sentence's subject: the first name or pronoun followed by a verb ("Trump has signaled"). */
function subjectOf(tokens: readonly StoryToken[]): SpeakerGuess | null {
  for (let index = 0; index < tokens.length; index += 1) {
    const word = tokens[index]?.text ?? ''
    if (PRONOUNS.has(word.toLowerCase()) && looksLikeVerb(tokens[index + 1]?.text)) {
      return { speaker: word, attribution: 'pronoun' }
    }
    if (!isNameWord(tokens[index]) || isNameWord(tokens[index - 1])) continue
    let end = index
    while (isNameWord(tokens[end + 1])) end += 1
    if (looksLikeVerb(tokens[end + 1]?.text)) {
      const name = nameEndingAt(tokens, end)
      if (name) return { speaker: name, attribution: 'named' }
    }
    index = end
  }
  return null
}
