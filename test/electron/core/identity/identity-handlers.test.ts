import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { dispatch } from '../../../../electron/core/dispatch'
import type { ExchangeDialogs } from '../../../../electron/core/exchange/exchange-dialogs'
import { createHandlers } from '../../../../electron/core/handlers'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { SettingsStore } from '../../../../electron/core/store/settings-store'
import { TeamSync } from '../../../../electron/core/sync/team-sync'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { createPackage } from '../../../../shared/exchange/package'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { EventChannel } from '../../../../shared/ipc/contract'
import type { PackageImportOutcome } from '../../../../shared/exchange/package-import-outcome'
import type { Result } from '../../../../shared/ipc/result'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import type { EditorSettings } from '../../../../shared/model/editor-settings'
import { withTempDir } from '../../main/fixtures'

const TEXT = 'Headline Here\n\nFirst sentence. Second one.'
const noDialogs = {
  chooseImportFiles: async () => [] as string[],
  chooseExportFile: async () => null,
  chooseExportFolder: async () => null,
  showInFolder: () => undefined,
}

function tagOn(articleId: string, quote: string, author: EditorRef, minute = 0): Annotation {
  const start = TEXT.indexOf(quote)
  const time = new Date(Date.UTC(2025, 10, 17, 12, minute)).toISOString()
  return {
    id: `${author.id}-${start}`.padEnd(8, '0'),
    articleId,
    author,
    kind: 'claim',
    target: describeSpan(TEXT, start, start + quote.length),
    note: '',
    created: time,
    modified: time,
  }
}

function value<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

/** Handlers over a real library in `dir` with scripted exchange dialogs and a team sync. */
async function setUp(dir: string, name = 'jdoe') {
  const dataDir = join(dir, 'library')
  await mkdir(dataDir)
  const store = await LibraryStore.open(dataDir)
  const { id } = await store.add(parsePlainText(TEXT), 'a.txt')
  const settings = await SettingsStore.open(dataDir, name)
  const answers: (string | null)[] = []
  const dialogs: ExchangeDialogs = {
    choosePackageSaveFile: vi.fn(async () => answers.shift() ?? null),
    choosePackageFile: vi.fn(async () => answers.shift() ?? null),
    chooseTeamFolder: vi.fn(async () => answers.shift() ?? null),
  }
  const emitted: { event: EventChannel; payload: unknown }[] = []
  const teamSync = new TeamSync({
    store,
    editor: () => settings.editor,
    timing: { writeDelayMs: 10, pollMs: 200, scanDelayMs: 20, retryMs: 50 },
    status: (status) => emitted.push({ event: 'syncStatus', payload: status }),
  })
  const handlers = createHandlers({
    store,
    settings,
    dialogs: noDialogs,
    exchangeDialogs: dialogs,
    teamSync,
    htmlRenderer: null,
    appInfo: { name: 'Factmark', version: 't', dataDir, platform: 'linux' },
    emit: (event, payload) => emitted.push({ event, payload }),
  })
  const call = (channel: string, payload?: unknown) => dispatch(handlers, channel, payload)
  const close = async () => {
    await teamSync.stop()
    await store.close()
  }
  return { store, settings, id, answers, dialogs, emitted, call, close, teamSync }
}

