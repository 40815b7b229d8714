import { describe } from '../anchoring/describe'
import type { Annotation, EditorRef, Target } from './annotation'
import { TAG_KINDS, type TagKind } from './tag-kinds'

/**
 * What a packed tag carries beyond its place, kind, id, author and creation time: only what the
 * text and the defaults do not give back. `target` is there when the stored selectors are not
 * those `describe` makes of the tag's position in the text as it is (the text changed since, or
 * the tag is an orphan), so that the renderer anchors it as before; `note` when it is not empty;
 * `modified` when it is not the creation time; `created` when it is not in the form
 * `Date.prototype.toISOString` writes (its column then counts 0); and any other field the tag has.
 */
export type PackedRest = Partial<Omit<Annotation, 'id' | 'articleId' | 'author' | 'kind'>>

/**
 * An article's tags packed for the renderer, in columns (one entry per tag, in the tags' order):
 * a few arrays of small numbers and strings instead of an object tree per tag, which is what costs
 * in a structured clone (Electron's IPC) and in JSON. Each author is listed once.
 */
export interface PackedTags {
  authors: EditorRef[]
  /** Each tag's stored start in the article's plain text, less the previous tag's (the first: 0). */
  starts: number[]
  /** Each tag's stored end less its start. */
  lengths: number[]
  /** Each tag's kind: one character, `'0'` plus its index in `TAG_KINDS`. */
  kinds: string
  ids: string[]
  /** Each tag's author, an index into {@link PackedTags.authors}. */
  authorIndexes: number[]
  /** Each tag's creation time in ms since 1970, less the previous tag's (the first: 0). */
  created: number[]
  /** The rest (see {@link PackedRest}) of the tags that have any, as [tag index, rest] pairs. */
  rests: [index: number, rest: PackedRest][]
}

/** The character that stands for kind `kind` in {@link PackedTags.kinds}. */
function kindCode(kind: TagKind): string {
  const index = TAG_KINDS.indexOf(kind)
  if (index < 0) throw new RangeError(`packTags: unknown tag kind ${kind}`)
  return String.fromCharCode(48 + index)
}

/** Whether `target` is exactly what `describe` makes of its own position in `text`. */
function describesItself(text: string, target: Target): boolean {
  const { start, end } = target.position
  if (start >= end || end > text.length) return false
  const { quote } = describe(text, start, end)
  return (
    quote.exact === target.quote.exact &&
    quote.prefix === target.quote.prefix &&
    quote.suffix === target.quote.suffix
  )
}

/** `created` in ms since 1970 when `toISOString` gives it back exactly, or null. */
function canonicalTime(created: string): number | null {
  const time = Date.parse(created)
  if (!Number.isFinite(time)) return null
  return new Date(time).toISOString() === created ? time : null
}

/**
 * Packs one article's tags for sending, against `text`, the article's plain text (see
 * `articleText`). Lossless: {@link unpackTags} over the same text gives back equal annotations,
 * field for field and in the same key order.
 */
export function packTags(text: string, annotations: readonly Annotation[]): PackedTags {
  const packed: PackedTags = {
    authors: [],
    starts: [],
    lengths: [],
    kinds: '',
    ids: [],
    authorIndexes: [],
    created: [],
    rests: [],
  }
  const kinds: string[] = []
  const authorIndex = new Map<string, number>()
  let lastStart = 0
  let lastTime = 0
  let previous: { created: string | null; time: number | null } = { created: null, time: null }
  annotations.forEach((annotation, row) => {
    // `articleId` is the opened article's own; the fields named here travel in the columns.
    const {
      id,
      articleId: _articleId,
      author,
      kind,
      target,
      note,
      created,
      modified,
      ...rest
    } = annotation
    const key = `${author.id}\n${author.name}`
    let index = authorIndex.get(key)
    if (index === undefined) {
      index = packed.authors.length
      authorIndex.set(key, index)
      packed.authors.push(author)
    }
    const extra: PackedRest = rest
    if (!describesItself(text, target)) extra.target = target
    if (note !== '') extra.note = note
    // Tags made together share their time: read it once.
    const time = created === previous.created ? previous.time : canonicalTime(created)
    previous = { created, time }
    if (time === null) extra.created = created
    if (modified !== created) extra.modified = modified
    const { start, end } = target.position
    packed.starts.push(start - lastStart)
    packed.lengths.push(end - start)
    kinds.push(kindCode(kind))
    packed.ids.push(id)
    packed.authorIndexes.push(index)
    packed.created.push(time === null ? 0 : time - lastTime)
    if (Object.keys(extra).length > 0) packed.rests.push([row, extra])
    lastStart = start
    if (time !== null) lastTime = time
  })
  packed.kinds = kinds.join('')
  return packed
}

/**
 * The annotations of article `articleId` from its packed tags and its plain text `text` (the
 * text they were packed against). Throws a RangeError when the columns disagree in length, or a
 * tag names an author or kind not listed.
 */
export function unpackTags(text: string, articleId: string, packed: PackedTags): Annotation[] {
  const count = packed.ids.length
  const columns = [
    packed.starts.length,
    packed.lengths.length,
    packed.kinds.length,
    packed.authorIndexes.length,
    packed.created.length,
  ]
  if (columns.some((length) => length !== count)) {
    throw new RangeError(`unpackTags: the columns of ${count} tags disagree in length`)
  }
  const rests = new Map(packed.rests)
  const annotations: Annotation[] = []
  let start = 0
  let time = 0
  // Tags made together share their time: write it once (`toISOString` costs per call).
  let lastTime = Number.NaN
  let lastCreated = ''
  for (let row = 0; row < count; row += 1) {
    const id = packed.ids[row] as string
    start += packed.starts[row] as number
    const end = start + (packed.lengths[row] as number)
    const author = packed.authors[packed.authorIndexes[row] as number]
    if (!author) throw new RangeError(`unpackTags: tag ${id} names no known author`)
    const kind = TAG_KINDS[packed.kinds.charCodeAt(row) - 48]
    if (!kind) throw new RangeError(`unpackTags: tag ${id} names no known kind`)
    const rest = rests.get(row)
    const step = packed.created[row] as number
    if (rest?.created === undefined) {
      time += step
      if (time !== lastTime) {
        lastTime = time
        lastCreated = new Date(time).toISOString()
      }
    }
    if (rest === undefined) {
      // Nearly every tag: its selectors from the text, no note, never modified.
      const target = describe(text, start, end)
      const created = lastCreated
      annotations.push({
        id,
        articleId,
        author,
        kind,
        target,
        note: '',
        created,
        modified: created,
      })
      continue
    }
    const { target, note, created, modified, ...optional } = rest
    const createdAt = created ?? lastCreated
    annotations.push({
      id,
      articleId,
      author,
      kind,
      target: target ?? describe(text, start, end),
      note: note ?? '',
      ...optional,
      created: createdAt,
      modified: modified ?? createdAt,
    })
  }
  return annotations
}
