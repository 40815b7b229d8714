import { isWhitespaceCode } from '../text/characters'
import { photoCreditStart } from '../text/credits'
import { isCreditEnding } from '../text/vocabulary'
import { splitSentences } from '../text/sentences'
import type { Token } from '../text/tokens'
import type { BlockDebris } from './debris-kinds'
import { coreText, tailTokens, tokenText } from './debris-tail'

/** The longest caption, in characters, flagged with its credit as a whole. */
const LONGEST_CAPTION = 300
/** The most sentences a caption has. */
const CAPTION_SENTENCES = 2
/** The most tokens a labelled credit has after its label ("Photo: Jane Doe/AP" has two). */
const LONGEST_LABELLED_CREDIT = 10

/** Words that, followed by a colon, label a credit: "Photo: Jane Doe/AP", "Credit: Reuters". */
const colonLabels = new Set([
  'Photo',
  'Photos',
  'Photograph',
  'Photographs',
  'Picture',
  'Pictures',
  'Image',
  'Images',
  'Illustration',
  'Credit',
  'Credits',
  'PHOTO',
  'IMAGE',
  'CREDIT',
])
/** First words of two-word labels: "Photo credit:", "Image source:", "Lead image:". */
const twoWordLabels = new Set(['Photo', 'Image', 'Picture', 'Lead', 'Top', 'Main', 'Featured'])
/** Second words of two-word labels, with their colon. */
const twoWordLabelEnds = new Set(['credit:', 'source:', 'image:', 'photo:', 'illustration:'])
/** Words that, followed by "by" or "courtesy", start a credit: "Photo by Jane Doe/Getty Images". */
const byLabels = new Set(['Photo', 'Photos', 'Photograph', 'Picture', 'Image', 'Illustration'])
/** Agencies written before "Photo/" in their credits: "(AP Photo/Evan Vucci)". */
const photoAgencies = new Set(['AP', 'AFP', 'EPA', 'Reuters', 'UPI', 'CP', 'PA', 'Xinhua', 'DPA'])
/** Lowercase words a credit's name part may hold. */
const creditConnectors = new Set([
  'via',
  'at',
  'for',
  'and',
  'of',
  'the',
  'de',
  'da',
  'van',
  'von',
  'by',
  'courtesy',
  'file',
  '&',
  '/',
])

const capitalisedPattern = /^\p{Lu}/u
const initialPattern = /^\p{Lu}\.$/u
const yearPattern = /^\d{4}$/
/** A short number in a credit: "No 10 Downing Street", a licence's version "CC BY-SA 2.0". */
const creditNumberPattern = /^(?:\d{1,3}|\d\.\d)$/

/** Whether token `index` can be part of the name side of a credit ("Jane", "Doe/AP", "via"). */
function isCreditWord(text: string, tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token
  const core = coreText(text, token)
  const last = index === tokens.length - 1
  if (token.terminal !== 'none' && !last && !initialPattern.test(core + '.')) return false
  if (core.length === 0) return tokenText(text, token) === '©'
  return (
    capitalisedPattern.test(core) ||
    creditConnectors.has(core) ||
    core.includes('/') ||
    core === '©' ||
    yearPattern.test(core) ||
    creditNumberPattern.test(core)
  )
}

/** How many tokens the credit label starting at `index` takes, or 0 when none starts there. */
function labelLength(text: string, tokens: readonly Token[], index: number): number {
  const token = tokens[index]
  if (!token) return 0
  const word = tokenText(text, token).slice(token.coreStart - token.start)
  const core = coreText(text, token)
  const next = tokens[index + 1]
  const nextWord = next ? tokenText(text, next) : ''
  if (word.endsWith(':') && colonLabels.has(word.slice(0, -1))) return 1
  if (twoWordLabels.has(core) && token.terminal === 'none' && twoWordLabelEnds.has(nextWord)) {
    return 2
  }
  if (byLabels.has(core) && token.terminal === 'none' && /^(?:by|courtesy)$/.test(nextWord)) {
    return 2
  }
  // "AP Photo/Evan Vucci": the agency is the label, "Photo/…" the first word of the credit.
  if (photoAgencies.has(core) && next && /^Photos?\/\p{Lu}/u.test(coreText(text, next))) return 1
  return 0
}

