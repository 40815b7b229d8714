import { abbreviationKind } from './abbreviations'
import {
  isCurrencyChar,
  isDigitChar,
  isLetterChar,
  isLineBreakCode,
  isLowercaseChar,
  isUppercaseChar,
} from './characters'
import { markEmbedAttribution, markPhotoCredit } from './credits'
import { isLinkLike } from './links'
import { isBulletToken, isListMarkerToken, markListItems } from './lists'
import { tokenizeLine, type Token } from './tokens'
import {
  isSentenceOpener,
  isSpeechVerb,
  isSurestSentenceOpener,
  isTimeContinuation,
  isTimePhraseOpener,
} from './vocabulary'

/** A sentence as offsets into the text it was found in (UTF-16 units, `end` exclusive). */
export interface SentenceSpan {
  start: number
  end: number
}

/**
 * Split news text into sentences. The spans are in order, do not overlap, exclude surrounding
 * whitespace, and together cover every non-whitespace character of `text`.
 *
 * Every line break ends a sentence (in news copy each line is a paragraph, a headline or a
 * caption); within a line the text is read token by token, left to right, so the cost is linear in
 * the length of the text. A full stop, question or exclamation mark or ellipsis ends a sentence
 * when a new one plainly starts after it, which the rules below decide for abbreviations, initials,
 * quotations and their attributions, lists, links and photo credits.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let lineStart = 0
  for (let index = 0; index < text.length; index++) {
    if (isLineBreakCode(text.charCodeAt(index))) {
      splitLine(text, lineStart, index, spans)
      lineStart = index + 1
    }
  }
  splitLine(text, lineStart, text.length, spans)
  return spans
}

/** How far a quotation is followed, in tokens, to find whether it runs into an attribution. */
const quotationLookahead = 400

/** The longest a word is read to compare it with the word lists. */
const longestListedWord = 24

/** What is known while reading one line. */
interface LineState {
  text: string
  tokens: Token[]
  /** Index of the first token of the current sentence. */
  sentenceStart: number
  openDouble: boolean
  openSingle: boolean
}

function splitLine(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  const tokens = tokenizeLine(text, start, end)
  const first = tokens[0]
  if (!first) return
  markListItems(text, tokens)
  markEmbedAttribution(text, tokens)
  markPhotoCredit(text, tokens)

  const state: LineState = { text, tokens, sentenceStart: 0, openDouble: false, openSingle: false }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.opensDouble) state.openDouble = true
    if (token.opensSingle) state.openSingle = true
    const boundary = index + 1 < tokens.length && isBoundaryAfter(state, index, true)
    if (token.closesDouble) state.openDouble = false
    if (token.closesSingle) state.openSingle = false
    if (boundary) {
      spans.push({ start: (tokens[state.sentenceStart] as Token).start, end: token.end })
      state.sentenceStart = index + 1
    }
  }
  const last = tokens[tokens.length - 1] as Token
  spans.push({ start: (tokens[state.sentenceStart] as Token).start, end: last.end })
}

/**
 * Whether a sentence ends after token `index` (which is not the last of its line). With
 * `followQuotations` off, a question inside a quotation is judged as if the quotation stopped
 * there (used while looking ahead through a quotation).
 */
function isBoundaryAfter(state: LineState, index: number, followQuotations: boolean): boolean {
  const { tokens } = state
  const token = tokens[index] as Token
  const next = tokens[index + 1] as Token
  if (next.forcedBreakBefore) return true
  switch (token.terminal) {
    case 'none':
    case 'spacedEllipsis':
      return false
    case 'finalEllipsis':
      return startsSentence(state.text, next)
    case 'strong':
      if (startsWithLink(state.text, next)) return true
      return isBoundaryAfterQuestion(state, index, followQuotations)
    case 'ellipsis':
      return isBoundaryAfterQuestion(state, index, followQuotations)
    case 'period':
      return isBoundaryAfterPeriod(state, index)
  }
}

