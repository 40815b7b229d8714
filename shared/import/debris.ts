import type { Node } from 'prosemirror-model'
import { textBlocks } from '../text/article-text'
import { textHash } from '../text/hash'
import { excerpt, findPhotoCredit, mayEndInCredit } from './debris-credits'
import { findEmbedResidue, isPostSignature, LONGEST_POST, mayEndInEmbed } from './debris-embeds'
import { findImageResidue } from './debris-images'
import { findTemplateTags } from './debris-markup'
import { DEBRIS_LABELS, type BlockDebris, type DebrisKind } from './debris-kinds'
import { findPageFurniture, shoutedHeadline } from './debris-page'
import { blockCopy, findRepeatedBlocks, type BlockCopy } from './debris-repeats'
import { boilerplateKind } from './debris-phrases'
import { TAIL_LENGTH, tailTokens } from './debris-tail'
import { findTruncation } from './debris-truncation'

/**
 * A piece of possible web-copy debris in an article: the block it is in (by index among the
 * article's textblocks) and where it is in the article's plain text (`from`/`to`, offsets as
 * `articleText` counts them, `to` exclusive), its kind and why, in words for the editor.
 */
export interface DebrisFinding extends BlockDebris {
  blockIndex: number
}

/** A textblock as {@link findDebrisInBlocks} places it: where it starts in the plain text. */
export interface DebrisBlockRef {
  readonly start: number
  /** A heading is never taken for a cut-off sentence. */
  readonly heading?: boolean
  /** Its index among the article's textblocks (default: its index in the list given). */
  readonly index?: number
}

/** A textblock as the detector reads it: its text, where it starts in the plain text, its type. */
export interface DebrisBlock extends DebrisBlockRef {
  readonly text: string
}

/** What one block holds: its debris, and whether anything else is left in it (text, not debris). */
export interface BlockScan {
  readonly debris: readonly BlockDebris[]
  /** The block has text that is not debris: the article's last such block may be cut off. */
  readonly content: boolean
  /** The block is a headline in capitals, debris only after a paragraph of prose. */
  readonly headline?: BlockDebris
  /** The block is a paragraph of prose: finished sentences of some length. */
  readonly prose?: boolean
  /** The block is nothing but an embedded post's signature: the block before it is the post. */
  readonly signature?: boolean
  /**
   * The whole block as an embedded post's words, flagged when the next block is a post's
   * signature alone: a block with no debris, no longer than a post, not ending in a colon.
   */
  readonly post?: BlockDebris
  /** What the block gives the search for copies of other blocks (see `findRepeatedBlocks`). */
  readonly copy?: BlockCopy
}

/** The fewest words of a paragraph of prose, after which a headline in capitals is a link. */
const PROSE_WORDS = 12

