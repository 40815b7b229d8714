import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import fc from 'fast-check'
import type { z } from 'zod'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { Node } from 'prosemirror-model'
import { articleSchema as editorSchema } from '../../../shared/editor/schema'
import {
  invokeChannels,
  ipcChannelName,
  type Handlers,
  type InvokeChannel,
} from '../../../shared/ipc/contract'
import type { ErrorCode, Result } from '../../../shared/ipc/result'
import { invokeArgSchemas } from '../../../shared/ipc/validate'
import {
  annotationSchema,
  TAG_KINDS,
  type Annotation,
  type EditorRef,
} from '../../../shared/model/annotation'
import { docSchema } from '../../../shared/model/doc-json'
import { articleText } from '../../../shared/text/article-text'
import type { Dialogs } from '../../../electron/core/handlers'
import type { LibraryStore as Store } from '../../../electron/core/store/library-store'
import { SEEDS_DIR } from './fixtures'

// RELIABILITY.md S9/S10 one level down: hostile payloads on every channel of the contract, through
// the real dispatcher, the real handlers and a real store on disk; and every channel's sender check.

const registered = vi.hoisted(
  () => new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>(),
)

vi.mock('electron', async () => {
  const fake = await import('./fake-electron')
  return {
    ...fake,
    ipcMain: {
      handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) =>
        registered.set(channel, listener),
      removeHandler: (channel: string) => registered.delete(channel),
    },
  }
})

const { dispatch } = await import('../../../electron/core/dispatch')
const { createHandlers } = await import('../../../electron/core/handlers')
const { registerIpc } = await import('../../../electron/main/ipc')
const { seedLibrary } = await import('../../../electron/core/seed')
const { LibraryStore } = await import('../../../electron/core/store/library-store')
const { SettingsStore } = await import('../../../electron/core/store/settings-store')
const { createMainWindow } = await import('../../../electron/main/window')
const { FakeWebContents } = await import('./fake-electron')

/** Runs per channel and kind of payload; every channel gets several hundred calls in all. */
const RUNS = 120

/** Each fuzz test takes a second or two; a loaded machine gets room, no test asserts time. */
const FUZZ_TIMEOUT_MS = 60_000

/** Every failure code a Result may carry: a code added to ErrorCode must be added here. */
const ERROR_CODES: Readonly<Record<ErrorCode, true>> = {
  'invalid-argument': true,
  forbidden: true,
  'not-found': true,
  duplicate: true,
  'unsupported-file': true,
  'too-large': true,
  'store-failure': true,
  locked: true,
  'export-failure': true,
  cancelled: true,
  internal: true,
}

/** A file's identity for the before/after comparison of the watched folder. */
type Listing = Map<string, string>

/** Every file under `dir` (recursively), with its size and modification time. */
async function listAll(dir: string): Promise<Listing> {
  const listing: Listing = new Map()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    const info = await stat(path)
    listing.set(relative(dir, path), entry.isDirectory() ? 'dir' : `${info.size}:${info.mtimeMs}`)
  }
  return listing
}

/** Paths added or changed between two listings. */
function changedPaths(before: Listing, after: Listing): string[] {
  return [...after].filter(([path, id]) => before.get(path) !== id).map(([path]) => path)
}

/** Own property names of the built-in prototypes that a pollution would add to. */
function prototypeKeys(): string[][] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((proto) =>
    Object.getOwnPropertyNames(proto).sort(),
  )
}

/** True when `value` is a well-formed Result: a value, or a failure with a known code. */
function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const result = value as { ok?: unknown; value?: unknown; error?: unknown }
  if (result.ok === true) return 'value' in result
  if (result.ok !== false || typeof result.error !== 'object' || result.error === null) return false
  const error = result.error as { code?: unknown; message?: unknown }
  return (
    typeof error.code === 'string' &&
    Object.hasOwn(ERROR_CODES, error.code) &&
    typeof error.message === 'string' &&
    error.message.length > 0
  )
}

