import { describe, expect, it } from 'vitest'
import { docIndex, offsetToPos, posToOffset } from '../../../renderer/editor/positions'
import { sectionDoc } from '../../../renderer/editor/sections'
import type { DocNodeJson } from '../../../shared/model/doc-json'
import { articleText, textBlocks } from '../../../shared/text/article-text'

/** A body with every kind of block: plain, linked (several texts), empty, quoted, a heading. */
const BODY: DocNodeJson = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Harbour reopens' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'The ferry sailed at noon.' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The mayor ' },
        {
          type: 'text',
          text: 'said so',
          marks: [{ type: 'link', attrs: { href: 'https://a.example' } }],
        },
        { type: 'text', text: ' on Monday.' },
      ],
    },
    { type: 'paragraph' },
    {
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '“We are back.”' }] }],
    },
    ...Array.from({ length: 130 }, (_, index) => ({
      type: 'paragraph',
      content: [{ type: 'text', text: `Paragraph ${index}.` }],
    })),
  ],
}

describe('docIndex', () => {
  it('reads the blocks and the plain text as textBlocks and articleText do, through sections', () => {
    const doc = sectionDoc(BODY)
    // More than one section, so positions include the sections' own.
    expect(doc.childCount).toBeGreaterThan(1)
    const index = docIndex(doc)
    expect(index.blocks).toEqual(textBlocks(doc))
    expect(index.text).toBe(articleText(doc))
    expect(index.nodes.map((node) => node.textContent)).toEqual(
      textBlocks(doc).map((block) => block.text),
    )
    expect(index.blocks[2]?.text).toBe('The mayor said so on Monday.')
    expect(index.blocks[3]?.text).toBe('')
    expect(docIndex(doc)).toBe(index)
  })

  it('maps plain-text offsets and positions both ways', () => {
    const doc = sectionDoc(BODY)
    const index = docIndex(doc)
    const offset = index.text.indexOf('said so')
    const pos = offsetToPos(index, offset)
    expect(doc.textBetween(pos, pos + 'said so'.length)).toBe('said so')
    expect(posToOffset(index, pos)).toBe(offset)
  })
})
