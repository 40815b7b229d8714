import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { signPackage } from '../../../../electron/core/exchange/package-signing'
import { exportSignedPackage } from '../../../../electron/core/exchange/signed-export'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { ensureSigningKey, loadSigningKey } from '../../../../electron/core/team/signing-key'
import { teamFileName } from '../../../../electron/core/sync/team-file'
import { TeamFolderSync } from '../../../../electron/core/sync/team-folder-sync'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { canonicalJson } from '../../../../shared/exchange/canonical-json'
import { createPackage, packageChecksum, parsePackage } from '../../../../shared/exchange/package'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Notice } from '../../../../shared/model/notice'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import type { SyncStatus } from '../../../../shared/sync/sync-status'
import { withTempDir } from '../../main/fixtures'

const ana: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const ben: EditorRef = { id: 'ben-okafor', name: 'Ben Okafor' }
const TEXT = 'Headline Here\n\nFirst sentence. Second one. Third sentence here.'
const OTHER_TEXT = 'Another Story\n\nOnly Ben has this one. It has two sentences.'

/** Fast timings: events on (the watcher fires), a short poll as the fallback. */
const TIMING = { writeDelayMs: 20, scanDelayMs: 30, pollMs: 250, retryMs: 60, attempts: 3 }

function tagOn(articleId: string, quote: string, author: EditorRef, minute = 0): Annotation {
  const start = TEXT.indexOf(quote)
  const time = new Date(Date.UTC(2025, 10, 17, 12, minute)).toISOString()
  return {
    id: `${author.id}-${start}`.padEnd(8, '0'),
    articleId,
    author,
    kind: 'claim',
    target: describeSpan(TEXT, start, start + quote.length),
    note: `${author.name} at ${minute}`,
    created: time,
    modified: time,
  }
}

/** One editor's side: their library, their sync, and what it reported. */
interface Side {
  store: LibraryStore
  sync: TeamFolderSync
  editor: EditorRef
  notices: Notice[]
  changed: string[][]
  statuses: SyncStatus[]
}

async function side(dataDir: string, folder: string, editor: EditorRef): Promise<Side> {
  const store = await LibraryStore.open(dataDir)
  const notices: Notice[] = []
  const changed: string[][] = []
  const statuses: SyncStatus[] = []
  const sync = new TeamFolderSync({
    store,
    folder,
    editor: () => editor,
    timing: TIMING,
    notice: (notice) => notices.push(notice),
    changed: (ids) => changed.push(ids),
    status: (status) => statuses.push(status),
  })
  return { store, sync, editor, notices, changed, statuses }
}

/** Ana and Ben: two libraries holding the same article, one shared team folder. */
async function twoEditors(body: (a: Side, b: Side, id: string, folder: string) => Promise<void>) {
  await withTempDir(async (dir) => {
    const folder = join(dir, 'team')
    await mkdir(folder)
    const a = await side(join(dir, 'ana'), folder, ana)
    const b = await side(join(dir, 'ben'), folder, ben)
    const { id } = await a.store.add(parsePlainText(TEXT), 'a.txt')
    await b.store.add(parsePlainText(TEXT), 'a.txt')
    try {
      await body(a, b, id, folder)
    } finally {
      await a.sync.stop()
      await b.sync.stop()
      await a.store.close()
      await b.store.close()
    }
  })
}

async function tagsBy(store: LibraryStore, id: string, editor: EditorRef): Promise<Annotation[]> {
  return (await store.tags(id)).filter((tag) => tag.author.id === editor.id)
}