/**
 * Where a labelled credit ends `tokens` (a block's last tokens): "… on Monday. Photo: Jane Doe/AP",
 * "(Photo by Jane Doe/Getty Images)", "(AP Photo/Evan Vucci)". The label must start the block or
 * follow a sentence's end or an opening bracket, and only capitalised words, connectors, "/"
 * names and years may follow it. Returns the index of the label's first token, or -1.
 */
function labelledCreditStart(text: string, tokens: readonly Token[]): number {
  const lowest = Math.max(0, tokens.length - LONGEST_LABELLED_CREDIT - 2)
  const last = tokens[tokens.length - 1] as Token
  let found = -1
  // Read back from the end while the tokens can belong to a credit: every token after `index`
  // is then a credit word (or the second word of a label).
  for (let index = tokens.length - 1; index >= lowest; index--) {
    const length = labelLength(text, tokens, index)
    if (length > 0 && index + length < tokens.length) {
      const token = tokens[index] as Token
      const previous = tokens[index - 1]
      const bracketed = token.coreStart > token.start
      // A caption may set its credit off with a bar or a dash: "… on Friday | Photo by Jane
      // Doe/AP", "… (AP) - Photo by Jane Doe at The Daily Example".
      const afterSentence =
        !previous || previous.terminal !== 'none' || /^[|\-–—]$/.test(tokenText(text, previous))
      const closed = !bracketed || /[)\]]\.?$/.test(tokenText(text, last))
      if ((afterSentence || bracketed) && closed) found = index
    }
    if (!isCreditWord(text, tokens, index) && labelLength(text, tokens, index - 1) !== 2) break
  }
  return found
}

/** The most tokens inside the brackets of an agency credit: "(Giannis Papanikos/AP/PA)". */
const LONGEST_BRACKETED_CREDIT = 6

/** Whether `word` (a token's core, brackets and punctuation cut) ends in an agency's name. */
function endsInAgency(word: string): boolean {
  const segment = word.slice(word.lastIndexOf('/') + 1)
  return isCreditEnding(word) || isCreditEnding(segment)
}

/**
 * Where a bracketed agency credit ends `tokens` (a block's last tokens): "(Reuters)", "(Via Getty
 * Images)", "(Giannis Papanikos/AP/PA)", "ab/cd (Reuters, AFP)". Only capitalised words,
 * connectors, "/" names and commas may stand inside the brackets, and the last word is an agency.
 * Returns the index of the first token of the credit (the opening bracket's, or the initials'
 * before it), or -1.
 */
function bracketedCreditStart(text: string, tokens: readonly Token[]): number {
  const last = tokens[tokens.length - 1] as Token
  if (!/\)\.?$/.test(tokenText(text, last))) return -1
  if (!endsInAgency(coreText(text, last).replace(/,$/, ''))) return -1
  const lowest = Math.max(0, tokens.length - LONGEST_BRACKETED_CREDIT)
  for (let index = tokens.length - 1; index >= lowest; index--) {
    const token = tokens[index] as Token
    const word = coreText(text, token).replace(/,$/, '')
    if (index < tokens.length - 1 && tokenText(text, token).includes(')')) return -1
    if (!capitalisedPattern.test(word) && !creditConnectors.has(word.toLowerCase())) return -1
    if (text[token.start] !== '(') continue
    // "ab/cd (Reuters, AFP)": the editors' initials before the agencies belong to the credit.
    const before = tokens[index - 1]
    if (before && /^[a-z]{2,4}(?:\/[a-z]{2,4})+$/.test(tokenText(text, before))) return index - 1
    return index
  }
  return -1
}

/**
 * Where a credit set off by a bar ends `tokens`: "… on July 26. Jane Roe | Getty Images". A name
 * of two to four capitalised words, a bar, and one to three words ending in an agency. Returns
 * the index of the name's first token, or -1.
 */