/** After `?`, `!` or `…`: a new sentence, unless a quotation runs on into its attribution. */
function isBoundaryAfterQuestion(
  state: LineState,
  index: number,
  followQuotations: boolean,
): boolean {
  const { text, tokens } = state
  const token = tokens[index] as Token
  if (!startsSentence(text, tokens[index + 1] as Token)) return false
  // "“Would I?” Trump asked." — the quotation closed, and its attribution follows.
  if (token.closesQuoteAfterTerminal) return !isAttribution(text, tokens, index + 1)
  // "“Would I knock out those factories? I would be proud to do it,” he said."
  const inDouble = state.openDouble && !token.closesDouble
  const inSingle = state.openSingle && !token.closesSingle
  if (followQuotations && (inDouble || inSingle)) {
    return !quotationRunsIntoAttribution(state, index, inDouble)
  }
  return true
}

/**
 * Whether the quotation open at token `index` closes before any other sentence ends, and closes
 * without a full stop of its own: with a comma or no mark (`… do it,” he said.`, a quoted
 * headline `‘Would I…? It’s OK With Me’`), or with a question or exclamation mark followed by its
 * attribution (`… really?” he asked.`).
 */
function quotationRunsIntoAttribution(state: LineState, index: number, double: boolean): boolean {
  const { text, tokens } = state
  const last = Math.min(tokens.length - 1, index + quotationLookahead)
  for (let ahead = index + 1; ahead <= last; ahead++) {
    const token = tokens[ahead] as Token
    if (token.forcedBreakBefore) return false
    if (double ? token.opensDouble : token.opensSingle) return false
    if (double ? token.closesDouble : token.closesSingle) {
      if (token.terminal === 'none') return true
      if (token.terminal !== 'strong' && token.terminal !== 'ellipsis') return false
      const after = tokens[ahead + 1]
      if (!after) return false
      return startKind(text, after) === 'lower' || isAttribution(text, tokens, ahead + 1)
    }
    if (token.terminal !== 'none' && ahead < tokens.length - 1) {
      if (isBoundaryAfter(state, ahead, false)) return false
    }
  }
  return false
}

/**
 * Whether the tokens from `index` attribute a quotation that just closed: capitalised words then a
 * verb of speech ("Trump said", "Mexican President Claudia Sheinbaum said", "Mr. Smith asked").
 */
function isAttribution(text: string, tokens: Token[], index: number): boolean {
  const last = Math.min(tokens.length - 1, index + 5)
  for (let ahead = index; ahead <= last; ahead++) {
    const token = tokens[ahead] as Token
    const kind = startKind(text, token)
    if (kind === 'lower') {
      return ahead > index && isSpeechVerb(leadingWord(text, token).toLowerCase())
    }
    if (kind !== 'upper' || token.opensDouble || token.opensSingle) return false
    if (token.terminal !== 'none') {
      const word = text.slice(token.coreStart, token.coreEnd)
      const abbreviation = abbreviationKind(word)
      if (token.terminal !== 'period') return false
      if (abbreviation !== 'title' && abbreviation !== 'initial') return false
    }
  }
  return false
}

/** After a full stop: abbreviations, initials, numbers and list markers decide. */
function isBoundaryAfterPeriod(state: LineState, index: number): boolean {
  const { text, tokens } = state
  const token = tokens[index] as Token
  const next = tokens[index + 1] as Token
  // "… compounds. . . . The practice …": the full stop ends the sentence, the ellipsis opens the
  // next one.
  const afterNext = tokens[index + 2]
  if (
    next.terminal === 'spacedEllipsis' &&
    !next.closesQuoteAfterTerminal &&
    afterNext &&
    startsSentence(text, afterNext)
  ) {
    return true
  }
  if (startsWithLink(text, next)) return true
  if (!startsSentence(text, next)) return false
  if (token.closesQuoteAfterTerminal) return true
  if (isSentenceInitialMarker(state, index)) return false

  const nextKind = startKind(text, next)
  const nextQuoted = next.opensDouble || next.opensSingle
  const nextWord = leadingWord(text, next)
  const word = text.slice(token.coreStart, token.coreEnd)
  switch (abbreviationKind(word)) {
    case undefined:
      return true
    case 'title':
    case 'continuation':
      return false
    case 'numberPrefix':
      return nextKind !== 'digit'
    case 'postpositive':
    case 'dottedAcronym':
      if (nextKind === 'digit') return false
      return nextQuoted || isSentenceOpener(nextWord)
    case 'time':
      if (nextKind === 'digit' || nextQuoted) return true
      if (isTimeContinuation(nextWord)) return false
      return !opensWithTimePhrase(state, index)
    case 'initial':
      if (word === 'I') return !isInitialOfName(state, index)
      // "J. R. R. Tolkien", "Michael J. Fox" against "He posts on X. He…".
      if (nextQuoted) return true
      return isSurestSentenceOpener(nextWord) && !isInitialToken(text, next)
    case 'letter':
      return nextKind !== 'digit'
  }
}