describe('TeamFolderSync (two editors, one team folder, real disk)', () => {
  it('exchanges work both ways through the watcher, each editor writing only their own file', async () => {
    await twoEditors(async (a, b, id, folder) => {
      await a.sync.start()
      await b.sync.start()
      expect((await readdir(folder)).sort()).toEqual([teamFileName(ana.id), teamFileName(ben.id)])

      const anaTag = tagOn(id, 'First sentence.', ana)
      await a.store.saveWork(id, { tags: [anaTag] }, ana)
      a.sync.noteSaved()
      await vi.waitFor(async () => expect(await tagsBy(b.store, id, ana)).toEqual([anaTag]), {
        timeout: 20_000,
      })
      // The change is reported once the import's writes and audit entry are done, a moment after
      // the tags show in memory: wait for that state too.
      await vi.waitFor(() => expect(b.changed).toContainEqual([id]), { timeout: 20_000 })

      const benTag = tagOn(id, 'Second one.', ben, 1)
      await b.store.saveWork(id, { tags: [benTag] }, ben)
      b.sync.noteSaved()
      await vi.waitFor(async () => expect(await tagsBy(a.store, id, ben)).toEqual([benTag]), {
        timeout: 20_000,
      })

      // Each file holds its author's tags only.
      const anaFile = parsePackage(await readFile(join(folder, teamFileName(ana.id)), 'utf8'))
      expect(anaFile.author).toEqual(ana)
      expect(anaFile.articles.flatMap((article) => article.annotations)).toEqual([anaTag])

      // Both libraries now hold the same tags.
      const sorted = async (store: LibraryStore) =>
        canonicalJson((await store.tags(id)).sort((x, y) => x.id.localeCompare(y.id)))
      expect(await sorted(a.store)).toBe(await sorted(b.store))
      await vi.waitFor(() => expect(a.sync.status).toMatchObject({ state: 'synced', editors: 2 }))
      expect(a.notices).toEqual([])
      expect(b.notices).toEqual([])
    })
  })

  it('finds changes by polling when the folder sends no events, and updates edited tags', async () => {
    await withTempDir(async (dir) => {
      const folder = join(dir, 'team')
      await mkdir(folder)
      const a = await side(join(dir, 'ana'), folder, ana)
      const store = await LibraryStore.open(join(dir, 'ben'))
      const sync = new TeamFolderSync({
        store,
        folder,
        editor: () => ben,
        timing: { ...TIMING, events: false },
      })
      try {
        const { id } = await a.store.add(parsePlainText(TEXT), 'a.txt')
        await store.add(parsePlainText(TEXT), 'a.txt')
        await sync.start()
        const first = tagOn(id, 'First sentence.', ana)
        await a.store.saveWork(id, { tags: [first] }, ana)
        await a.sync.start()
        await vi.waitFor(async () => expect(await tagsBy(store, id, ana)).toEqual([first]), {
          timeout: 5000,
        })
        const edited = { ...first, note: 'edited', modified: new Date().toISOString() }
        await a.store.saveWork(id, { tags: [edited] }, ana)
        a.sync.noteSaved()
        await vi.waitFor(async () => expect(await tagsBy(store, id, ana)).toEqual([edited]), {
          timeout: 5000,
        })
      } finally {
        await a.sync.stop()
        await sync.stop()
        await a.store.close()
        await store.close()
      }
    })
  })

  it('gives the same library whatever order the files arrive in, and reading again changes nothing', async () => {
    await withTempDir(async (dir) => {
      const lee: EditorRef = { id: 'lee', name: 'Lee' }
      const sam: EditorRef = { id: 'sam', name: 'Sam' }
      const base = await LibraryStore.open(join(dir, 'base'))
      const { id } = await base.add(parsePlainText(TEXT), 'a.txt')
      await base.close()
      const packages = []
      for (const [n, author] of [lee, sam].entries()) {
        const key = await ensureSigningKey(join(dir, 'keys'), author.id)
        const pkg = createPackage(author, [
          {
            articleId: id,
            textHash: 'a'.repeat(64),
            title: 'Headline Here',
            annotations: [
              tagOn(id, 'First sentence.', author, n),
              tagOn(id, 'Third sentence here.', author, 5),
            ],
          },
        ])
        packages.push(signPackage(pkg, await loadSigningKey(key.privateKeyPath)))
      }
      const results: string[] = []
      for (const order of [
        [0, 1],
        [1, 0],
      ]) {
        const folder = join(dir, `team-${order.join('')}`)
        await mkdir(folder)
        const reader = await side(join(dir, `reader-${order.join('')}`), folder, ana)
        await reader.store.add(parsePlainText(TEXT), 'a.txt')
        await reader.sync.start()
        for (const index of order) {
          const pkg = packages[index]
          if (!pkg) throw new Error('no package')
          await writeFile(join(folder, teamFileName(pkg.author.id)), JSON.stringify(pkg))
          await reader.sync.scan()
          await reader.sync.scan()
        }
        const tags = (await reader.store.tags(id)).sort((x, y) => x.id.localeCompare(y.id))
        results.push(canonicalJson(tags))
        expect(tags).toHaveLength(4)
        await reader.sync.stop()
        await reader.store.close()
      }
      expect(results[0]).toBe(results[1])
    })
  })

  it('retries a partly written file and imports it once complete, without a notice', async () => {
    await twoEditors(async (a, b, id, folder) => {
      const anaTag = tagOn(id, 'First sentence.', ana)
      await a.store.saveWork(id, { tags: [anaTag] }, ana)
      const whole = `${JSON.stringify(await exportSignedPackage(a.store, ana, 'all'), null, 2)}\n`
      const path = join(folder, teamFileName(ana.id))
      await writeFile(path, whole.slice(0, Math.floor(whole.length / 2)))
      await b.sync.start()
      expect(await tagsBy(b.store, id, ana)).toEqual([])
      expect(b.notices).toEqual([])
      await writeFile(path, whole)
      await vi.waitFor(async () => expect(await tagsBy(b.store, id, ana)).toEqual([anaTag]), {
        timeout: 5000,
      })
      expect(b.notices).toEqual([])
    })
  })

  it('refuses a file that stays damaged (bad checksum) with one notice, changing nothing', async () => {
    await twoEditors(async (a, b, id, folder) => {
      await a.store.saveWork(id, { tags: [tagOn(id, 'First sentence.', ana)] }, ana)
      const pkg = await a.store.exportPackage(ana, 'all')
      const altered = JSON.parse(JSON.stringify(pkg)) as typeof pkg
      const first = altered.articles[0]?.annotations[0]
      if (!first) throw new Error('no tag')
      first.note = 'altered by hand'
      await writeFile(join(folder, teamFileName(ana.id)), JSON.stringify(altered))
      const before = await readFile(join(b.store.dataDir, 'articles', `${id}.json`), 'utf8')
      await b.sync.start()
      expect(b.notices).toEqual([]) // not at once: it may be a sync client's half-written file
      await vi.waitFor(() => expect(b.notices).toHaveLength(1), { timeout: 5000 })
      expect(b.notices[0]?.message).toMatch(/ana-ruiz\.factmark\.json .*checksum/)
      await new Promise((resolve) => setTimeout(resolve, 400))
      expect(b.notices).toHaveLength(1)
      expect(await readFile(join(b.store.dataDir, 'articles', `${id}.json`), 'utf8')).toBe(before)
      expect(b.sync.status).toMatchObject({ state: 'synced', refused: 1 })
    })
  })

  it('refuses a forged file (its author is not the one its name says, or it carries another’s tags)', async () => {
    await twoEditors(async (_a, b, id, folder) => {
      const lee: EditorRef = { id: 'lee', name: 'Lee' }
      // Named after Lee, written by Carla: an author mismatch.
      const carla: EditorRef = { id: 'carla', name: 'Carla' }
      const asCarla = createPackage(carla, [
        {
          articleId: id,
          textHash: 'a'.repeat(64),
          title: 'Headline Here',
          annotations: [tagOn(id, 'First sentence.', carla)],
        },
      ])
      await writeFile(join(folder, teamFileName(lee.id)), JSON.stringify(asCarla))
      // Signed as Carla and named after her, but holding a tag of Ben's (checksum recomputed).
      const { checksum: _checksum, ...content } = asCarla
      const [article] = content.articles
      if (!article) throw new Error('no article')
      const withBens = {
        ...content,
        articles: [{ ...article, annotations: [tagOn(id, 'Second one.', ben)] }],
      }
      await writeFile(
        join(folder, teamFileName(carla.id)),
        JSON.stringify({ ...withBens, checksum: packageChecksum(withBens) }),
      )
      const before = await readFile(join(b.store.dataDir, 'articles', `${id}.json`), 'utf8')
      await b.sync.start()
      expect(b.notices.map((notice) => notice.message)).toEqual([
        expect.stringMatching(/carla\.factmark\.json .*refused.*Ben Okafor/),
        expect.stringMatching(/lee\.factmark\.json .*holds Carla’s work .*refused/),
      ])
      expect(await readFile(join(b.store.dataDir, 'articles', `${id}.json`), 'utf8')).toBe(before)
      await b.sync.scan()
      expect(b.notices).toHaveLength(2)
    })
  })

  it('refuses Ana’s name signed by another key than the one first read, and an unsigned file', async () => {
    await twoEditors(async (a, b, id, folder) => {
      await a.store.saveWork(id, { tags: [tagOn(id, 'First sentence.', ana)] }, ana)
      await a.sync.start()
      await b.sync.start()
      await vi.waitFor(async () => expect(await tagsBy(b.store, id, ana)).toHaveLength(1), {
        timeout: 5000,
      })
      await a.sync.stop()
      const before = await readFile(join(b.store.dataDir, 'articles', `${id}.json`), 'utf8')
      // Someone with write access to the folder signs work in Ana's name with their own key…
      const forger = await ensureSigningKey(join(folder, '..', 'forger'), ana.id)
      const forged = createPackage(ana, [
        {
          articleId: id,
          textHash: 'a'.repeat(64),
          title: 'Headline Here',
          annotations: [{ ...tagOn(id, 'First sentence.', ana, 30), note: 'Forged.' }],
        },
      ])
      const path = join(folder, teamFileName(ana.id))
      await writeFile(
        path,
        JSON.stringify(signPackage(forged, await loadSigningKey(forger.privateKeyPath))),
      )
      await b.sync.scan()
      expect(b.notices.map((notice) => notice.message)).toEqual([
        expect.stringMatching(
          /ana-ruiz\.factmark\.json in the team folder was refused: .*signed by another key/,
        ),
      ])
      // …or writes it unsigned, as an older Factmark would.
      const lee: EditorRef = { id: 'lee', name: 'Lee' }
      const unsigned = createPackage(lee, [
        {
          articleId: id,
          textHash: 'a'.repeat(64),
          title: 'Headline Here',
          annotations: [tagOn(id, 'Second one.', lee)],
        },
      ])
      await writeFile(join(folder, teamFileName(lee.id)), JSON.stringify(unsigned))
      await b.sync.scan()
      expect(b.notices[1]?.message).toMatch(/lee\.factmark\.json in the team folder is not signed/)
      expect(await readFile(join(b.store.dataDir, 'articles', `${id}.json`), 'utf8')).toBe(before)
    })
  })

  it('ignores, with a notice, files that claim to be the acting editor’s', async () => {
    await twoEditors(async (a, b, id, folder) => {
      await b.sync.start()
      const before = await readFile(join(b.store.dataDir, 'articles', `${id}.json`), 'utf8')
      // Someone writes Ben's work as Ben under another name…
      const asBen = createPackage(ben, [
        {
          articleId: id,
          textHash: 'a'.repeat(64),
          title: 'Headline Here',
          annotations: [tagOn(id, 'Third sentence here.', ben)],
        },
      ])
      await writeFile(join(folder, 'someone.factmark.json'), JSON.stringify(asBen))
      // …and over Ben's own file.
      await writeFile(join(folder, teamFileName(ben.id)), JSON.stringify(asBen))
      await b.sync.scan()
      expect(b.notices.map((notice) => notice.message)).toEqual([
        expect.stringMatching(/ben-okafor\.factmark\.json .*someone else writing as you/),
        expect.stringMatching(/someone\.factmark\.json .*Ben Okafor/),
      ])
      expect(await readFile(join(b.store.dataDir, 'articles', `${id}.json`), 'utf8')).toBe(before)
      expect(await tagsBy(b.store, id, ben)).toEqual([])
      void a
    })
  })

  it('ignores temp files and conflicted copies, and counts articles the library lacks', async () => {
    await twoEditors(async (a, b, id, folder) => {
      const { id: otherId } = await a.store.add(parsePlainText(OTHER_TEXT), 'b.txt')
      const other: Annotation = {
        ...tagOn(id, 'First sentence.', ana),
        id: 'ana-ruiz-other',
        articleId: otherId,
        target: describeSpan(
          OTHER_TEXT,
          OTHER_TEXT.indexOf('Only'),
          OTHER_TEXT.indexOf('Only') + 'Only Ben has this one.'.length,
        ),
      }
      await a.store.saveWork(otherId, { tags: [other] }, ana)
      await a.store.saveWork(id, { tags: [tagOn(id, 'First sentence.', ana)] }, ana)
      await a.sync.start()
      await writeFile(join(folder, 'ana-ruiz.factmark.json.123.1.tmp'), '{')
      await writeFile(join(folder, 'ana-ruiz (conflicted copy).factmark.json'), '{')
      await writeFile(join(folder, '~$lee.factmark.json'), '{')
      await b.sync.start()
      expect(b.notices).toEqual([])
      expect(await tagsBy(b.store, id, ana)).toHaveLength(1)
      expect(b.sync.status).toMatchObject({
        state: 'synced',
        editors: 2,
        missingArticles: 1,
        refused: 0,
      })
      // Once Ben has the article too, Ana's tags on it come in.
      await b.store.add(parsePlainText(OTHER_TEXT), 'b.txt')
      await b.sync.scan()
      expect(await tagsBy(b.store, otherId, ana)).toEqual([other])
      expect(b.sync.status).toMatchObject({ missingArticles: 0 })
    })
  })

  it('reports a folder that cannot be read, and recovers when it comes back', async () => {
    await withTempDir(async (dir) => {
      const folder = join(dir, 'team')
      const b = await side(join(dir, 'ben'), folder, ben)
      try {
        await b.sync.start()
        expect(b.sync.status).toMatchObject({ state: 'error' })
        expect(b.sync.status.state === 'error' && b.sync.status.message).toMatch(/missing/)
        await mkdir(folder)
        await b.sync.writeNow()
        await b.sync.scan()
        expect(b.sync.status).toMatchObject({ state: 'synced', editors: 1 })
      } finally {
        await b.sync.stop()
        await b.store.close()
      }
    })
  })
})