function barCreditStart(text: string, tokens: readonly Token[]): number {
  const count = tokens.length
  let bar = -1
  for (let index = count - 2; index >= Math.max(0, count - 4); index--) {
    if (tokenText(text, tokens[index] as Token) === '|') bar = index
  }
  if (bar < 2) return -1
  if (!endsInAgency(coreText(text, tokens[count - 1] as Token))) return -1
  let start = bar
  while (start > 0 && bar - start < 4) {
    const token = tokens[start - 1] as Token
    if (token.terminal !== 'none' || !capitalisedPattern.test(coreText(text, token))) break
    start -= 1
  }
  return bar - start >= 2 ? start : -1
}

/**
 * Whether the end of a block (`tail`, its last few hundred characters) can hold a photo credit at
 * all: it ends in an agency word or names a photo, image or credit. A cheap test that spares
 * tokenizing the ends of ordinary paragraphs.
 */
export function mayEndInCredit(tail: string): boolean {
  const trimmed = tail.trimEnd()
  let wordStart = trimmed.length
  while (wordStart > 0 && !isWhitespaceCode(trimmed.charCodeAt(wordStart - 1))) wordStart -= 1
  const lastWord = trimmed.slice(wordStart)
  const lastSegment = lastWord.slice(lastWord.lastIndexOf('/') + 1)
  const bracketed = lastWord.replace(/^\(|[),.]+$/g, '')
  return (
    isCreditEnding(lastWord) ||
    isCreditEnding(lastSegment) ||
    endsInAgency(bracketed) ||
    /photo|image|picture|illustration|credit/i.test(tail)
  )
}

/**
 * Whether text before a credit reports speech, as a news paragraph does and a caption does not:
 * a quotation mark, or "said", "says", "told" ("Le Pen said she would appeal … “are outraged,”
 * … (AP)" is wire copy signed by its agency, not a photo's caption).
 */
function reportsSpeech(text: string): boolean {
  return /[“”«»"]/u.test(text) || /\b(?:said|says|told|tells)\b/.test(text)
}

/** `text` cut to `length` characters with an ellipsis, for a reason shown to the editor. */
export function excerpt(text: string, length = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}

/**
 * A photo credit at the end of a block, and the caption before it when the block is a caption:
 * a credit run into its caption ("Mexican President Claudia Sheinbaum Carlos
 * Santiago/Pixelnews/Future Publishing via Getty Images", recognised as the sentence splitter
 * does) or a labelled one ("Photo: Jane Doe/AP"). A credit alone, or after a short caption of one
 * or two sentences, flags the whole block; after longer text, or text that reports speech (a
 * quotation, "said"), only the credit.
 */
export function findPhotoCredit(
  text: string,
  tokens: readonly Token[] = tailTokens(text),
): BlockDebris | null {
  if (tokens.length === 0) return null
  // "Photo: Jane Doe/AP" is both: the label's start is the credit's.
  const starts = [
    photoCreditStart(text, tokens),
    labelledCreditStart(text, tokens),
    bracketedCreditStart(text, tokens),
    barCreditStart(text, tokens),
  ]
  const start = Math.min(...starts.filter((index) => index >= 0))
  if (!Number.isFinite(start)) return null
  const creditFrom = (tokens[start] as Token).start
  const to = (tokens[tokens.length - 1] as Token).end
  const credit = text.slice(creditFrom, to)
  const caption = text.slice(0, creditFrom).trim()
  const from = text.length - text.trimStart().length
  if (caption.length === 0) {
    return { from, to, kind: 'photo-credit', reason: `A photo credit: “${excerpt(credit)}”.` }
  }
  if (
    caption.length <= LONGEST_CAPTION &&
    !/[\n\r]/.test(caption) &&
    !reportsSpeech(caption) &&
    splitSentences(caption).length <= CAPTION_SENTENCES
  ) {
    return {
      from,
      to,
      kind: 'photo-caption',
      reason: `A photo caption ending in a credit: “${excerpt(credit)}”.`,
    }
  }
  return {
    from: creditFrom,
    to,
    kind: 'photo-credit',
    reason: `A photo credit run into the text: “${excerpt(credit)}”.`,
  }
}