describe('identity and settings handlers', () => {
  it('confirms the first-run name, switches editor, renames keeping the id', async () => {
    await withTempDir(async (dir) => {
      const app = await setUp(dir)
      try {
        const first = value<EditorSettings>(await app.call('getSettings'))
        expect(first).toEqual({
          editor: { id: 'jdoe', name: 'jdoe' },
          confirmed: false,
          editors: [{ id: 'jdoe', name: 'jdoe' }],
          teamFolder: null,
        })
        const welcomed = value<EditorSettings>(await app.call('setEditor', { name: ' Ana Ruiz ' }))
        expect(welcomed.editor).toEqual({ id: 'ana-ruiz', name: 'Ana Ruiz' })
        expect(welcomed.confirmed).toBe(true)
        expect(value(await app.call('getEditor'))).toEqual({ id: 'ana-ruiz', name: 'Ana Ruiz' })

        // New tags are written as the acting editor; another's are refused.
        const ana = { id: 'ana-ruiz', name: 'Ana Ruiz' }
        await app.call('saveWork', {
          articleId: app.id,
          tags: [tagOn(app.id, 'First sentence.', ana)],
        })
        expect((await app.store.tags(app.id)).map((tag) => tag.author.id)).toEqual(['ana-ruiz'])

        const switched = value<EditorSettings>(await app.call('setEditor', { id: 'jdoe' }))
        expect(switched.editor.id).toBe('jdoe')
        expect(value(await app.call('listEditors'))).toEqual([
          { id: 'jdoe', name: 'jdoe' },
          { id: 'ana-ruiz', name: 'Ana Ruiz' },
        ])
        const refused = await app.call('saveWork', {
          articleId: app.id,
          tags: [tagOn(app.id, 'Second one.', ana)],
        })
        expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } })
        expect(await app.call('setEditor', { id: 'nobody' })).toMatchObject({
          ok: false,
          error: { code: 'not-found' },
        })

        await app.call('setEditor', { id: 'ana-ruiz' })
        const renamed = value<EditorSettings>(
          await app.call('updateSettings', { name: 'Ana María Ruiz' }),
        )
        expect(renamed.editor).toEqual({ id: 'ana-ruiz', name: 'Ana María Ruiz' })
        // Her earlier tag is still hers: she can replace it under the new name.
        const again = tagOn(app.id, 'First sentence.', renamed.editor, 3)
        expect((await app.call('saveWork', { articleId: app.id, tags: [again] })).ok).toBe(true)
      } finally {
        await app.close()
      }
    })
  })

  it('refuses names that are not names, and markup stays text', async () => {
    await withTempDir(async (dir) => {
      const app = await setUp(dir)
      try {
        for (const name of ['', '   ', 'x'.repeat(101), 42, null]) {
          expect((await app.call('setEditor', { name })).ok, String(name)).toBe(false)
        }
        expect((await app.call('setEditor', { id: 'Not An Id!' })).ok).toBe(false)
        expect((await app.call('updateSettings', { teamFolder: '/etc' })).ok).toBe(false)
        const html = value<EditorSettings>(
          await app.call('setEditor', { name: '<img src=x onerror=alert(1)>' }),
        )
        expect(html.editor.name).toBe('<img src=x onerror=alert(1)>')
        expect(html.editor.id).toBe('img-src-x-onerror-alert-1')
      } finally {
        await app.close()
      }
    })
  })

  it('sets the team folder through the native dialog only, refusing the library folder', async () => {
    await withTempDir(async (dir) => {
      const app = await setUp(dir)
      const team = join(dir, 'team')
      await mkdir(team)
      try {
        app.answers.push(join(dir, 'library', 'articles'))
        expect(await app.call('updateSettings', { teamFolder: 'choose' })).toMatchObject({
          ok: false,
          error: { message: expect.stringMatching(/library folder/) },
        })
        app.answers.push(join(dir, 'missing'))
        expect((await app.call('updateSettings', { teamFolder: 'choose' })).ok).toBe(false)
        app.answers.push(null)
        expect(
          value<EditorSettings>(await app.call('updateSettings', { teamFolder: 'choose' }))
            .teamFolder,
        ).toBeNull()

        app.answers.push(team)
        const set = value<EditorSettings>(
          await app.call('updateSettings', { teamFolder: 'choose' }),
        )
        expect(set.teamFolder).toBe(team)
        expect(app.settings.teamFolder).toBe(team)
        // Choosing the folder started the team there: a bare repository, this editor its admin.
        expect(await readdir(team)).toEqual(['factmark-team.git'])
        expect(value(await app.call('getSyncStatus'))).toMatchObject({
          state: 'team',
          phase: 'synced',
          admin: true,
          publicKey: expect.stringMatching(/^ssh-ed25519 /),
        })
        // An admin adds editors by key; a key that is not one is refused in words.
        const refused = await app.call('addTeamEditor', { editorId: 'ana', publicKey: 'not a key' })
        expect(refused).toMatchObject({
          ok: false,
          error: { message: expect.stringMatching(/key/) },
        })
        expect(refused.ok || /^[a-z-]+:/.test(refused.error.message)).toBe(false)

        const off = value<EditorSettings>(await app.call('updateSettings', { teamFolder: 'none' }))
        expect(off.teamFolder).toBeNull()
        expect(value(await app.call('getSyncStatus'))).toEqual({ state: 'off' })
      } finally {
        await app.close()
      }
    })
  })
})

