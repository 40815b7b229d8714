import { isAbbreviation } from './abbreviations'
import {
  isCloserChar,
  isClosingQuoteChar,
  isDigitChar,
  isDoubleQuoteChar,
  isLetterChar,
  isLowercaseChar,
  isOpenerChar,
  isOpeningQuoteChar,
  isStrongTerminalChar,
  isTerminalChar,
  isUppercaseChar,
  isWhitespaceCode,
} from './characters'
import { hasAddressCharacters } from './links'

/** What the punctuation at the end of a token says about a sentence end. */
export type TerminalKind =
  /** No terminal mark: `word`, `it,”`, `U.S,`. */
  | 'none'
  /** One full stop (two are taken as one): `word.`, `U.S.`, `me.”`. */
  | 'period'
  /** A question or exclamation mark, maybe among others: `drugs?`, `Hello!?`. */
  | 'strong'
  /** A three-dot ellipsis without spaces: `...`, `…`. */
  | 'ellipsis'
  /** A three-dot ellipsis with spaces: `. . .`, which marks an omission inside a sentence. */
  | 'spacedEllipsis'
  /** Four dots or more, spaced or not (an ellipsis and a full stop): `....`, `. . . .`. */
  | 'finalEllipsis'

/**
 * A word of one line with the punctuation attached to it, as offsets into the whole text. Tokens
 * are the runs of non-whitespace characters, except that a run is cut where a sentence plainly
 * ends without a space ("world.Today"), and spaced dots (". . .") make one token.
 */
export interface Token {
  /** Offset of the first character. */
  start: number
  /** Offset after the last character. */
  end: number
  /** End of the leading opening quotes and brackets: where the word proper starts. */
  coreStart: number
  /** Start of the trailing terminal marks and closing quotes and brackets. */
  coreEnd: number
  terminal: TerminalKind
  /** A closing quotation mark follows the last terminal mark (`me.”`, `drugs?”`). */
  closesQuoteAfterTerminal: boolean
  /** An opening double quotation mark precedes the word. */
  opensDouble: boolean
  /** An opening single quotation mark precedes the word. */
  opensSingle: boolean
  /** A closing double quotation mark ends the token, maybe before or after punctuation. */
  closesDouble: boolean
  /** A closing single quotation mark (or an apostrophe) ends the token. */
  closesSingle: boolean
  /** A sentence must start at this token (a list item, a glued sentence, a credit). */
  forcedBreakBefore: boolean
}

/** Analyse the token `text.slice(start, end)`, which holds no whitespace. */
function makeToken(text: string, start: number, end: number, forcedBreakBefore: boolean): Token {
  let coreStart = start
  let opensDouble = false
  let opensSingle = false
  while (coreStart < end) {
    const char = text[coreStart] ?? ''
    if (!isOpenerChar(char)) break
    if (isOpeningQuoteChar(char)) {
      if (isDoubleQuoteChar(char)) opensDouble = true
      else opensSingle = true
    }
    coreStart++
  }

  let coreEnd = end
  while (coreEnd > coreStart) {
    const char = text[coreEnd - 1] ?? ''
    if (!isTerminalChar(char) && !isCloserChar(char)) break
    coreEnd--
  }

  let closesDouble = false
  let closesSingle = false
  for (let index = end - 1; index >= coreStart; index--) {
    const char = text[index] ?? ''
    if (isClosingQuoteChar(char)) {
      if (isDoubleQuoteChar(char)) closesDouble = true
      else closesSingle = true
    } else if (!isTerminalChar(char) && !isCloserChar(char) && !isClausePunctuation(char)) {
      break
    }
  }

  // An omission mark in brackets, "[...]" or "(…)", is not the end of anything.
  let clusterStart = coreEnd
  const before = text[coreEnd - 1]
  if (before === '[' || before === '(') {
    let index = coreEnd
    while (index < end && isTerminalChar(text[index] ?? '')) index++
    const bracket = text[index]
    if (index > coreEnd && (bracket === ']' || bracket === ')')) clusterStart = index + 1
  }

  let dots = 0
  let strong = false
  let lastTerminal = -1
  for (let index = clusterStart; index < end; index++) {
    const char = text[index] ?? ''
    if (!isTerminalChar(char)) continue
    lastTerminal = index
    if (char === '…') dots += 3
    else if (isStrongTerminalChar(char)) strong = true
    else dots++
  }
  let closesQuoteAfterTerminal = false
  if (lastTerminal >= 0) {
    for (let index = lastTerminal + 1; index < end; index++) {
      if (isClosingQuoteChar(text[index] ?? '')) closesQuoteAfterTerminal = true
    }
  }

  return {
    start,
    end,
    coreStart,
    coreEnd,
    terminal: strong
      ? 'strong'
      : dots === 0
        ? 'none'
        : dots <= 2
          ? 'period'
          : dots === 3
            ? 'ellipsis'
            : 'finalEllipsis',
    closesQuoteAfterTerminal,
    opensDouble,
    opensSingle,
    closesDouble,
    closesSingle,
    forcedBreakBefore,
  }
}

