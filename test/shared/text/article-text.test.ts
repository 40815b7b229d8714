import { describe, expect, it } from 'vitest'
import { Node, Schema } from 'prosemirror-model'
import { articleSchema } from '../../../shared/editor/schema'
import type { DocNodeJson } from '../../../shared/model/doc-json'
import { articleSentences } from '../../../shared/text/article-sentences'
import { BLOCK_SEPARATOR, articleText, textBlocks } from '../../../shared/text/article-text'

/** The article schema with its blocks wrapped in groups, as the editor wraps them in sections. */
const wrappedSchema = new Schema({
  nodes: articleSchema.spec.nodes
    .update('doc', { content: 'group+' })
    .addToEnd('group', { content: 'block+' }),
})

const blocks: DocNodeJson[] = [
  { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'A Headline' }] },
  { type: 'paragraph', content: [{ type: 'text', text: 'First one. Second one.' }] },
  { type: 'paragraph' },
  {
    type: 'blockquote',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: '“Quoted,” she said.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Still quoted.' }] },
    ],
  },
  { type: 'paragraph', content: [{ type: 'text', text: 'The end.' }] },
]

describe('article text', () => {
  it('joins the textblocks, blockquotes’ paragraphs included, with the block separator', () => {
    const doc = Node.fromJSON(articleSchema, { type: 'doc', content: blocks })
    expect(articleText(doc)).toBe(
      [
        'A Headline',
        'First one. Second one.',
        '',
        '“Quoted,” she said.',
        'Still quoted.',
        'The end.',
      ].join(BLOCK_SEPARATOR),
    )
    for (const block of textBlocks(doc)) {
      expect(articleText(doc).slice(block.start, block.start + block.text.length)).toBe(block.text)
      expect(doc.resolve(block.pos).parent.textContent).toBe(block.text)
    }
  })

  it('gives the same text and offsets when the blocks are wrapped in groups (editor sections)', () => {
    const flat = Node.fromJSON(articleSchema, { type: 'doc', content: blocks })
    const wrapped = Node.fromJSON(wrappedSchema, {
      type: 'doc',
      content: [
        { type: 'group', content: blocks.slice(0, 2) },
        { type: 'group', content: blocks.slice(2, 4) },
        { type: 'group', content: blocks.slice(4) },
      ],
    })
    wrapped.check()
    expect(articleText(wrapped)).toBe(articleText(flat))
    expect(articleSentences(wrapped)).toEqual(articleSentences(flat))
    const strip = (doc: Node) => textBlocks(doc).map(({ text, start }) => ({ text, start }))
    expect(strip(wrapped)).toEqual(strip(flat))
    // Positions are the wrapped document's own: each points at its block's content.
    for (const block of textBlocks(wrapped)) {
      expect(wrapped.resolve(block.pos).parent.textContent).toBe(block.text)
    }
  })
})