describe('package exchange handlers', () => {
  it('exports my tags where I choose, and imports another editor’s package with a report', async () => {
    await withTempDir(async (dir) => {
      const ana = await setUp(join(dir), 'Ana')
      await mkdir(join(dir, 'ben'))
      const ben = await setUp(join(dir, 'ben'), 'Ben')
      try {
        const anaRef = { id: 'ana', name: 'Ana' }
        expect(await ana.call('exportPackage', { articleId: null })).toMatchObject({
          ok: false,
          error: { message: expect.stringMatching(/no tags/) },
        })
        await ana.call('saveWork', {
          articleId: ana.id,
          tags: [tagOn(ana.id, 'First sentence.', anaRef)],
        })
        ana.answers.push(null)
        expect(value(await ana.call('exportPackage', { articleId: ana.id }))).toEqual({
          canceled: true,
          paths: [],
        })
        const file = join(dir, 'ana.factmark.json')
        ana.answers.push(file)
        expect(value(await ana.call('exportPackage', { articleId: ana.id }))).toEqual({
          canceled: false,
          paths: [file],
        })
        expect(ana.dialogs.choosePackageSaveFile).toHaveBeenLastCalledWith(
          'ana – Headline Here.factmark.json',
        )

        ben.answers.push(file)
        const outcome = value<PackageImportOutcome>(await ben.call('importPackage'))
        expect(outcome).toMatchObject({
          canceled: false,
          fileName: 'ana.factmark.json',
          report: { author: anaRef, articles: [{ status: 'merged', added: 1 }] },
        })
        expect(ben.emitted).toContainEqual({
          event: 'tagsChanged',
          payload: { articleIds: [ben.id] },
        })
        // Again: nothing changes, and nothing is announced.
        ben.emitted.length = 0
        ben.answers.push(file)
        expect(value<PackageImportOutcome>(await ben.call('importPackage'))).toMatchObject({
          report: { articles: [{ added: 0, unchanged: 1 }] },
        })
        expect(ben.emitted.filter((entry) => entry.event === 'tagsChanged')).toEqual([])

        // My own package is refused, as are damaged and forged ones, with a message.
        ana.answers.push(file)
        expect(await ana.call('importPackage')).toMatchObject({
          ok: false,
          error: { code: 'forbidden', message: expect.stringMatching(/your own tags/) },
        })
        const text = await readFile(file, 'utf8')
        await writeFile(join(dir, 'cut.json'), text.slice(0, 100))
        await writeFile(join(dir, 'altered.json'), text.replace('"note": ""', '"note": "x"'))
        const lee = { id: 'lee', name: 'Lee' }
        const forged = createPackage(lee, [])
        await writeFile(
          join(dir, 'forged.json'),
          JSON.stringify({
            ...forged,
            articles: [
              {
                articleId: ben.id,
                textHash: 'a'.repeat(64),
                title: 't',
                annotations: [tagOn(ben.id, 'Second one.', anaRef)],
                deleted: [],
              },
            ],
          }),
        )
        for (const [name, pattern] of [
          ['cut.json', /cut\.json: The package is not valid JSON/],
          ['altered.json', /altered\.json: .*checksum/],
          ['forged.json', /forged\.json: /],
          ['missing.json', /missing\.json could not be read: it does not exist/],
        ] as const) {
          ben.answers.push(join(dir, name))
          const result = await ben.call('importPackage')
          expect(result, name).toMatchObject({
            ok: false,
            error: { message: expect.stringMatching(pattern) },
          })
        }
        ben.answers.push(null)
        expect(value(await ben.call('importPackage'))).toEqual({ canceled: true })
      } finally {
        await ana.close()
        await ben.close()
      }
    })
  })
})