/** Strings a renderer might try: traversal, drive and device names, controls, markup, lookalikes. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '../../../x',
  '..\\..\\..\\x',
  '%2e%2e%2f%2e%2e%2fx',
  '/etc/passwd',
  'C:\\Windows\\win.ini',
  '\\\\server\\share\\x',
  'CON',
  'aux.txt',
  'a:b',
  'x\u0000y',
  '\u202eevil.txt',
  'line\nbreak',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  'file:///etc/passwd',
  '__proto__',
  'constructor',
  'prototype',
  '0123456789ABCDEF',
  '0123456789abcdef0',
  '2025-02-30',
  '9999-99-99',
  '💥'.repeat(300),
  'x'.repeat(70_000),
]

/** A JSON text with `__proto__`, `constructor` and `prototype` keys, parsed the way IPC would. */
const protoJson = fc
  .tuple(
    fc.constantFrom('__proto__', 'constructor', 'prototype'),
    fc.constantFrom('polluted', 'toString', 'valueOf', 'isAdmin', 'then'),
    fc.jsonValue({ maxDepth: 2 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
  )
  .map(([outer, inner, value, rest]) => {
    const nested = `{${JSON.stringify(inner)}:${JSON.stringify(value)}}`
    const deeper = outer === 'constructor' ? `{"prototype":${nested}}` : nested
    const entries = Object.entries(rest).map(
      ([key, item]) => `${JSON.stringify(key)}:${JSON.stringify(item)}`,
    )
    return JSON.parse(
      `{${[`${JSON.stringify(outer)}:${deeper}`, ...entries].join(',')}}`,
    ) as unknown
  })

/** Values of the wrong type for any field. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53, -1),
  fc.string({ maxLength: 20 }),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.constant({}),
  fc.date(),
  fc.bigInt(),
  fc.uint8Array({ maxLength: 8 }),
  protoJson,
)

/** What the fuzzer knows of the library, so that shapes can carry real ids. */
interface FuzzContext {
  articleIds: string[]
  texts: Map<string, string>
  /** The articles' bodies as stored (ProseMirror JSON). */
  bodies: unknown[]
  editor: EditorRef
  /** Strings that look right somewhere: ids, names, kinds, formats, dates, links. */
  strings: string[]
}

/** The zod definition behind a schema (zod 4 keeps it at `_zod.def`). */
function defOf(schema: z.ZodType): Record<string, unknown> & { type: string } {
  return (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod
    .def
}

/**
 * Walks a zod schema and returns an arbitrary of values that (mostly) pass it: objects with every
 * key, enums and literals from their lists, strings and numbers from a pool of real ids, names,
 * dates and links filtered by the leaf's own checks, and real article bodies and valid tags where
 * the schema takes a document or a tag. Refinements across fields may still fail.
 */
function validLike(schema: z.ZodType, context: FuzzContext, depth = 0): fc.Arbitrary<unknown> {
  if (schema === (docSchema as unknown)) return fc.constantFrom(...context.bodies)
  if (schema === (annotationSchema as unknown)) {
    return plausibleTags(context).map(({ tags }) => tags[0] ?? null)
  }
  const def = defOf(schema)
  const pick = <T>(pool: readonly T[], fallback: fc.Arbitrary<unknown>) => {
    const fitting = pool.filter((candidate) => schema.safeParse(candidate).success)
    return fitting.length > 0 ? fc.constantFrom(...fitting) : fallback
  }
  switch (def.type) {
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>
      return fc.record(
        Object.fromEntries(
          Object.entries(shape).map(([key, value]) => [key, validLike(value, context, depth + 1)]),
        ),
      )
    }
    case 'array':
      return depth > 6
        ? fc.constant([])
        : fc.array(validLike(def.element as z.ZodType, context, depth + 1), { maxLength: 3 })
    case 'optional':
    case 'default':
      return fc.option(validLike(def.innerType as z.ZodType, context, depth), { nil: undefined })
    case 'nullable':
      return fc.option(validLike(def.innerType as z.ZodType, context, depth), { nil: null })
    case 'pipe':
      return validLike(def.out as z.ZodType, context, depth)
    case 'lazy':
      return validLike((def.getter as () => z.ZodType)(), context, depth + 1)
    case 'union':
      return fc.oneof(
        ...(def.options as z.ZodType[]).map((option) => validLike(option, context, depth)),
      )
    case 'record':
      return fc.dictionary(
        validLike(def.keyType as z.ZodType, context, depth + 1) as fc.Arbitrary<string>,
        validLike(def.valueType as z.ZodType, context, depth + 1),
        { maxKeys: 2 },
      )
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries as Record<string, string>))
    case 'literal':
      return fc.constantFrom(...(def.values as unknown[]))
    case 'string':
      return pick(context.strings, fc.string({ maxLength: 20 }))
    case 'number':
      return pick([0, 1, 2, 5, 40, 120, 400], fc.nat({ max: 400 }))
    case 'boolean':
      return fc.boolean()
    case 'undefined':
      return fc.constant(undefined)
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

/** Values that replace a field in a mutated payload. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  wrongType,
  fc.constantFrom(...HOSTILE_STRINGS),
  protoJson,
  fc.string({ unit: 'binary', maxLength: 30 }),
)

/** One change to a payload: which node (by index, modulo the count) and what to do there. */
interface Mutation {
  at: number
  action: 'replace' | 'delete' | 'add' | 'whole'
  key: string
  value: unknown
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('replace', 'replace', 'delete', 'add', 'whole'),
  key: fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra', 'id', 'then'),
  value: hostileValue,
})

/** Every (container, key) pair in the plain objects and arrays of a value, depth first. */
function slots(value: unknown): [Record<string, unknown> | unknown[], string | number][] {
  const found: [Record<string, unknown> | unknown[], string | number][] = []
  const visit = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return
    const prototype = Object.getPrototypeOf(node) as unknown
    if (!Array.isArray(node) && prototype !== Object.prototype && prototype !== null) return
    const container = node as Record<string, unknown> | unknown[]
    for (const key of Object.keys(container)) {
      found.push([container, Array.isArray(container) ? Number(key) : key])
      visit((container as Record<string, unknown>)[key])
    }
  }
  visit(value)
  return found
}