/** Whether a block reads as a paragraph of prose: enough words, ending a sentence. */
function isProse(trimmed: string): boolean {
  return /[.!?…]["”’»)]?$/u.test(trimmed) && trimmed.split(/\s+/).length >= PROSE_WORDS
}

/** How much of a block's end the cheap tests read: a little more than its tokens are read from. */
const TAIL_WINDOW = TAIL_LENGTH + 100

const boilerplateReasons: Partial<Record<DebrisKind, string>> = {
  'comment-form': 'Text of a comment form',
  'share-widget': 'Text of a share or subscribe button',
  advertisement: 'An advertisement marker',
  'embedded-post': 'What an embedded post left behind',
}

/** Whether `debris` covers all of `text` but the whitespace around it. */
function coversBlock(debris: readonly BlockDebris[], text: string): boolean {
  const from = text.length - text.trimStart().length
  const to = text.trimEnd().length
  return debris.some((piece) => piece.from <= from && piece.to >= to)
}

/**
 * The debris in one block, in order and not overlapping: a block that is all boilerplate (a
 * comment form's, share widget's, advertisement's or embed's words) or page furniture (a related
 * headline, a byline, a copyright or source line, an editorial notice), image residue, a
 * bracketed link to another article, the link and
 * signature an embedded post left at its end, a photo credit at its end (with its caption when
 * the block is one), template tags a page's code left ("{{^adFree}}"). Whether the block is the
 * article's cut-off end is not decided here (see
 * {@link findDebrisInBlocks}). Linear in the block's length.
 */
export function scanBlock(text: string): BlockScan {
  const trimmed = text.trim()
  if (trimmed.length === 0) return { debris: [], content: false }
  const boilerplate = boilerplateKind(text)
  if (boilerplate) {
    const from = text.length - text.trimStart().length
    const reason = boilerplateReasons[boilerplate] ?? `Looks like ${DEBRIS_LABELS[boilerplate]}`
    return {
      debris: [
        {
          from,
          to: from + trimmed.length,
          kind: boilerplate,
          reason: `${reason}: “${excerpt(trimmed)}”.`,
        },
      ],
      content: false,
    }
  }
  const furniture = findPageFurniture(text)
  const first = furniture[0]
  if (first && coversBlock([first], text)) return { debris: [first], content: false }
  const headline = shoutedHeadline(text)
  if (headline) return { debris: [], content: true, headline }
  const found: BlockDebris[] = [...findImageResidue(text), ...findTemplateTags(text), ...furniture]
  const tail = text.slice(-TAIL_WINDOW)
  const wantsEmbed = mayEndInEmbed(tail)
  const wantsCredit = mayEndInCredit(tail)
  let signature = false
  if (wantsEmbed || wantsCredit) {
    const tokens = tailTokens(text)
    const embed = wantsEmbed ? findEmbedResidue(text, tokens) : null
    if (embed) found.push(embed)
    signature = embed !== null && isPostSignature(text, tokens)
    const credit = wantsCredit ? findPhotoCredit(text, tokens) : null
    if (credit) found.push(credit)
  }
  found.sort((a, b) => a.from - b.from || b.to - a.to)
  const debris: BlockDebris[] = []
  for (const piece of found) {
    const last = debris[debris.length - 1]
    if (!last || piece.from >= last.to) debris.push(piece)
  }
  const content = !coversBlock(debris, text)
  if (signature) return { debris, content, signature }
  const post =
    debris.length === 0 && trimmed.length <= LONGEST_POST && !/:$/.test(trimmed)
      ? postWords(text, trimmed)
      : undefined
  const copy = debris.length === 0 ? blockCopy(text) : undefined
  return {
    debris,
    content,
    prose: isProse(trimmed),
    ...(post ? { post } : {}),
    ...(copy ? { copy } : {}),
  }
}

/** `text` whole as the words of an embedded post, whose signature follows on its own line. */
function postWords(text: string, trimmed: string): BlockDebris {
  const from = text.length - text.trimStart().length
  return {
    from,
    to: from + trimmed.length,
    kind: 'embedded-post',
    reason: `An embedded post’s words, its signature on the next line: “${excerpt(trimmed)}”.`,
  }
}

/**
 * Whether {@link findDebrisInBlocks} must be given a block with this scan: it has debris or text.
 * What is found in one block may depend on the others (a copy of a caption, a post's signature on
 * the next line, prose before a headline or a short cut-off end), so only blocks with neither may
 * be left out.
 */
export function isNeededBlock(scan: BlockScan): boolean {
  return scan.content || scan.debris.length > 0
}

/**
 * Every piece of possible debris in an article's textblocks, in text order: what `scan` finds in
 * each block (see {@link scanBlock}), plus what `truncation` finds (see `findTruncation`) in the
 * last block that holds text other than debris, when that block is not a heading or its ending is
 * plainly cut (`plain`), or, for a short ending with no other sign of its cut (`afterProse`), when
 * a paragraph of prose comes before that block. Across blocks, it also flags the words of an
 * embedded post whose signature stands on the next line alone, and copies of other blocks (see
 * `findRepeatedBlocks`). The callers give the scans, so the editor can cache them per block, and
 * may leave out the blocks {@link isNeededBlock} does not need (give each block its `index`
 * then). Precision over recall: news text must never be flagged.
 */
export function findDebrisInBlocks<B extends DebrisBlockRef>(
  blocks: readonly B[],
  scan: (block: B) => BlockScan,
  truncation: (block: B) => BlockDebris | null,
): DebrisFinding[] {
  const findings: DebrisFinding[] = []
  const place = (piece: BlockDebris, block: B, blockIndex: number) => {
    findings.push({
      ...piece,
      blockIndex,
      from: block.start + piece.from,
      to: block.start + piece.to,
    })
  }
  const scans = blocks.map(scan)
  const copies = findRepeatedBlocks(
    scans.map((scanned) => scanned.copy),
    scans.findIndex((scanned) => scanned.content),
  )
  let lastBlock: B | null = null
  let lastIndex = -1
  let afterProse = false
  // Whether a paragraph of prose stands before the last block of text.
  let proseBeforeLast = false
  for (const [position, block] of blocks.entries()) {
    const blockIndex = block.index ?? position
    const scanned = scans[position] as BlockScan
    // A post's signature on a line of its own: the block just before it holds the post's words.
    const before = blocks[position - 1]
    const beforeIndex = before?.index ?? position - 1
    const post = scanned.signature ? scans[position - 1]?.post : undefined
    if (post && before && beforeIndex === blockIndex - 1 && !copies.has(position - 1)) {
      place(post, before, beforeIndex)
    }
    const copy = copies.get(position)
    if (copy) {
      place(copy, block, blockIndex)
      continue
    }
    // A headline in capitals once the prose has begun is a link to another article.
    const headline = afterProse ? scanned.headline : undefined
    const proseBefore = afterProse
    if (scanned.prose) afterProse = true
    if (headline) {
      place(headline, block, blockIndex)
      continue
    }
    for (const piece of scanned.debris) place(piece, block, blockIndex)
    if (scanned.content) {
      lastBlock = block
      lastIndex = blockIndex
      proseBeforeLast = proseBefore
    }
  }
  if (lastBlock) {
    const found = truncation(lastBlock)
    // A heading is never cut off unless a word is plainly broken off (a plain-text import takes
    // a short last line for a heading); a short ending with no other sign of its cut is taken
    // only after a paragraph of prose.
    const shown = found && (found.afterProse ? proseBeforeLast : !lastBlock.heading || found.plain)
    const cut = found && shown ? withoutPlain(found) : null
    const from = cut ? lastBlock.start + cut.from : 0
    const overlaps = findings.some(
      (finding) => finding.blockIndex === lastIndex && finding.to > from,
    )
    if (cut && !overlaps) {
      place(cut, lastBlock, lastIndex)
      findings.sort((a, b) => a.from - b.from)
    }
  }
  return findings
}

/** `piece` without its `plain` and `afterProse` marks, as findings are given. */
function withoutPlain(piece: BlockDebris): BlockDebris {
  return { from: piece.from, to: piece.to, kind: piece.kind, reason: piece.reason }
}

/** {@link findDebrisInBlocks} over blocks given with their text, each read once. */
export function findDebrisInTexts(blocks: readonly DebrisBlock[]): DebrisFinding[] {
  return findDebrisInBlocks(
    blocks,
    (block) => scanBlock(block.text),
    (block) => findTruncation(block.text),
  )
}

/**
 * Every piece of possible web-copy debris in an article (see {@link findDebrisInBlocks}), with
 * offsets into its plain text as `articleText` makes it.
 */
export function findDebris(doc: Node): DebrisFinding[] {
  const headings: boolean[] = []
  doc.descendants((node) => {
    if (!node.isTextblock) return true
    headings.push(node.type.name === 'heading')
    return false
  })
  const blocks = textBlocks(doc).map((block, index) => ({
    text: block.text,
    start: block.start,
    heading: headings[index] ?? false,
  }))
  return findDebrisInTexts(blocks)
}

/**
 * The key under which an editor's "keep" decision on a piece of debris is remembered: a hash of
 * its kind and text, so the decision follows the text when other parts of the article change
 * (and applies to every identical piece in the article).
 */
export function debrisKey(kind: DebrisKind, text: string): string {
  return textHash(`${kind}\n${text}`).slice(0, 16)
}
