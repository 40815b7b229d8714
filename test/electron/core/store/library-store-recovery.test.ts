import { describe, expect, it } from 'vitest'
import { cp, readdir, readFile, rename, rm, stat, truncate, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { anchor } from '../../../../shared/anchoring'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import { withTempDir } from '../../main/fixtures'

const FIXTURES = fileURLToPath(new URL('../../../fixtures/store', import.meta.url))
const OLD_LIBRARY = join(FIXTURES, 'v1-before-tags')
const CORRUPT = join(FIXTURES, 'corrupt')
/** The id of the article in the v1-before-tags fixture. */
const ID = 'f542dea5200fcbf6'
const ana: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }

/** Damage that replaces a file, and what the damaged file must be said to have. */
const ARTICLE_DAMAGE: readonly [string, RegExp][] = [
  ['empty.json', /the file is empty/],
  ['truncated.json', /not valid JSON/],
  ['garbage.bin', /NUL bytes|not UTF-8/],
  ['bom.json', /byte-order mark/],
  ['utf16.json', /NUL bytes|not UTF-8/],
  ['nul.json', /NUL bytes/],
  ['trailing-comma.json', /not valid JSON/],
  ['proto.json', /Unrecognized key|__proto__|constructor/],
  ['deep-nesting.json', /not an article file/],
  ['deep-body.json', /nests deeper than 16 levels/],
  ['wrong-shape.json', /not an article file/],
  ['unknown-version.json', /not an article file/],
  ['other-article.json', /holds article 0123456789abcdef, not f542dea5200fcbf6/],
  ['offsets-negative.json', /not an article file/],
]

const INDEX_DAMAGE = [
  'empty.json',
  'truncated.json',
  'garbage.bin',
  'bom.json',
  'nul.json',
  'proto.json',
  'deep-nesting.json',
  'wrong-shape-index.json',
  'trailing-comma.json',
]

function tag(note: string): Annotation {
  const exact = 'The mayor disagreed.'
  return {
    id: 'ana-tag-mayor',
    articleId: ID,
    author: ana,
    kind: 'claim',
    target: {
      position: { type: 'TextPositionSelector', start: 117, end: 117 + exact.length },
      quote: {
        type: 'TextQuoteSelector',
        exact,
        prefix: 'small to matter.” ',
        suffix: '\n\nA vote',
      },
    },
    note,
    created: '2025-03-04T10:00:00.000Z',
    modified: '2025-03-04T10:00:00.000Z',
  }
}

/** Replaces `path` with `content` the way another program's save would (a new file). */
async function replaceWith(path: string, content: Buffer): Promise<void> {
  await writeFile(`${path}.other`, content)
  await rename(`${path}.other`, path)
}

/** The fixture library copied into `dir`, opened, with two saves of Ana's tag (so backups). */
async function libraryWithBackups(dir: string): Promise<void> {
  await cp(OLD_LIBRARY, dir, { recursive: true })
  const store = await LibraryStore.open(dir)
  await store.saveWork(ID, { tags: [tag('first save')] }, ana)
  await store.saveWork(ID, { tags: [tag('second save')] }, ana)
  await store.close()
}

async function corruptCopies(folder: string, name: string): Promise<string[]> {
  return (await readdir(folder)).filter((entry) => entry.startsWith(`${name}.corrupt-`))
}

function expectUnpolluted(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  expect(Object.prototype).not.toHaveProperty('polluted')
}