/** Applies mutations to a copy of `value`: a field replaced or deleted, a key added, or all of it. */
function applyMutations(value: unknown, mutations: readonly Mutation[]): unknown {
  let result = value === undefined ? undefined : structuredClone(value)
  for (const change of mutations) {
    const places = slots(result)
    if (change.action === 'whole' || places.length === 0) {
      result = change.value
      continue
    }
    const [container, key] = places[change.at % places.length] ?? [{}, '']
    if (change.action === 'replace') (container as Record<string, unknown>)[key] = change.value
    else if (change.action === 'delete') {
      if (Array.isArray(container)) container.splice(Number(key), 1)
      else delete (container as Record<string, unknown>)[key]
    } else if (!Array.isArray(container)) {
      Object.defineProperty(container, change.key, {
        value: change.value,
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
  }
  return result
}

/**
 * Plausible but wrong: a payload that fits the channel's schema, then up to two fields replaced
 * by hostile values, deleted, joined by `__proto__`/`constructor` keys, or the whole replaced.
 * With no mutation it is a valid call, so handlers run and write to the store.
 */
function mutatedPayloads(schema: z.ZodType, context: FuzzContext): fc.Arbitrary<unknown> {
  return fc
    .tuple(validLike(schema, context), fc.array(mutation, { maxLength: 2 }))
    .map(([value, mutations]) => applyMutations(value, mutations))
}

/**
 * Tags that pass validation on a real article, by the acting editor, carrying hostile notes,
 * speakers, reasons and links: these reach the store and are written to disk.
 */
function plausibleTags(
  context: FuzzContext,
): fc.Arbitrary<{ articleId: string; tags: Annotation[] }> {
  return fc.constantFrom(...context.articleIds).chain((articleId) => {
    const text = context.texts.get(articleId) ?? ''
    const tag = fc
      .record({
        start: fc.nat({ max: Math.max(0, text.length - 2) }),
        length: fc.integer({ min: 1, max: 200 }),
        suffix: fc.string({
          unit: fc.constantFrom(...'0123456789abcdef'),
          minLength: 8,
          maxLength: 8,
        }),
        kind: fc.constantFrom(...TAG_KINDS),
        note: fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom(...HOSTILE_STRINGS)),
        speaker: fc.option(fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length <= 200)), {
          nil: undefined,
        }),
        evidence: fc.option(
          fc.array(
            fc.constantFrom('https://example.org/a', 'mailto:x@example.org', 'javascript:x'),
            {
              maxLength: 3,
            },
          ),
          { nil: undefined },
        ),
      })
      .map(({ start, length, suffix, kind, note, speaker, evidence }): Annotation => {
        const end = Math.min(text.length, start + length)
        const now = new Date().toISOString()
        return {
          id: `fuzz-${suffix}`,
          articleId,
          author: context.editor,
          kind,
          target: {
            position: { type: 'TextPositionSelector', start, end },
            quote: {
              type: 'TextQuoteSelector',
              exact: text.slice(start, end),
              prefix: text.slice(Math.max(0, start - 32), start),
              suffix: text.slice(end, end + 32),
            },
          },
          note,
          ...(speaker === undefined ? {} : { speaker }),
          ...(evidence === undefined ? {} : { evidence }),
          created: now,
          modified: now,
        }
      })
    return fc.array(tag, { maxLength: 3 }).map((tags) => ({ articleId, tags }))
  })
}

