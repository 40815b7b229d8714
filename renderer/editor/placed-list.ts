import type { TagKind } from '../../shared/model/tag-kinds'
import { tagId, type PlacedTag } from './tag-record'

/** Document order of placed tags: by start, then end, then id (a total order, so one answer). */
export function byPlace(a: PlacedTag, b: PlacedTag): number {
  const aId = tagId(a.record)
  const bId = tagId(b.record)
  return (
    (a.from ?? 0) - (b.from ?? 0) ||
    (a.to ?? 0) - (b.to ?? 0) ||
    (aId < bId ? -1 : aId > bId ? 1 : 0)
  )
}

/** Tags per chunk when a list is cut up; a chunk that grows to twice this is split in two. */
const CHUNK_SIZE = 128

type Chunk = readonly PlacedTag[]

/** Per chunk, its tags kept by each named filter (chunks are immutable, so each is done once). */
const filteredChunks = new WeakMap<Chunk, Map<string, Chunk>>()
/** Per chunk, how many of its tags there are of each kind. */
const chunkKindCounts = new WeakMap<Chunk, ReadonlyMap<TagKind, number>>()

/** The index in `items` (sorted by {@link byPlace}) where `tag` goes, by bisection. */
function insertionIndex(items: readonly PlacedTag[], tag: PlacedTag): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >> 1
    const item = items[middle]
    if (item && byPlace(item, tag) < 0) low = middle + 1
    else high = middle
  }
  return low
}

/** The chunk of `chunks` where `tag` sits or would go: the first whose last tag is not before it. */
function chunkFor(chunks: readonly Chunk[], tag: PlacedTag): number {
  let low = 0
  let high = chunks.length - 1
  while (low < high) {
    const middle = (low + high) >> 1
    const chunk = chunks[middle] ?? []
    const last = chunk[chunk.length - 1]
    if (last && byPlace(last, tag) < 0) low = middle + 1
    else high = middle
  }
  return Math.max(0, low)
}

/**
 * The placed tags of an article in document order, kept in chunks of about a hundred: a changed
 * tag makes a new list that shares every chunk but one with the old, so a tag key costs a copy of
 * one chunk and of the list of chunks, not of twenty thousand tags. Immutable. Filtered lists
 * ({@link PlacedList.filter}) and counts per kind are worked out per chunk and kept, so after a
 * change only the changed chunk is filtered or counted again.
 */
export class PlacedList {
  /** How many tags the list holds. */
  readonly length: number
  /** The index of each chunk's first tag in the list. */
  private readonly starts: readonly number[]
  private array: readonly PlacedTag[] | null = null

  private constructor(private readonly chunks: readonly Chunk[]) {
    const starts: number[] = []
    let length = 0
    for (const chunk of chunks) {
      starts.push(length)
      length += chunk.length
    }
    this.starts = starts
    this.length = length
  }

  /** A list of `tags`, which must already be in document order ({@link byPlace}). */
  static of(tags: readonly PlacedTag[]): PlacedList {
    const chunks: Chunk[] = []
    for (let start = 0; start < tags.length; start += CHUNK_SIZE) {
      chunks.push(tags.slice(start, start + CHUNK_SIZE))
    }
    return new PlacedList(chunks)
  }

  /** The empty list. */
  static readonly empty: PlacedList = new PlacedList([])