/** Whether `token` is an initial: one capital letter and a full stop ("R."). */
function isInitialToken(text: string, token: Token): boolean {
  return (
    token.terminal === 'period' &&
    token.coreEnd - token.coreStart === 1 &&
    abbreviationKind(text.slice(token.coreStart, token.coreEnd)) === 'initial'
  )
}

/** "At 5 a.m. Mr. Smith went to the bank.": the time phrase precedes the subject. */
function opensWithTimePhrase(state: LineState, index: number): boolean {
  const opener = state.tokens[state.sentenceStart] as Token
  return index - state.sentenceStart <= 3 && isTimePhraseOpener(leadingWord(state.text, opener))
}

/** "Albert I. Jones" (an initial) against "you and I. Did…" (the pronoun ending a sentence). */
function isInitialOfName(state: LineState, index: number): boolean {
  if (index === state.sentenceStart) return true
  const previous = state.tokens[index - 1] as Token
  return (
    previous.terminal === 'none' &&
    startKind(state.text, previous) === 'upper' &&
    !isSentenceOpener(leadingWord(state.text, previous))
  )
}

/** A list marker opening its sentence, maybe after a bullet: "1.", "a.", "• 9.", "⁃10.". */
function isSentenceInitialMarker(state: LineState, index: number): boolean {
  const { text, tokens, sentenceStart } = state
  if (index - sentenceStart > 2) return false
  for (let before = sentenceStart; before < index; before++) {
    if (!isBulletToken(text, tokens[before] as Token)) return false
  }
  return isListMarkerToken(text, tokens[index] as Token)
}

type StartKind = 'upper' | 'lower' | 'digit' | 'other'

/** How the word of `token` starts, after any opening quotes and brackets. */
function startKind(text: string, token: Token): StartKind {
  if (token.coreStart >= token.end) return 'other'
  const char = text[token.coreStart] ?? ''
  if (isUppercaseChar(char)) return 'upper'
  if (isLowercaseChar(char)) return 'lower'
  if (isDigitChar(char) || isCurrencyChar(char)) return 'digit'
  // A handle, ".@POTUS" included, names its author like a capitalised word.
  if (char === '@' || (char === '.' && text[token.coreStart + 1] === '@')) return 'upper'
  return 'other'
}

/**
 * Whether `token` can be the first of a sentence: a capital or a number, maybe after a quotation
 * mark.
 */
function startsSentence(text: string, token: Token): boolean {
  const kind = startKind(text, token)
  return kind === 'upper' || kind === 'digit'
}

/**
 * Whether `token` is a bare web address ("pic.twitter.com/…"), a unit of its own after a sentence.
 */
function startsWithLink(text: string, token: Token): boolean {
  if (token.coreStart !== token.start || token.end - token.start > 2000) return false
  return isLinkLike(text.slice(token.start, token.end))
}

/**
 * The letters that start the word of `token` ("It" for "“It’s"), at most a listed word's length.
 */
function leadingWord(text: string, token: Token): string {
  let end = token.coreStart
  const limit = Math.min(token.end, token.coreStart + longestListedWord)
  while (end < limit && isLetterChar(text[end] ?? '')) end++
  return text.slice(token.coreStart, end)
}
