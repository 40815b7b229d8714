import type { Node } from 'prosemirror-model'
import { BLOCK_SEPARATOR } from '../text/article-text'

/** One textblock of an article, as the exports lay it out. */
export interface ArticleBlock {
  /** A heading or a paragraph (paragraphs inside blockquotes included). */
  type: 'heading' | 'paragraph'
  /** The heading's level, 1–6; 0 for a paragraph. */
  level: number
  /** The block's text. */
  text: string
  /** Offset of the block's first character in the article's plain text. */
  start: number
  /** Offset just past the block's last character in the article's plain text. */
  end: number
  /** Which blockquote (counting from 0 in document order) holds the paragraph, or null. */
  quote: number | null
}

/**
 * The article's textblocks in document order with their kind and their offsets in the plain text
 * (blocks joined by `BLOCK_SEPARATOR`, exactly as `textBlocks` and `articleText` count them).
 */
export function articleBlocks(doc: Node): ArticleBlock[] {
  const blocks: ArticleBlock[] = []
  let offset = 0
  let quotes = -1
  doc.descendants((node, _pos, parent) => {
    if (node.type.name === 'blockquote') quotes += 1
    if (!node.isTextblock) return true
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length
    const text = node.textContent
    const heading = node.type.name === 'heading'
    blocks.push({
      type: heading ? 'heading' : 'paragraph',
      level: heading ? Math.min(6, Math.max(1, Math.trunc(Number(node.attrs.level)) || 1)) : 0,
      text,
      start: offset,
      end: offset + text.length,
      quote: parent?.type.name === 'blockquote' ? quotes : null,
    })
    offset += text.length
    return false
  })
  return blocks
}