describe('LibraryStore recovery', () => {
  it('opens a library written by the first version (articles without tags) and migrates it', async () => {
    await withTempDir(async (dir) => {
      await cp(OLD_LIBRARY, dir, { recursive: true })
      const store = await LibraryStore.open(dir)
      expect(store.takeNotices()).toEqual([])
      expect(store.list().map((meta) => meta.title)).toEqual(['Council approves budget'])
      expect(await store.tags(ID)).toEqual([])
      await store.saveWork(ID, { tags: [tag('migrated')] }, ana)
      await store.close()
      const file = JSON.parse(await readFile(join(dir, 'articles', `${ID}.json`), 'utf8'))
      expect(file).toMatchObject({
        version: 2,
        annotations: [tag('migrated')],
        reviews: [],
        tombstones: [],
      })
      expect(file.article.tagCount).toBe(1)
    })
  })

  it.each(ARTICLE_DAMAGE)(
    'moves a damaged article file (%s) aside and restores its last save from the backups',
    async (fixture, reason) => {
      await withTempDir(async (dir) => {
        await libraryWithBackups(dir)
        const path = join(dir, 'articles', `${ID}.json`)
        const damage = await readFile(join(CORRUPT, fixture))
        await replaceWith(path, damage)

        const store = await LibraryStore.open(dir)
        expect(store.takeNotices()).toEqual([])
        expect(await store.tags(ID)).toEqual([tag('second save')])
        expectUnpolluted()
        const [notice, ...more] = store.takeNotices()
        expect(more).toEqual([])
        expect(notice?.level).toBe('warning')
        expect(notice?.message).toMatch(
          /^The file of the article “Council approves budget” was damaged \(.+\)\. It has been restored from its backup of .+; the damaged copy was kept as .+\.corrupt-.+\.$/,
        )
        expect(notice?.message).toMatch(reason)
        const [aside, ...others] = await corruptCopies(join(dir, 'articles'), `${ID}.json`)
        expect(others).toEqual([])
        expect(notice?.message).toContain(aside)
        expect(await readFile(join(dir, 'articles', aside ?? ''))).toEqual(damage)

        // Saving works again, and the restored file is in place for the next start.
        await store.saveWork(ID, { tags: [tag('after recovery')] }, ana)
        expectUnpolluted()
        await store.close()
        const reopened = await LibraryStore.open(dir)
        expect(await reopened.tags(ID)).toEqual([tag('after recovery')])
        expect(reopened.takeNotices()).toEqual([])
        await reopened.close()
      })
    },
  )

  /**
   * Copies the old library into `dir` and saves Ana's work on it twice (one tag, then two),
   * closing the writer: the state the truncation and backup tests start from.
   */
  async function twoSaves(dir: string) {
    await cp(OLD_LIBRARY, dir, { recursive: true })
    const path = join(dir, 'articles', `${ID}.json`)
    const first = tag('first tag')
    const second = { ...tag('second tag'), id: 'ana-tag-second', kind: 'quote' as const }
    const writer = await LibraryStore.open(dir)
    await writer.saveWork(ID, { tags: [first] }, ana)
    await writer.saveWork(ID, { tags: [first, second] }, ana)
    await writer.close()
    return { path, first, second }
  }

  it('restores the last acknowledged save when the file is truncated in place after two saves', async () => {
    await withTempDir(async (dir) => {
      const { path, first, second } = await twoSaves(dir)
      // Written into in place, as a sync tool or a bad sector would: same inode, cut short.
      const before = (await stat(path)).ino
      await truncate(path, 200)
      expect((await stat(path)).ino).toBe(before)

      const store = await LibraryStore.open(dir)
      expect(await store.tags(ID)).toEqual([first, second])
      const [notice, ...more] = store.takeNotices()
      expect(more).toEqual([])
      expect(notice?.level).toBe('warning')
      expect(notice?.message).toMatch(/was damaged \(.*not valid JSON.*\)\. It has been restored/)
      expect(notice?.message).not.toMatch(/could not be recovered/)
      await store.close()
    })
  })

  it('restores a save the library opened with, though its writer was killed while copying it (#21)', async () => {
    await withTempDir(async (dir) => {
      const { path, first, second } = await twoSaves(dir)
      // The second save's writer was killed after creating its backup copy and before filling
      // it: the file is in place, and the newest backup bears its checksum but holds nothing.
      const folder = join(dir, 'backups', 'articles', ID)
      const names = (await readdir(folder)).sort(
        (a, b) => Number(b.split('-')[0]) - Number(a.split('-')[0]),
      )
      await truncate(join(folder, names[0] ?? ''), 0)
      // The next start opens the article with both tags: the editor sees them saved.
      const seen = await LibraryStore.open(dir)
      expect(await seen.tags(ID)).toEqual([first, second])
      await seen.close()
      await truncate(path, 200)

      const store = await LibraryStore.open(dir)
      expect(await store.tags(ID)).toEqual([first, second])
      expect(store.takeNotices().map((notice) => notice.message)).toEqual([
        expect.stringMatching(/was damaged \(.*not valid JSON.*\)\. It has been restored/),
      ])
      await store.close()
    })
  })

  it('says which tags were lost, and since when, when the newest backup is damaged too', async () => {
    await withTempDir(async (dir) => {
      const { path, first } = await twoSaves(dir)
      const saved = await readFile(path, 'utf8')
      const cut = saved.indexOf('"note": "second tag"')
      expect(cut).toBeGreaterThan(0)
      await truncate(path, cut)
      const folder = join(dir, 'backups', 'articles', ID)
      const names = (await readdir(folder)).sort(
        (a, b) => Number(b.split('-')[0]) - Number(a.split('-')[0]),
      )
      await truncate(join(folder, names[0] ?? ''), 10)

      const store = await LibraryStore.open(dir)
      expect(await store.tags(ID)).toEqual([first])
      const [notice] = store.takeNotices()
      expect(notice?.level).toBe('error')
      expect(notice?.message).toMatch(
        /Changes saved after \d{4}-\d\d-\d\dT[\d:.]+Z \(last saved .+\) could not be recovered: this tag was lost: quote “The mayor disagreed\.”\.$/,
      )
      await store.close()
    })
  })

  it('restores a missing article file from its backup', async () => {
    await withTempDir(async (dir) => {
      await libraryWithBackups(dir)
      await rm(join(dir, 'articles', `${ID}.json`))
      const store = await LibraryStore.open(dir)
      expect(await store.tags(ID)).toEqual([tag('second save')])
      expect(store.takeNotices()[0]?.message).toMatch(
        /^The file of the article “Council approves budget” was missing \(.+\)\. It has been restored from its backup of /,
      )
      await store.close()
    })
  })

  it('refuses a damaged article file with no backup that verifies, keeping it aside', async () => {
    await withTempDir(async (dir) => {
      await libraryWithBackups(dir)
      const backups = join(dir, 'backups', 'articles', ID)
      for (const name of await readdir(backups)) await writeFile(join(backups, name), 'scribbled')
      await replaceWith(join(dir, 'articles', `${ID}.json`), Buffer.from('{"version":'))
      const store = await LibraryStore.open(dir)
      const failure = store.get(ID)
      await expect(failure).rejects.toMatchObject({ code: 'store-failure' })
      await expect(failure).rejects.toThrow(
        new RegExp(
          `^The file of the article “Council approves budget” is damaged \\(it is not valid JSON .*\\) and none of its backups in ${backups} could be verified\\. The damaged copy was kept as .*\\.corrupt-`,
        ),
      )
      expect(await corruptCopies(join(dir, 'articles'), `${ID}.json`)).toHaveLength(1)
      // The rest of the library still works.
      expect(store.list()).toHaveLength(1)
      await store.close()
    })
  })

  it.each(INDEX_DAMAGE)(
    'moves a damaged index (%s) aside and restores it from its backups',
    async (fixture) => {
      await withTempDir(async (dir) => {
        await libraryWithBackups(dir)
        const before = await LibraryStore.open(dir)
        const listed = before.list()
        await before.close()
        const damage = await readFile(join(CORRUPT, fixture))
        await replaceWith(join(dir, 'library.json'), damage)

        const store = await LibraryStore.open(dir)
        expectUnpolluted()
        expect(store.list()).toEqual(listed)
        const [notice, ...more] = store.takeNotices()
        expect(more).toEqual([])
        expect(notice?.message).toMatch(
          /^The library index was damaged \(.+\)\. It has been restored from its backup of .+; the damaged copy was kept as .+library\.json\.corrupt-.+\.$/,
        )
        const [aside] = await corruptCopies(dir, 'library.json')
        expect(await readFile(join(dir, aside ?? ''))).toEqual(damage)
        await store.close()
        expect(JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')).articles).toEqual(
          listed,
        )
      })
    },
  )

  it('rebuilds a damaged index from the article files when no backup verifies', async () => {
    await withTempDir(async (dir) => {
      await libraryWithBackups(dir)
      await rm(join(dir, 'backups', 'library'), { recursive: true })
      await replaceWith(join(dir, 'library.json'), Buffer.from('\u0000\u0000'))
      const store = await LibraryStore.open(dir)
      expect(store.list().map((meta) => [meta.id, meta.tagCount])).toEqual([[ID, 1]])
      expect(store.seeded).toBe(true)
      expect(store.takeNotices().map((notice) => notice.message)).toEqual([
        expect.stringMatching(
          /^The library index was damaged \(it contains NUL bytes\) and none of its backups could be verified\. It has been rebuilt from the article files; the damaged copy was kept as .+\. It lists 1 articles\.$/,
        ),
      ])
      await store.close()
    })
  })

  it('rebuilds a missing index from the article files, and starts empty when there are none', async () => {
    await withTempDir(async (dir) => {
      await libraryWithBackups(dir)
      await rm(join(dir, 'backups'), { recursive: true })
      await rm(join(dir, 'library.json'))
      const store = await LibraryStore.open(dir)
      expect(store.list().map((meta) => meta.id)).toEqual([ID])
      expect(store.takeNotices()[0]?.message).toMatch(
        /was missing and had no backup.*lists 1 articles/,
      )
      await store.close()
    })
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      expect(store.list()).toEqual([])
      expect(store.takeNotices()).toEqual([])
      await store.close()
      expect((await readdir(dir)).sort()).toEqual(['articles'])
    })
  })

  it('leaves files written by a newer Factmark untouched, and says so', async () => {
    await withTempDir(async (dir) => {
      await libraryWithBackups(dir)
      const newer = await readFile(join(CORRUPT, 'newer-version.json'))
      const articlePath = join(dir, 'articles', `${ID}.json`)
      await replaceWith(articlePath, newer)
      const store = await LibraryStore.open(dir)
      await expect(store.get(ID)).rejects.toMatchObject({
        code: 'store-failure',
        message: expect.stringMatching(
          /was written by a newer version of Factmark \(format 3\); this version reads format 2\. It was left untouched: update Factmark to open it\.$/,
        ),
      })
      await store.close()
      expect(await readFile(articlePath)).toEqual(newer)
      expect(await corruptCopies(join(dir, 'articles'), `${ID}.json`)).toEqual([])

      const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))
      const newerIndex = Buffer.from(JSON.stringify({ ...index, version: 3 }))
      await replaceWith(join(dir, 'library.json'), newerIndex)
      await expect(LibraryStore.open(dir)).rejects.toThrow(/The library index .* newer version/)
      expect(await readFile(join(dir, 'library.json'))).toEqual(newerIndex)
      expect((await readdir(dir)).filter((name) => name.startsWith('library.'))).toEqual([
        'library.json',
      ])
    })
  })

  it('keeps tags whose offsets lie beyond the text, and anchors them within it or as orphans', async () => {
    await withTempDir(async (dir) => {
      await cp(OLD_LIBRARY, dir, { recursive: true })
      await writeFile(
        join(dir, 'articles', `${ID}.json`),
        await readFile(join(CORRUPT, 'offsets-beyond-text.json')),
      )
      const store = await LibraryStore.open(dir)
      const tags = await store.tags(ID)
      expect(tags.map((entry) => entry.id)).toEqual(['tag-beyond-text', 'tag-beyond-gone'])
      expect(store.takeNotices()).toEqual([])
      const text =
        'Council approves budget\n\nThe city council approved the budget on Tuesday. Critics said it was “too small to matter.” The mayor disagreed.\n\nA vote on transit follows next month.'
      const [found, gone] = tags.map((entry) => anchor(text, entry.target))
      expect(found).toMatchObject({ start: 117, end: 137 })
      expect(gone).toEqual({ status: 'orphan' })
      await store.close()
    })
  })
})
