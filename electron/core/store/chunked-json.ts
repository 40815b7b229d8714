import { PRETTY_PRINT_LIMIT, storeJson } from './json-file'

/** How long serialising may hold the event loop before it lets others run (ms). */
export const SLICE_MS = 8

/**
 * A pause for work done in slices: each call resolves at once until `sliceMs` have passed since
 * the last turn the event loop got, and otherwise after giving it one (`setImmediate`).
 */
export function timeSlicer(sliceMs = SLICE_MS): () => Promise<void> {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < sliceMs) return
    await new Promise<void>((resolve) => setImmediate(resolve))
    since = performance.now()
  }
}

/** Items of a big array serialised in one piece; the event loop may run between pieces. */
const CHUNK_ITEMS = 256

/** Text gathered before it is encoded to UTF-8 (characters). */
const FLUSH_CHARS = 64 * 1024

/**
 * How deep objects are walked key by key, and arrays piece by piece: an article file, its
 * article, the article's body and the body's paragraphs (or the file's tags, a piece at a time).
 */
const WALK_DEPTH = 4

/** A value serialised before: its compact JSON as UTF-8, and its length in characters. */
export interface SerialisedValue {
  bytes: Buffer
  chars: number
}

/** Options of {@link storeJsonInChunks}. */
export interface ChunkedJsonOptions {
  /**
   * Values serialised by earlier calls, by identity: a value found here is written from its
   * bytes, not serialised again. The caller must never mutate a value it keeps here.
   */
  cache?: WeakMap<object, SerialisedValue>
  /** Which values to keep in `cache` once serialised (compared by identity). */
  keep?: (value: object) => boolean
  /** The longest the event loop is held between turns (default {@link SLICE_MS}; 0 yields at every piece). */
  sliceMs?: number
}

type Walkable = Record<string, unknown> | unknown[]

/** Objects and arrays JSON.stringify writes member by member: no toJSON, plain prototypes. */
function walkable(value: unknown): value is Walkable {
  if (value === null || typeof value !== 'object') return false
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false
  if (Array.isArray(value)) return true
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/** Gathers the output: strings, encoded in pieces, and the bytes of values serialised before. */
class Output {
  readonly parts: Buffer[] = []
  chars = 0
  private pending: string[] = []
  private pendingChars = 0

  text(text: string): void {
    this.pending.push(text)
    this.pendingChars += text.length
    this.chars += text.length
    if (this.pendingChars >= FLUSH_CHARS) this.flush()
  }

  reuse(value: SerialisedValue): void {
    this.flush()
    this.parts.push(value.bytes)
    this.chars += value.chars
  }

  flush(): void {
    if (this.pendingChars === 0) return
    this.parts.push(Buffer.from(this.pending.join(''), 'utf8'))
    this.pending = []
    this.pendingChars = 0
  }
}

/**
 * The bytes of {@link storeJson}`(data)`, byte for byte, made so that a big file never holds the
 * event loop for long: the objects near the top (an article file, its article, the article's
 * body) are written key by key, big arrays (paragraphs, tags, reviews) {@link CHUNK_ITEMS} items at
 * a time, text is encoded to UTF-8 in pieces, and after every `sliceMs` of work the event loop
 * gets a turn. Values in `cache` (an article's body, unchanged since the last save) are not
 * serialised again. `data` must not change until the promise settles: the store's files are
 * replaced, never mutated, so the caller passes the version it saves.
 */
export async function storeJsonInChunks(
  data: unknown,
  options: ChunkedJsonOptions = {},
): Promise<Buffer> {
  const { cache, keep } = options
  const pause = timeSlicer(options.sliceMs)

  /**
   * Writes `value`, an object or array JSON.stringify writes member by member; `fresh` when it is
   * being serialised to be kept.
   */
  const write = async (
    value: Walkable,
    depth: number,
    out: Output,
    fresh = false,
  ): Promise<void> => {
    const known = cache?.get(value)
    if (known) {
      out.reuse(known)
      return
    }
    if (cache && !fresh && keep?.(value)) {
      const own = new Output()
      await write(value, depth, own, true)
      own.flush()
      const serialised = { bytes: Buffer.concat(own.parts), chars: own.chars }
      cache.set(value, serialised)
      out.reuse(serialised)
      return
    }
    if (depth >= WALK_DEPTH) {
      out.text(JSON.stringify(value))
      await pause()
      return
    }
    if (Array.isArray(value)) {
      out.text('[')
      /** Writes items `from` to `to` (exclusive), none of them kept, a chunk at a time. */
      const run = async (from: number, to: number): Promise<void> => {
        for (let start = from; start < to; start += CHUNK_ITEMS) {
          // JSON.stringify of a slice writes its items as it would inside the whole array
          // (holes, undefined and functions as null); the slice's brackets are dropped.
          const piece = JSON.stringify(value.slice(start, Math.min(start + CHUNK_ITEMS, to)))
          out.text(start === 0 ? piece.slice(1, -1) : `,${piece.slice(1, -1)}`)
          await pause()
        }
      }
      let from = 0
      for (let index = 0; cache && index < value.length; index += 1) {
        // An item kept, or to keep (a stored tag), is written from its own bytes.
        const item: unknown = value[index]
        if (!walkable(item) || !(cache.has(item) || keep?.(item))) continue
        await run(from, index)
        from = index + 1
        let known = cache.get(item)
        if (!known) {
          const text = JSON.stringify(item)
          known = { bytes: Buffer.from(text, 'utf8'), chars: text.length }
          cache.set(item, known)
        }
        if (index > 0) out.text(',')
        out.reuse(known)
        await pause()
      }
      await run(from, value.length)
      out.text(']')
      return
    }
    out.text('{')
    let first = true
    for (const key of Object.keys(value)) {
      const child = value[key]
      const comma = first ? '' : ','
      if (walkable(child)) {
        out.text(`${comma}${JSON.stringify(key)}:`)
        first = false
        await write(child, depth + 1, out)
        continue
      }
      // JSON.stringify leaves out a key whose value it cannot write (undefined, a function).
      const text = JSON.stringify(child) as string | undefined
      if (text === undefined) continue
      out.text(`${comma}${JSON.stringify(key)}:${text}`)
      first = false
      await pause()
    }
    out.text('}')
  }

  if (!walkable(data)) return storeJson(data)
  const out = new Output()
  await write(data, 0, out)
  out.flush()
  if (out.chars > PRETTY_PRINT_LIMIT) {
    return Buffer.concat([...out.parts, Buffer.from('\n')])
  }
  // Small enough to be written indented, where one JSON.stringify costs little.
  return storeJson(data)
}
