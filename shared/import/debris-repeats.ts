import { excerpt } from './debris-credits'
import type { BlockDebris } from './debris-kinds'
import { normalizePhrase } from './debris-phrases'

/** The fewest words of a block that is taken for a copy of another when it repeats it. */
const FEWEST_REPEAT_WORDS = 5
/**
 * Blocks longer than this (characters) are never compared: captions and headlines are what pages
 * print twice.
 */
const LONGEST_REPEAT = 300
/** The most words of a site's name after a page title's separator ("– Metro US"). */
const LONGEST_SITE_NAME = 4

/**
 * The key under which a block is compared with the others for copies (see
 * {@link findRepeatedBlocks}): its text made comparable (`normalizePhrase`: case, quotes, white
 * space and the punctuation at its ends), or undefined for a block too short or too long to be
 * one, or one in capitals (a headline set again as a banner is the page's, not a copy).
 */
export function repeatKey(trimmed: string): string | undefined {
  if (trimmed.length > LONGEST_REPEAT || !/\p{Ll}/u.test(trimmed)) return undefined
  const key = normalizePhrase(trimmed)
  return key.split(' ').length >= FEWEST_REPEAT_WORDS ? key : undefined
}

/** A site's name after a page title's separator: "Metro US", "examplenews.com", "The Daily Example". */
const siteWord = "[\\p{Lu}\\d][\\p{L}\\d.&'’-]*"
const siteNamePattern = new RegExp(
  `\\s[–—|-]\\s(?:${siteWord}(?:\\s${siteWord}){0,${LONGEST_SITE_NAME - 1}}|[\\p{Ll}\\d-]+(?:\\.[\\p{Ll}\\d-]+)*\\.[a-z]{2,})$`,
  'u',
)

/**
 * The key of the headline in a page's title ("Ferry fares to rise again in May – Metro US" gives
 * that of "Ferry fares to rise again in May"), or undefined when the block is not one: a
 * headline, a dash or bar, and one to four capitalised words of a site's name.
 */
export function pageTitleKey(trimmed: string): string | undefined {
  if (trimmed.length > LONGEST_REPEAT) return undefined
  const match = siteNamePattern.exec(trimmed)
  if (!match) return undefined
  return repeatKey(trimmed.slice(0, match.index).trimEnd())
}

/**
 * What a block gives {@link findRepeatedBlocks}: its {@link repeatKey} and {@link pageTitleKey},
 * where its text is (offsets into the block, `to` exclusive) and a short excerpt of it.
 */
export interface BlockCopy {
  readonly key?: string
  readonly titleKey?: string
  readonly from: number
  readonly to: number
  readonly excerpt: string
}

/** What {@link findRepeatedBlocks} compares of `text` (one block), or undefined. */
export function blockCopy(text: string): BlockCopy | undefined {
  const trimmed = text.trim()
  const key = repeatKey(trimmed)
  const titleKey = pageTitleKey(trimmed)
  if (key === undefined && titleKey === undefined) return undefined
  const from = text.length - text.trimStart().length
  return {
    ...(key === undefined ? {} : { key }),
    ...(titleKey === undefined ? {} : { titleKey }),
    from,
    to: from + trimmed.length,
    excerpt: excerpt(trimmed),
  }
}

/**
 * The blocks (by position in `blocks`) that copy another block of the article, with the debris
 * each is: a block that repeats an earlier one word for word (a caption a page printed three
 * times, "Flames rise over the harbour on Monday" ×3: the first is left to the other tests), and
 * a page's title, a block that is another block's text with the site's name after a dash ("… in
 * May – Metro US" before or after "… in May"). A copy of the `headline` block (its position) is
 * not flagged: a headline printed again below it cannot be told apart from the page's own. Linear
 * in the number of blocks.
 */
export function findRepeatedBlocks(
  blocks: readonly (BlockCopy | undefined)[],
  headline: number,
): Map<number, BlockDebris> {
  const found = new Map<number, BlockDebris>()
  const first = new Map<string, number>()
  for (const [position, block] of blocks.entries()) {
    if (block?.key !== undefined && !first.has(block.key)) first.set(block.key, position)
  }
  for (const [position, block] of blocks.entries()) {
    if (!block) continue
    const original = block.key === undefined ? undefined : first.get(block.key)
    const { from, to } = block
    if (original !== undefined && original < position && original !== headline) {
      found.set(position, {
        from,
        to,
        kind: 'repeated-text',
        reason: `The same text as a block above, printed again: “${block.excerpt}”.`,
      })
    } else if (block.titleKey !== undefined && first.has(block.titleKey)) {
      found.set(position, {
        from,
        to,
        kind: 'repeated-text',
        reason: `The page’s title, the headline with the site’s name: “${block.excerpt}”.`,
      })
    }
  }
  return found
}
