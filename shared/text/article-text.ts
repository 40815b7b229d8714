import type { Node } from 'prosemirror-model'

/** What separates two blocks in an article's plain text. */
export const BLOCK_SEPARATOR = '\n\n'

/** One textblock of an article: its text and where it starts in the article's plain text. */
export interface TextBlock {
  /** The text of the block. */
  text: string
  /** Offset of the block's first character in the plain text. */
  start: number
  /** Position of the block's content start in the ProseMirror document. */
  pos: number
}

/**
 * The article's textblocks in document order, with their offsets in the plain text (blocks joined
 * by {@link BLOCK_SEPARATOR}). Selectors and sentences are offsets into that plain text, never
 * ProseMirror positions. It descends into every node that is not a textblock (blockquotes, and
 * the sections the editor groups blocks into), so wrappers change positions but not the text.
 */
export function textBlocks(doc: Node): TextBlock[] {
  const blocks: TextBlock[] = []
  let offset = 0
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    if (blocks.length > 0) offset += BLOCK_SEPARATOR.length
    blocks.push({ text: node.textContent, start: offset, pos: pos + 1 })
    offset += node.textContent.length
    return false
  })
  return blocks
}

/** The article's plain text: its textblocks joined by {@link BLOCK_SEPARATOR}. */
export function articleText(doc: Node): string {
  return textBlocks(doc)
    .map((block) => block.text)
    .join(BLOCK_SEPARATOR)
}
