import type { Token } from '../text/tokens'
import { excerpt } from './debris-credits'
import type { BlockDebris } from './debris-kinds'
import { coreText, tailTokens, tokenText } from './debris-tail'

/** The most tokens of a name between an embed signature's dash and its handle. */
const LONGEST_NAME = 10
/** The most tokens of the date after the handle ("November 17, 2025" has three). */
const LONGEST_DATE = 5

const embedLinkPattern = /^(?:https?:\/\/)?(?:pic\.twitter\.com|pic\.x\.com)\/\w/i
const shortLinkPattern = /^(?:https?:\/\/)?t\.co\/\w/i
const handlePattern = /^\(@\w{1,30}\)$/
const dashPattern = /^[—–-]{1,2}(?=$|\p{Lu})/u
/** A sentence's last word with a signature's dash glued to it: "pacífica.—", "now!”—". */
const gluedDashPattern = /[.!?…]["”’]?[—–]$/u
/** The longest post, in characters, before its link and signature: a tweet, with some room. */
export const LONGEST_POST = 320
const yearPattern = /^\d{4}$/
const monthPattern = /^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]{0,6})\.?,?$/

/**
 * Whether the end of a block (`tail`, its last few hundred characters) can hold an embed's
 * residue at all: a cheap test that spares tokenizing the ends of ordinary paragraphs.
 */
export function mayEndInEmbed(tail: string): boolean {
  return tail.includes('(@') || /pic\.(?:twitter|x)\.com\//i.test(tail)
}

/** Whether tokens `from`… to the end are a post's date: a month and a year last. */
function isDate(text: string, tokens: readonly Token[], from: number): boolean {
  const count = tokens.length - from
  if (count < 2 || count > LONGEST_DATE) return false
  const last = tokens[tokens.length - 1] as Token
  if (!yearPattern.test(tokenText(text, last))) return false
  for (let index = from; index < tokens.length - 1; index++) {
    if (monthPattern.test(tokenText(text, tokens[index] as Token))) return true
  }
  return false
}

/**
 * Where the signature of an embedded post ends `tokens`: "— Secretary of War Pete Hegseth
 * (@SecWar) November 10, 2025", the dash, a name, the handle in brackets and the date. Returns the
 * index of the dash's token, or -1.
 */
function signatureStart(text: string, tokens: readonly Token[]): number {
  let handle = -1
  for (
    let index = tokens.length - 2;
    index >= Math.max(0, tokens.length - LONGEST_DATE - 1);
    index--
  ) {
    if (handlePattern.test(tokenText(text, tokens[index] as Token))) {
      handle = index
      break
    }
  }
  if (handle < 1 || !isDate(text, tokens, handle + 1)) return -1
  for (let index = handle - 1; index >= Math.max(0, handle - LONGEST_NAME - 1); index--) {
    const word = tokenText(text, tokens[index] as Token)
    if (dashPattern.test(word)) return index
    // "… e pacífica.— Lula (@LulaOficial) November 19, 2023": the dash glued to the post's end.
    if (index < handle - 1 && gluedDashPattern.test(word)) return index
    if ((tokens[index] as Token).terminal !== 'none') return -1
  }
  return -1
}

/**
 * Where a post's link starts a cut-off signature at the end of `tokens`: "…
 * pic.twitter.com/AbCd12— Port News (@portne", the link (maybe with the dash glued to it), a dash,
 * a name and a handle's start, with no sentence end among them. Returns the link's index, or -1.
 */
function cutSignatureStart(text: string, tokens: readonly Token[]): number {
  const lowest = Math.max(0, tokens.length - LONGEST_NAME - 2)
  for (let index = tokens.length - 2; index >= lowest; index--) {
    const token = tokens[index] as Token
    if (token.terminal !== 'none') return -1
    const word = tokenText(text, token)
    if (!embedLinkPattern.test(word)) continue
    const glued = /[—–]$/.test(word)
    const dashed = glued || dashPattern.test(tokenText(text, tokens[index + 1] as Token))
    let handle = false
    for (let after = index + 1; after < tokens.length; after++) {
      const next = tokens[after] as Token
      if (next.terminal !== 'none' && after < tokens.length - 1) return -1
      if (tokenText(text, next).startsWith('(@')) handle = true
    }
    return dashed && handle ? index : -1
  }
  return -1
}

/**
 * What an embedded post leaves at the end of a block when the embed is gone: its link
 * ("pic.twitter.com/MzvJreOuEM"), its signature ("— Rapid Response 47 (@RapidResponse47) November
 * 17, 2025"), or both, as in "… and… pic.twitter.com/ocUoGzwwDO — Secretary of War Pete Hegseth
 * (@SecWar) November 10, 2025", or a link and a signature cut off after its handle's start. When
 * the words before them are no longer than a post ({@link LONGEST_POST}), the block is the post
 * and is flagged whole, its words with it: a post is not the article's text, even when it quotes
 * what the article is about. In a longer block only the link and signature are flagged.
 */
export function findEmbedResidue(
  text: string,
  tokens: readonly Token[] = tailTokens(text),
): BlockDebris | null {
  if (tokens.length === 0) return null
  const signature = signatureStart(text, tokens)
  const linkIndex = signature < 0 ? tokens.length - 1 : signature - 1
  const link = tokens[linkIndex]
  const linkWord = link ? coreText(text, link) : ''
  const hasLink =
    embedLinkPattern.test(linkWord) || (signature >= 0 && shortLinkPattern.test(linkWord))
  let start = hasLink ? linkIndex : signature
  if (start < 0) start = cutSignatureStart(text, tokens)
  if (start < 0) return null
  const first = tokens[start] as Token
  const word = tokenText(text, first)
  const glued = !hasLink && start === signature && gluedDashPattern.test(word)
  const from = glued ? first.end - 1 : first.start
  const to = (tokens[tokens.length - 1] as Token).end
  const what = hasLink && signature >= 0 ? 'link and signature' : hasLink ? 'link' : 'signature'
  // The post's own words before its link or signature, when the block holds nothing else.
  const blockStart = text.length - text.trimStart().length
  const words = text.slice(blockStart, from).trim()
  if (words.length > 0 && words.length <= LONGEST_POST) {
    return {
      from: blockStart,
      to,
      kind: 'embedded-post',
      reason: `An embedded post, its words with its ${what}: “${excerpt(text.slice(from, to))}”.`,
    }
  }
  return {
    from,
    to,
    kind: 'embedded-post',
    reason: `An embedded post’s ${what}: “${excerpt(text.slice(from, to))}”.`,
  }
}

/**
 * Whether `text` is nothing but an embedded post's signature ("— Jane Doe (@jane) May 1, 2024"),
 * as a page sets it on a line of its own under the post's words.
 */
export function isPostSignature(
  text: string,
  tokens: readonly Token[] = tailTokens(text),
): boolean {
  const first = tokens[0]
  const blockStart = text.length - text.trimStart().length
  return first !== undefined && first.start === blockStart && signatureStart(text, tokens) === 0
}
