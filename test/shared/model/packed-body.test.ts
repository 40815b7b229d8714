import { describe, expect, it } from 'vitest'
import { Node } from 'prosemirror-model'
import { articleSchema } from '../../../shared/editor/schema'
import type { DocNodeJson } from '../../../shared/model/doc-json'
import { packBody, unpackBody } from '../../../shared/model/packed-body'

/** A body as `Node.toJSON` writes it: a heading, plain paragraphs, a link, a quote, an empty one. */
const BODY = Node.fromJSON(articleSchema, {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Harbour reopens' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'The harbour reopened on Monday.' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'See ' },
        {
          type: 'text',
          text: 'the minutes',
          marks: [{ type: 'link', attrs: { href: 'https://example.org/minutes' } }],
        },
      ],
    },
    {
      type: 'blockquote',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'We are ready.' }] }],
    },
    { type: 'paragraph' },
    { type: 'paragraph', content: [{ type: 'text', text: 'Ferries will run hourly.' }] },
  ],
}).toJSON() as DocNodeJson

describe('packBody and unpackBody', () => {
  it('give back the document as it was, key for key, through JSON as the answer travels', () => {
    const packed: unknown = JSON.parse(JSON.stringify(packBody(BODY)))
    expect(JSON.stringify(unpackBody(packed as ReturnType<typeof packBody>))).toBe(
      JSON.stringify(BODY),
    )
    expect(
      Node.fromJSON(articleSchema, unpackBody(packBody(BODY))).eq(
        Node.fromJSON(articleSchema, BODY),
      ),
    ).toBe(true)
  })

  it('sends a paragraph of one unmarked text as that text, any other block as it is', () => {
    const { blocks } = packBody(BODY)
    const content = BODY.content ?? []
    expect(blocks).toEqual([
      content[0],
      'The harbour reopened on Monday.',
      content[2],
      content[3],
      content[4],
      'Ferries will run hourly.',
    ])
  })

  it('keeps a document that has no blocks and one that has attributes', () => {
    expect(unpackBody(packBody({ type: 'doc' }))).toEqual({ type: 'doc' })
    const attributed: DocNodeJson = { type: 'doc', attrs: { lang: 'en' }, content: [] }
    expect(packBody(attributed)).toEqual({ attrs: { lang: 'en' }, blocks: [] })
  })
})
