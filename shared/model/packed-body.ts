import type { DocNodeJson } from './doc-json'

/**
 * An article's body packed for the renderer: its top-level blocks in order, a paragraph that holds
 * one unmarked text and nothing else (nearly every block of a news article) as that text alone,
 * any other block as its JSON. Three objects fewer per paragraph, which is what costs in a
 * structured clone (Electron's IPC) and in JSON.
 */
export interface PackedBody {
  /** The document's own attributes, when it has any. */
  attrs?: DocNodeJson['attrs']
  blocks: (string | DocNodeJson)[]
}

/** The text of `block` when it is a paragraph of one unmarked text and nothing else, or null. */
function plainParagraphText(block: DocNodeJson): string | null {
  if (block.type !== 'paragraph' || block.attrs !== undefined || block.marks !== undefined) {
    return null
  }
  const [only, ...more] = block.content ?? []
  if (!only || more.length > 0 || only.type !== 'text' || typeof only.text !== 'string') {
    return null
  }
  const { type: _type, text, ...others } = only
  return Object.keys(others).length === 0 ? text : null
}

/**
 * Packs the body `body` (a document's JSON, as `Node.toJSON` writes it) for sending. Lossless:
 * {@link unpackBody} gives back an equal document, key for key.
 */
export function packBody(body: DocNodeJson): PackedBody {
  const blocks = (body.content ?? []).map((block) => plainParagraphText(block) ?? block)
  return body.attrs === undefined ? { blocks } : { attrs: body.attrs, blocks }
}

/** The document's JSON from its packed body `packed`. */
export function unpackBody(packed: PackedBody): DocNodeJson {
  const content = packed.blocks.map((block): DocNodeJson =>
    typeof block === 'string'
      ? { type: 'paragraph', content: [{ type: 'text', text: block }] }
      : block,
  )
  // As `Node.toJSON` writes a document: its attributes when it has any, no content when empty.
  return {
    type: 'doc',
    ...(packed.attrs === undefined ? {} : { attrs: packed.attrs }),
    ...(content.length === 0 ? {} : { content }),
  }
}
