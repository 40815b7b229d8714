import { z } from 'zod'

/** How deep a stored document may nest; deeper input is refused rather than risk the stack. */
export const MAX_DOC_DEPTH = 16

/**
 * The most text a stored document may hold, in UTF-16 units: as much as the largest file the
 * importer reads (20 MB), so that no payload can make the main process parse without bound.
 */
export const MAX_DOC_TEXT = 20_000_000

/** The JSON form of a ProseMirror node, as `Node.toJSON()` writes it (no marks in this schema). */
export interface DocNodeJson {
  type: string
  attrs?: Record<string, string | number | null>
  content?: DocNodeJson[]
  text?: string
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

const nodeSchema: z.ZodType<DocNodeJson> = z.lazy(() =>
  z.strictObject({
    type: z.string().regex(/^[a-z_]{1,32}$/),
    attrs: z.record(z.string(), z.union([z.string().max(200), z.number(), z.null()])).optional(),
    content: z.array(nodeSchema).max(1_000_000).optional(),
    text: z.string().optional(),
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