/** Payloads that no schema should take apart slowly: 50 MB strings and 100 000-deep nesting. */
function monsterPayloads(channel: InvokeChannel, context: FuzzContext): unknown[] {
  const huge = 'x'.repeat(50 * 1024 * 1024)
  const deepArray = JSON.parse('['.repeat(100_000) + ']'.repeat(100_000)) as unknown
  let deepObject: unknown = { type: 'text', text: 'end' }
  for (let level = 0; level < 100_000; level++)
    deepObject = { type: 'paragraph', content: [deepObject] }
  const shape = (invokeArgSchemas[channel] as unknown as { _zod: { def: { shape?: object } } })._zod
    .def.shape
  const keys = shape ? Object.keys(shape) : []
  const realId = context.articleIds[0]
  const fill = (value: unknown) =>
    Object.fromEntries(
      keys.map((key) => [key, key === 'id' || key === 'articleId' ? realId : value]),
    )
  return [
    huge,
    deepArray,
    deepObject,
    fill(huge),
    fill(deepArray),
    fill(deepObject),
    { ...fill(deepArray), id: huge, articleId: huge },
  ]
}

describe('IPC fuzz: hostile payloads on every channel, through dispatch, over a real store', () => {
  let parent: string
  let dataDir: string
  let exportDir: string
  let store: Store
  let handlers: Handlers
  let context: FuzzContext
  let before: Listing
  const unexpected: { message: string; error: unknown }[] = []
  const canaries = new Map<string, string>()

  beforeAll(async () => {
    // The library sits four levels below the watched folder, so `../../../x` still lands in it.
    parent = await mkdtemp(join(tmpdir(), 'factmark-fuzz-'))
    dataDir = join(parent, 'a', 'b', 'c', 'library')
    exportDir = join(parent, 'exports')
    await mkdir(dataDir, { recursive: true })
    await mkdir(exportDir)
    for (const path of ['canary.txt', join('a', 'canary.txt'), join('a', 'b', 'c', 'canary.txt')]) {
      canaries.set(path, `canary ${path}`)
      await writeFile(join(parent, path), `canary ${path}`)
    }
    store = await LibraryStore.open(dataDir)
    await seedLibrary(store, SEEDS_DIR)
    const settings = await SettingsStore.open(dataDir, 'Fuzz Editor')
    // Never a literal typed as Dialogs, so this keeps compiling as dialogs are added; a user
    // who picks a file picks it in the export folder, under the name the app offered.
    const stubs = {
      chooseImportFiles: async () => [] as string[],
      chooseExportFile: async (defaultName: string) => join(exportDir, defaultName),
      chooseExportFolder: async () => exportDir,
      showInFolder: () => undefined,
    }
    const dialogs: Dialogs = stubs
    handlers = createHandlers({
      store,
      settings,
      dialogs,
      htmlRenderer: null,
      appInfo: { name: 'Factmark', version: 'fuzz', dataDir, platform: process.platform },
    })
    const texts = new Map<string, string>()
    const bodies: unknown[] = []
    for (const meta of store.list()) {
      const article = await store.get(meta.id)
      texts.set(meta.id, articleText(Node.fromJSON(editorSchema, article.body)))
      bodies.push(article.body)
    }
    const articleIds = [...texts.keys()]
    const strings = [
      ...articleIds,
      settings.editor.id,
      settings.editor.name,
      ...TAG_KINDS,
      'html',
      'md',
      'csv',
      'jsonl',
      'w3c',
      'A title',
      'The Example Post',
      '2025-11-17',
      '2025-11-17T10:00:00.000Z',
      'https://example.org/a',
      'mailto:someone@example.org',
      join(exportDir, 'article.md'),
      ...HOSTILE_STRINGS,
    ]
    context = { articleIds, texts, bodies, editor: settings.editor, strings }
    before = await listAll(parent)
  })

  afterAll(async () => {
    await store?.close().catch(() => undefined)
    if (parent) await rm(parent, { recursive: true, force: true })
  })

  const log = (message: string, error: unknown) => {
    unexpected.push({ message, error })
  }

  async function call(channel: unknown, payload: unknown): Promise<void> {
    const result = await dispatch(handlers, channel, payload, log)
    if (!isResult(result))
      throw new Error(`not a Result from ${String(channel)}: ${String(result)}`)
    if (!result.ok && result.error.code === 'internal') {
      throw new Error(`internal failure from ${String(channel)}: ${result.error.message}`)
    }
  }

  it.each(invokeChannels)(
    '%s answers every payload with a typed Result and pollutes nothing',
    async (channel) => {
      const keys = prototypeKeys()
      const schema = invokeArgSchemas[channel] as unknown as z.ZodType
      const payloads = fc.oneof(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withTypedArray: true,
          withSparseArray: true,
          withNullPrototype: true,
          withObjectString: true,
          maxDepth: 4,
        }),
        protoJson,
        wrongType,
        mutatedPayloads(schema, context),
        mutatedPayloads(schema, context),
      )
      await fc.assert(
        fc.asyncProperty(payloads, (payload) => call(channel, payload)),
        { numRuns: RUNS * 2 },
      )
      for (const payload of monsterPayloads(channel, context)) await call(channel, payload)
      expect(prototypeKeys()).toEqual(keys)
      expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      expect(unexpected).toEqual([])
    },
    FUZZ_TIMEOUT_MS,
  )

  it(
    'saveWork stores valid tags with hostile contents, and nothing leaks into the prototypes',
    async () => {
      const keys = prototypeKeys()
      let saved = 0
      await fc.assert(
        fc.asyncProperty(plausibleTags(context), async ({ articleId, tags }) => {
          const result = await dispatch(handlers, 'saveWork', { articleId, tags }, log)
          expect(isResult(result)).toBe(true)
          if (result.ok) saved++
          else expect(result.error.code).not.toBe('internal')
        }),
        { numRuns: RUNS },
      )
      expect(saved, 'some fuzzed saves must reach the disk').toBeGreaterThan(0)
      expect(prototypeKeys()).toEqual(keys)
      expect(unexpected).toEqual([])
    },
    FUZZ_TIMEOUT_MS,
  )

  it(
    'unknown and inherited channel names are refused',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.string(),
            fc.constantFrom(
              '__proto__',
              'constructor',
              'toString',
              'hasOwnProperty',
              'factmark:listArticles',
            ),
            wrongType,
          ),
          fc.anything(),
          async (channel, payload) => {
            fc.pre(!invokeChannels.includes(channel as InvokeChannel))
            const result = await dispatch(handlers, channel, payload, log)
            expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
          },
        ),
        { numRuns: RUNS },
      )
    },
    FUZZ_TIMEOUT_MS,
  )

  it(
    'wrote nothing outside the library and the chosen export folder, and the store still opens',
    async () => {
      const after = await listAll(parent)
      const inside = (path: string, dir: string) => {
        const rel = relative(parent, dir)
        return path === rel || path.startsWith(rel + sep)
      }
      const strays = changedPaths(before, after).filter(
        (path) => !inside(path, dataDir) && !inside(path, exportDir),
      )
      expect(strays).toEqual([])
      for (const [path, text] of canaries)
        expect(await readFile(join(parent, path), 'utf8')).toBe(text)

      const listed = store.list()
      await store.close()
      const reopened = await LibraryStore.open(dataDir)
      try {
        expect(reopened.list()).toEqual(listed)
        expect(reopened.takeNotices()).toEqual([])
        for (const meta of listed) {
          expect((await reopened.get(meta.id)).id).toBe(meta.id)
          expect((await reopened.tags(meta.id)).length).toBe(meta.tagCount)
        }
      } finally {
        await reopened.close()
      }
    },
    FUZZ_TIMEOUT_MS,
  )
})

