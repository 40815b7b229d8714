import { describe, expect, it } from 'vitest'
import { docSchema, MAX_DOC_DEPTH, MAX_DOC_TEXT } from '../../../shared/model/doc-json'

function paragraphs(texts: string[]) {
  return {
    type: 'doc',
    content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
  }
}

function nested(depth: number): unknown {
  let node: unknown = { type: 'text', text: 'x' }
  for (let level = 0; level < depth; level += 1) node = { type: 'blockquote', content: [node] }
  return { type: 'doc', content: [node] }
}

describe('docSchema', () => {
  it('accepts a document as Node.toJSON writes it', () => {
    expect(docSchema.safeParse(paragraphs(['One.', 'Two.'])).success).toBe(true)
  })

  it('refuses a document that nests too deep, without recursing into it', () => {
    expect(docSchema.safeParse(nested(MAX_DOC_DEPTH - 2)).success).toBe(true)
    const deep = docSchema.safeParse(nested(100_000))
    expect(deep.success).toBe(false)
    expect(deep.error?.issues[0]?.message).toMatch(/deeper than 16 levels/)
  })

  it('refuses more text than the largest importable file, counted across every node', () => {
    const half = 'a'.repeat(MAX_DOC_TEXT / 2)
    expect(docSchema.safeParse(paragraphs([half, half])).success).toBe(true)
    const over = docSchema.safeParse(paragraphs([half, half, 'one more']))
    expect(over.success).toBe(false)
    expect(over.error?.issues[0]?.message).toMatch(/more than 20000000 characters/)
  })

  it('refuses a top node other than doc and keys it does not know', () => {
    expect(docSchema.safeParse({ type: 'paragraph' }).success).toBe(false)
    expect(docSchema.safeParse({ type: 'doc', marks: [] }).success).toBe(false)
    expect(docSchema.safeParse(JSON.parse('{"type":"doc","__proto__":{"x":1}}')).success).toBe(
      false,
    )
  })
})
