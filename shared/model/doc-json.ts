import { z } from 'zod'
import { allowedHref, MAX_HREF_LENGTH } from './link-href'

/** How deep a stored document may nest; deeper input is refused rather than risk the stack. */
export const MAX_DOC_DEPTH = 16

/**
 * The most text a stored document may hold, in UTF-16 units: as much as the largest file the
 * importer reads (20 MB), so that no payload can make the main process parse without bound.
 */
export const MAX_DOC_TEXT = 20_000_000

/** The JSON form of a mark on a text node: only links (`{ type: 'link', attrs: { href } }`). */
export interface MarkJson {
  type: string
  attrs?: Record<string, string | number | null>
}

/** The JSON form of a ProseMirror node, as `Node.toJSON()` writes it. */
export interface DocNodeJson {
  type: string
  attrs?: Record<string, string | number | null>
  content?: DocNodeJson[]
  text?: string
  marks?: MarkJson[]
}

function depthWithin(value: unknown, limit: number): boolean {
  if (limit < 0) return false
  if (typeof value !== 'object' || value === null) return true
  const content = (value as { content?: unknown }).content
  if (!Array.isArray(content)) return true
  return content.every((child) => depthWithin(child, limit - 1))
}

function textWithin(value: unknown, budget: { left: number }, limit = MAX_DOC_DEPTH): boolean {
  // Too deep is the depth check's to report; stop here rather than risk the stack.
  if (limit < 0 || typeof value !== 'object' || value === null) return true
  const { text, content } = value as { text?: unknown; content?: unknown }
  if (typeof text === 'string') budget.left -= text.length
  if (budget.left < 0) return false
  return !Array.isArray(content) || content.every((child) => textWithin(child, budget, limit - 1))
}

/** A link mark: the only mark, whose address must pass `allowedHref` (http, https, mailto). */
const markSchema: z.ZodType<MarkJson> = z.strictObject({
  type: z.literal('link'),
  attrs: z.strictObject({
    href: z
      .string()
      .max(MAX_HREF_LENGTH)
      .refine((href) => allowedHref(href) !== null, 'a link must be an http, https or mailto URL'),
  }),
})

const nodeSchema: z.ZodType<DocNodeJson> = z.lazy(() =>
  z
    .strictObject({
      type: z.string().regex(/^[a-z_]{1,32}$/),
      attrs: z.record(z.string(), z.union([z.string().max(200), z.number(), z.null()])).optional(),
      content: z.array(nodeSchema).max(1_000_000).optional(),
      text: z.string().optional(),
      marks: z.array(markSchema).max(8).optional(),
    })
    .refine((node) => node.marks === undefined || typeof node.text === 'string', {
      message: 'only text carries marks',
    }),
)

/**
 * A ProseMirror document in JSON, checked for shape and depth. Whether its node types fit the
 * schema is checked when it is turned into a node (`Node.fromJSON`).
 */
export const docSchema = z
  .unknown()
  .refine((value) => depthWithin(value, MAX_DOC_DEPTH), {
    message: `the document nests deeper than ${MAX_DOC_DEPTH} levels`,
  })
  .refine((value) => textWithin(value, { left: MAX_DOC_TEXT }), {
    message: `the document holds more than ${MAX_DOC_TEXT} characters of text`,
  })
  .pipe(nodeSchema)
  .refine((doc) => doc.type === 'doc', 'the top node must be a doc')