function isClausePunctuation(char: string): boolean {
  return char === ',' || char === ';' || char === ':'
}

/**
 * The tokens of the line `text.slice(start, end)` (which holds no line break), in order. Each
 * token is trimmed; together they cover every non-whitespace character of the line.
 */
export function tokenizeLine(text: string, start: number, end: number): Token[] {
  const tokens: Token[] = []
  let index = start
  while (index < end) {
    while (index < end && isWhitespaceCode(text.charCodeAt(index))) index++
    if (index >= end) break
    const tokenStart = index
    while (index < end && !isWhitespaceCode(text.charCodeAt(index))) index++
    pushGluedSentences(text, tokenStart, index, tokens)
  }
  return mergeSpacedDots(text, tokens)
}

/**
 * Push the token `text.slice(start, end)`, cut where one sentence plainly ends and the next starts
 * without a space: "world.Today", "1,000.That", "Tuesday.Mr." (but not "U.S.Army",
 * "Mr.Smith", "Jane.Doe@example.com" or "example.Com/…").
 */
function pushGluedSentences(text: string, start: number, end: number, tokens: Token[]): void {
  let pieceStart = start
  if (end - start >= 4 && !hasAddressCharacters(text.slice(start, end))) {
    let index = start + 1
    while (index < end - 1) {
      const char = text[index] ?? ''
      if (!isTerminalChar(char)) {
        index++
        continue
      }
      const previous = text[index - 1] ?? ''
      let next = index
      while (next < end && (isTerminalChar(text[next] ?? '') || isCloserChar(text[next] ?? ''))) {
        next++
      }
      if (
        (isLowercaseChar(previous) || isDigitChar(previous)) &&
        startsGluedSentence(text, next, end) &&
        endsGluedSentence(text, pieceStart, index, previous)
      ) {
        tokens.push(makeToken(text, pieceStart, next, pieceStart !== start))
        pieceStart = next
      }
      index = next
    }
  }
  tokens.push(makeToken(text, pieceStart, end, pieceStart !== start))
}

/** Whether a capitalised word starts at `index` ("Today", "That", "I", "“We"). */
function startsGluedSentence(text: string, index: number, end: number): boolean {
  let head = index
  if (head < end && isOpeningQuoteChar(text[head] ?? '')) head++
  if (head >= end || !isUppercaseChar(text[head] ?? '')) return false
  const second = text[head + 1] ?? ''
  if (head + 1 < end && isLowercaseChar(second)) return true
  return text[head] === 'I' && (head + 1 === end || second === '’' || second === "'")
}

/** Whether the word that ends at the terminal mark at `index` can end a sentence. */
function endsGluedSentence(
  text: string,
  pieceStart: number,
  index: number,
  previous: string,
): boolean {
  if (isDigitChar(previous)) return true
  let wordStart = index
  while (wordStart > pieceStart && isLetterChar(text[wordStart - 1] ?? '')) wordStart--
  if (index - wordStart < 2) return false
  if (wordStart > pieceStart && text[wordStart - 1] === '.') return false
  return !isAbbreviation(text.slice(wordStart, index))
}

/**
 * Merge runs of three or more dots separated by spaces (". . .", ". . . .”") into one token, so
 * that a spaced ellipsis is judged as a whole.
 */
function mergeSpacedDots(text: string, tokens: Token[]): Token[] {
  let hasDot = false
  for (const token of tokens) {
    if (text[token.start] === '.' && token.end - token.start === 1) {
      hasDot = true
      break
    }
  }
  if (!hasDot) return tokens

  const merged: Token[] = []
  let index = 0
  while (index < tokens.length) {
    const first = tokens[index] as Token
    let last = index
    while (isBareDot(text, tokens[last] as Token) && last + 1 < tokens.length) {
      const candidate = tokens[last + 1] as Token
      if (!isDotWithClosers(text, candidate) || candidate.forcedBreakBefore) break
      last++
    }
    const count = last - index + 1
    if (count >= 3 && isBareDot(text, first)) {
      // The closing quotes, if any, are those of the last dot.
      merged.push({
        ...(tokens[last] as Token),
        start: first.start,
        coreStart: first.start,
        coreEnd: first.start,
        terminal: count === 3 ? 'spacedEllipsis' : 'finalEllipsis',
        forcedBreakBefore: first.forcedBreakBefore,
      })
      index = last + 1
    } else {
      merged.push(first)
      index++
    }
  }
  return merged
}

function isBareDot(text: string, token: Token): boolean {
  return token.end - token.start === 1 && text[token.start] === '.'
}

function isDotWithClosers(text: string, token: Token): boolean {
  if (text[token.start] !== '.') return false
  for (let index = token.start + 1; index < token.end; index++) {
    if (!isCloserChar(text[index] ?? '')) return false
  }
  return true
}