  /** The tag at `index` in document order (a bisection over the chunks), or undefined. */
  at(index: number): PlacedTag | undefined {
    if (index < 0 || index >= this.length) return undefined
    let low = 0
    let high = this.starts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.starts[middle] ?? 0) <= index) low = middle
      else high = middle - 1
    }
    return this.chunks[low]?.[index - (this.starts[low] ?? 0)]
  }

  /** Every tag as one array (made once per list, on the first call): a linear copy. */
  toArray(): readonly PlacedTag[] {
    this.array ??= this.chunks.flat()
    return this.array
  }

  /**
   * The list with `removed` taken out (each exactly where it sits: same place and id) and `added`
   * put in at their places: work proportional to the tags changed and the number of chunks.
   * Null when a tag to remove is not where it is said to be (the caller reads the list afresh).
   */
  patched(removed: readonly PlacedTag[], added: readonly PlacedTag[]): PlacedList | null {
    const chunks = this.chunks.slice()
    for (const tag of removed) {
      const index = chunkFor(chunks, tag)
      const chunk = chunks[index] ?? []
      const at = insertionIndex(chunk, tag)
      const found = chunk[at]
      if (!found || byPlace(found, tag) !== 0) return null
      const rest = chunk.slice(0, at).concat(chunk.slice(at + 1))
      if (rest.length > 0) chunks[index] = rest
      else chunks.splice(index, 1)
    }
    for (const tag of added) {
      const index = chunkFor(chunks, tag)
      const chunk = chunks[index] ?? []
      const at = insertionIndex(chunk, tag)
      const grown = [...chunk.slice(0, at), tag, ...chunk.slice(at)]
      const parts =
        grown.length >= 2 * CHUNK_SIZE
          ? [grown.slice(0, CHUNK_SIZE), grown.slice(CHUNK_SIZE)]
          : [grown]
      chunks.splice(index, chunks.length > 0 ? 1 : 0, ...parts)
    }
    return new PlacedList(chunks)
  }

  /**
   * The tags `keep` keeps, in order, as a list. `name` names the filter (the same name must mean
   * the same filter): each chunk is filtered once per name and the result kept, so filtering the
   * list after a change costs one chunk, not the whole list.
   */
  filter(name: string, keep: (tag: PlacedTag) => boolean): PlacedList {
    const chunks: Chunk[] = []
    let same = true
    for (const chunk of this.chunks) {
      let byName = filteredChunks.get(chunk)
      if (!byName) {
        byName = new Map()
        filteredChunks.set(chunk, byName)
      }
      let kept = byName.get(name)
      if (!kept) {
        kept = chunk.every(keep) ? chunk : chunk.filter(keep)
        byName.set(name, kept)
      }
      if (kept !== chunk) same = false
      if (kept.length > 0) chunks.push(kept)
    }
    return same ? this : new PlacedList(chunks)
  }

  /**
   * How this list differs from `older`, a list it was patched from (directly or not): the tags of
   * `older` not in this one (`gone`) and the tags of this one not in `older` (`came`), a tag that
   * moved or changed being in both. Tags are compared as objects, and only in the chunks the two
   * lists do not share, so the work is proportional to the change; two lists that share nothing
   * (one was read afresh) are compared whole.
   */
  changesSince(older: PlacedList): { gone: PlacedTag[]; came: PlacedTag[] } {
    if (older === this) return { gone: [], came: [] }
    const olderChunks = new Set(older.chunks)
    const newerChunks = new Set(this.chunks)
    const goneChunks = older.chunks.filter((chunk) => !newerChunks.has(chunk))
    const cameChunks = this.chunks.filter((chunk) => !olderChunks.has(chunk))
    const before = new Set(goneChunks.flat())
    const after = new Set(cameChunks.flat())
    return {
      gone: [...before].filter((tag) => !after.has(tag)),
      came: [...after].filter((tag) => !before.has(tag)),
    }
  }

  /** How many tags of each kind the list holds (kinds it has none of are missing). */
  kindCounts(): ReadonlyMap<TagKind, number> {
    const counts = new Map<TagKind, number>()
    for (const chunk of this.chunks) {
      let ofChunk = chunkKindCounts.get(chunk)
      if (!ofChunk) {
        const counted = new Map<TagKind, number>()
        for (const tag of chunk) {
          const kind = tag.record.annotation.kind
          counted.set(kind, (counted.get(kind) ?? 0) + 1)
        }
        ofChunk = counted
        chunkKindCounts.set(chunk, ofChunk)
      }
      for (const [kind, count] of ofChunk) counts.set(kind, (counts.get(kind) ?? 0) + count)
    }
    return counts
  }
}