describe('IPC fuzz: the sender check refuses every foreign sender on every channel', () => {
  const trustedUrl = 'app://factmark/index.html'

  /** Frames and webContents that must never be trusted, whatever they send. */
  function untrustedEvents(own: unknown): fc.Arbitrary<unknown> {
    const foreignUrls = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc
        .tuple(
          fc.constantFrom('app://factmark', 'app://FACTMARK', 'app:/factmark', 'app:factmark'),
          fc.constantFrom('.evil', '@evil', ':8080', 'x', '.', '%2e', '\\', ' '),
          fc.webPath(),
        )
        .map(([origin, twist, path]) => origin + twist + path),
      fc.constantFrom(
        'file:///etc/passwd',
        'about:blank',
        'devtools://devtools/bundled/inspector.html',
        'chrome-extension://abc/index.html',
        'data:text/html,<script>1</script>',
        'app://factmark@evil/index.html',
        'app://user:pass@factmark/index.html',
        'app://factmark/index.html ',
        ' app://factmark/index.html',
        'app://fact\nmark/index.html',
        'app://factmark/\tindex.html',
        'http://factmark/index.html',
        'https://factmark/index.html',
        '',
      ),
      fc.string(),
    )
    const throwingFrame = {
      get url(): string {
        throw new Error('frame destroyed')
      },
      parent: null,
    }
    return fc.oneof(
      fc.constant({ senderFrame: null, sender: own }),
      fc.constant({ sender: own }),
      fc.constant({ senderFrame: throwingFrame, sender: own }),
      foreignUrls.map((url) => ({ senderFrame: { url, parent: null }, sender: own })),
      fc.constant({ senderFrame: { url: trustedUrl, parent: { url: trustedUrl } }, sender: own }),
      fc.constant({
        senderFrame: { url: trustedUrl, parent: null },
        sender: new FakeWebContents(),
      }),
      fc.anything().map((senderFrame) => ({ senderFrame, sender: own })),
    )
  }

  it.each(invokeChannels)(
    '%s runs no handler for an untrusted sender',
    async (channel) => {
      const calls: string[] = []
      const spies = Object.fromEntries(
        invokeChannels.map((name) => [name, () => void calls.push(name)]),
      ) as unknown as Handlers
      registered.clear()
      const remove = registerIpc(spies)
      const window = createMainWindow({ preloadPath: '/nonexistent/preload.cjs' })
      const listener = registered.get(ipcChannelName(channel))
      if (!listener) throw new Error(`no listener registered for ${channel}`)
      try {
        await fc.assert(
          fc.asyncProperty(
            untrustedEvents(window.webContents),
            fc.anything(),
            async (event, payload) => {
              const result = await listener(event, payload)
              expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
            },
          ),
          { numRuns: RUNS },
        )
        expect(calls).toEqual([])
        // The control: the app's own top frame in the app's own window gets through.
        const trusted = {
          senderFrame: { url: trustedUrl, parent: null },
          sender: window.webContents,
        }
        const valid = invokeArgSchemas[channel].safeParse(undefined).success
        const answer = await listener(trusted, undefined)
        if (valid) expect(answer).toMatchObject({ ok: true })
        else expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
      } finally {
        remove()
      }
    },
    FUZZ_TIMEOUT_MS,
  )
})
