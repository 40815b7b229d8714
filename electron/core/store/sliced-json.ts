import { PRETTY_PRINT_LIMIT } from './json-file'

/** How long one slice of serialising may hold the main thread before it lets others run (ms). */
export const SLICE_MS = 8

/** The deepest level whose objects are written key by key, and arrays item by item. */
const WALK_DEPTH = 3

/** Arrays shorter than this are written in one piece. */
const WALK_LENGTH = 16

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

function skippedInObject(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol'
}

/**
 * `JSON.stringify(value)` (compact), character for character, made in slices: the big arrays
 * near the top (an article's paragraphs, its tags, its reviews) are written item by item, and
 * after every {@link SLICE_MS} of work the event loop gets a turn. A 5 MB article then never
 * holds the main process for the whole of its serialisation, so windows stay responsive while it
 * is saved. `sliceMs` 0 yields after every item (tests).
 */
export async function stringifyInSlices(value: unknown, sliceMs = SLICE_MS): Promise<string> {
  const parts: string[] = []
  let since = performance.now()
  const pause = async (): Promise<void> => {
    if (performance.now() - since < sliceMs) return
    await new Promise<void>((resolve) => setImmediate(resolve))
    since = performance.now()
  }
  const write = async (item: unknown, depth: number, inArray: boolean): Promise<void> => {
    if (depth <= WALK_DEPTH && Array.isArray(item) && item.length >= WALK_LENGTH) {
      parts.push('[')
      for (let index = 0; index < item.length; index += 1) {
        if (index > 0) parts.push(',')
        await write(item[index], depth + 1, true)
        await pause()
      }
      parts.push(']')
      return
    }
    if (depth <= WALK_DEPTH && isPlainObject(item)) {
      parts.push('{')
      let first = true
      for (const key of Object.keys(item)) {
        const child = item[key]
        if (skippedInObject(child)) continue
        if (!first) parts.push(',')
        first = false
        parts.push(`${JSON.stringify(key)}:`)
        await write(child, depth + 1, false)
      }
      parts.push('}')
      return
    }
    const text = JSON.stringify(item) as string | undefined
    parts.push(text === undefined ? (inArray ? 'null' : '') : text)
  }
  if (!isPlainObject(value) && !Array.isArray(value)) return JSON.stringify(value)
  await write(value, 0, false)
  return parts.join('')
}

/**
 * The bytes of a store file holding `data`, as `storeJson` writes them (indented below
 * {@link PRETTY_PRINT_LIMIT}, compact above), made in slices so that a big file does not hold the
 * main thread: the serialiser of article files.
 */
export async function storeJsonInSlices(data: unknown): Promise<Buffer> {
  const compact = await stringifyInSlices(data)
  const text = compact.length > PRETTY_PRINT_LIMIT ? compact : JSON.stringify(data, null, 2)
  return Buffer.from(`${text}\n`, 'utf8')
}
