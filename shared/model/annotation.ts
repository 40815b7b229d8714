import { z } from 'zod'
import { articleIdSchema } from './article'
import { factCheckSchema } from './fact-check'
import { TAG_KINDS } from './tag-kinds'

// The kinds live in the table of tag kinds; they are re-exported here for the many modules that
// read them beside the annotation schema.
export { TAG_KINDS, type TagKind } from './tag-kinds'

/** An editor's identity as it is recorded on every tag and review. */
export const editorRefSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'not an editor id'),
  name: z.string().trim().min(1, 'an editor needs a name').max(100),
})

/** An editor's identity as it is recorded on every tag and review. */
export type EditorRef = z.infer<typeof editorRefSchema>

const offset = z.number().int().nonnegative().max(1_000_000_000)

/** A tag's target: W3C TextPositionSelector and TextQuoteSelector over the article's plain text. */
export const targetSchema = z
  .strictObject({
    position: z.strictObject({
      type: z.literal('TextPositionSelector'),
      start: offset,
      end: offset,
    }),
    quote: z.strictObject({
      type: z.literal('TextQuoteSelector'),
      exact: z.string().min(1).max(100_000),
      prefix: z.string().max(64),
      suffix: z.string().max(64),
    }),
  })
  .refine(
    (target) =>
      target.position.end > target.position.start &&
      target.position.end - target.position.start === target.quote.exact.length,
    'the position must span the quoted text',
  )

/** A tag's target: W3C TextPositionSelector and TextQuoteSelector over the article's plain text. */
export type Target = z.infer<typeof targetSchema>

/** Link to evidence for a disputed sentence: only web and mail links. */
export const evidenceLinkSchema = z
  .string()
  .trim()
  .max(2048)
  .regex(/^(https?:\/\/|mailto:)[^\s<>"]+$/i, 'evidence must be an http(s) or mailto link')

/** A tag's id (also a review's): lowercase letters, digits and hyphens, 8 to 64 of them. */
export const tagIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{7,63}$/, 'not a tag id')

/** Where an accepted tag came from: the tag copied and its author, credited on the copy. */
export const acceptedFromSchema = z.strictObject({
  annotationId: tagIdSchema,
  author: editorRefSchema,
})

/** Where an accepted tag came from: the tag copied and its author, credited on the copy. */
export type AcceptedFrom = z.infer<typeof acceptedFromSchema>

/** A tag on a span of an article (usually one sentence), by one editor. */
export const annotationSchema = z.strictObject({
  id: tagIdSchema,
  articleId: articleIdSchema,
  author: editorRefSchema,
  kind: z.enum(TAG_KINDS),
  target: targetSchema,
  note: z.string().max(20_000),
  /** Who is quoted (quote tags). */
  speaker: z.string().max(200).optional(),
  /** Why the sentence is disputed (disputed tags). */
  reason: z.string().max(5_000).optional(),
  /** Links to evidence (disputed tags). */
  evidence: z.array(evidenceLinkSchema).max(20).optional(),
  /**
   * Set when the tagged text changed after tagging: the text as it was. The editor confirms
   * the tag still holds (clearing this) or moves or removes it. Never cleared silently.
   */
  changedFrom: z.string().max(100_000).optional(),
  /** Set on a tag made by accepting another editor's: whose tag it copies (their credit). */
  acceptedFrom: acceptedFromSchema.optional(),
  /** The fact-check (claimant, status, verdict, summary, passages): claim and disputed tags only. */
  factCheck: factCheckSchema.optional(),
  /**
   * Set on another editor's tag taken from an unsigned package on the importer's confirmation:
   * nothing proves its author made it. Never set on one's own tags, never sent in packages.
   */
  unverified: z.literal(true).optional(),
  created: z.iso.datetime(),
  modified: z.iso.datetime(),
})

/** A tag on a span of an article (usually one sentence), by one editor. */
export type Annotation = z.infer<typeof annotationSchema>
