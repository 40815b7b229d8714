import { abbreviationKind } from './abbreviations'
import {
  isCurrencyChar,
  isDigitChar,
  isLetterChar,
  isLowercaseChar,
  isUppercaseChar,
} from './characters'
import { markEmbedSignatureEnd } from './credits'
import { forEachReadingLine } from './line-joins'
import { isEmbedLink, isLinkLike } from './links'
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
 * Split news text into sentence units. The spans are in order, do not overlap, exclude
 * surrounding whitespace, and together cover every non-whitespace character of `text`.
 *
 * A line break ends a sentence (in news copy each line is a paragraph, a headline or a caption),
 * except a single line break inside a sentence, as a PDF or an e-mail wraps text (see
 * `forEachReadingLine`). Within a line the text is read token by token, left to right, so the cost is
 * linear in the length of the text. A full stop, question or exclamation mark or ellipsis ends a
 * sentence when a new one plainly starts after it, which the rules below decide for
 * abbreviations, initials, quotations and their attributions, lists and links. A quotation that
 * closes on its line is never cut: its sentences and its attribution make one unit, so that a
 * quote tag covers the whole remark. An embedded post's link and signature stay with the post,
 * and a caption's credit with the caption unless punctuation parts them.
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  forEachReadingLine(text, (start, end) => splitLine(text, start, end, spans))
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
  /** Index of the token that closes the quotation open now, or -1: no boundary comes before it. */
  quotationEnd: number
}

function splitLine(text: string, start: number, end: number, spans: SentenceSpan[]): void {
  const tokens = tokenizeLine(text, start, end)
  const first = tokens[0]
  if (!first) return
  markListItems(text, tokens)
  markEmbedSignatureEnd(text, tokens)

  const state: LineState = {
    text,
    tokens,
    sentenceStart: 0,
    openDouble: false,
    openSingle: false,
    quotationEnd: -1,
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token
    if (token.opensDouble) state.openDouble = true
    if (token.opensSingle) state.openSingle = true
    if (index >= state.quotationEnd && (token.opensDouble || token.opensSingle)) {
      state.quotationEnd = closingToken(text, tokens, index, token.opensDouble)
    }
    const inClosedQuotation = index < state.quotationEnd
    const boundary =
      index + 1 < tokens.length && !inClosedQuotation && isBoundaryAfter(state, index, true)
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
 * The index of the token that closes the quotation opened at token `index` on the same line, or
 * -1 when it does not close there before another quotation of the same kind opens, a forced break
 * (a list item) comes, or {@link quotationLookahead} tokens have passed. The scan stops at the
 * next opening mark, so the scans of a line together read each token at most twice.
 */
function closingToken(
  text: string,
  tokens: readonly Token[],
  index: number,
  double: boolean,
): number {
  const opening = tokens[index] as Token
  if (double ? opening.closesDouble : opening.closesSingle) return -1
  const last = Math.min(tokens.length - 1, index + quotationLookahead)
  for (let ahead = index + 1; ahead <= last; ahead++) {
    const token = tokens[ahead] as Token
    if (token.forcedBreakBefore) return -1
    if (double ? token.opensDouble : token.opensSingle) return -1
    if (double ? token.closesDouble : token.closesSingle) {
      // A single mark also ends possessives ("the workers’"): only one after a sentence's end
      // or a comma closes a quotation.
      if (!double && token.terminal === 'none' && text[token.coreEnd - 1] !== ',') return -1
      return ahead
    }
  }
  return -1
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
      if (startsWithLink(state.text, next) && !isEmbedLinkToken(state.text, next)) return true
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
  if (startsWithLink(text, next)) return !isEmbedLinkToken(text, next)
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

/** Whether `token` is the link an embedded post leaves ("pic.twitter.com/…"): it stays with it. */
function isEmbedLinkToken(text: string, token: Token): boolean {
  return token.end - token.start <= 2000 && isEmbedLink(text.slice(token.coreStart, token.end))
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
