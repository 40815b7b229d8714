import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '../../../../electron/core/store/audit-log'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { canonicalJson } from '../../../../shared/exchange/canonical-json'
import { createPackage, parsePackage } from '../../../../shared/exchange/package'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import { withTempDir } from '../../main/fixtures'

const ana: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const ben: EditorRef = { id: 'ben-okafor', name: 'Ben Okafor' }
const TEXT = 'Headline Here\n\nFirst sentence. Second one.'

function tagOn(
  articleId: string,
  text: string,
  quote: string,
  author: EditorRef,
  minute = 0,
): Annotation {
  const start = text.indexOf(quote)
  const time = new Date(Date.UTC(2025, 10, 17, 12, minute)).toISOString()
  return {
    id: `${author.id}-${start}`,
    articleId,
    author,
    kind: 'claim',
    target: describeSpan(text, start, start + quote.length),
    note: '',
    created: time,
    modified: time,
  }
}

/** Two libraries with the same article: Ana's and Ben's, each with their own tags on it. */
async function twoLibraries(
  body: (ana: LibraryStore, ben: LibraryStore, id: string, text: string) => Promise<void>,
) {
  await withTempDir((anaDir) =>
    withTempDir(async (benDir) => {
      const anaStore = await LibraryStore.open(anaDir)
      const benStore = await LibraryStore.open(benDir)
      const { id } = await anaStore.add(parsePlainText(TEXT), 'a.txt')
      await benStore.add(parsePlainText(TEXT), 'a.txt')
      const text = 'Headline Here\n\nFirst sentence. Second one.'
      try {
        await body(anaStore, benStore, id, text)
      } finally {
        await anaStore.close()
        await benStore.close()
      }
    }),
  )
}

async function auditLines(dir: string): Promise<AuditEntry[]> {
  const text = await readFile(join(dir, 'audit.jsonl'), 'utf8').catch(() => '')
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AuditEntry)
}

describe('LibraryStore package exchange (RELIABILITY M1, M3)', () => {
  it('exports an editor’s tags only, and imports them into another library idempotently', async () => {
    await twoLibraries(async (anaStore, benStore, id, text) => {
      const anaTag = tagOn(id, text, 'First sentence.', ana)
      const benTag = tagOn(id, text, 'Second one.', ben)
      await anaStore.saveWork(id, { tags: [anaTag] }, ana)
      await benStore.saveWork(id, { tags: [benTag] }, ben)

      const pkg = await benStore.exportPackage(ben, 'all')
      expect(pkg.author).toEqual(ben)
      expect(pkg.articles).toHaveLength(1)
      expect(pkg.articles[0]?.annotations).toEqual([benTag])
      const read = parsePackage(JSON.stringify(pkg))

      const first = await anaStore.importPackage(read, ana)
      expect(first.articles).toEqual([
        expect.objectContaining({
          articleId: id,
          status: 'merged',
          added: 1,
          updated: 0,
          unchanged: 0,
        }),
      ])
      expect(await anaStore.tags(id)).toEqual([anaTag, benTag])
      const second = await anaStore.importPackage(read, ana)
      expect(second.articles[0]).toMatchObject({ added: 0, updated: 0, deleted: 0, unchanged: 1 })
      expect(anaStore.meta(id).tagCount).toBe(2)

      // Both directions give the same article.
      await benStore.importPackage(
        parsePackage(JSON.stringify(await anaStore.exportPackage(ana, [id]))),
        ben,
      )
      const sorted = (tags: Annotation[]) =>
        canonicalJson([...tags].sort((a, b) => a.id.localeCompare(b.id)))
      expect(sorted(await benStore.tags(id))).toBe(sorted(await anaStore.tags(id)))

      const audit = await auditLines(anaStore.dataDir)
      expect(audit).toEqual([
        expect.objectContaining({
          actor: ana,
          source: { author: ben, createdAt: pkg.createdAt, checksum: pkg.checksum },
          articleId: id,
          tagId: benTag.id,
          change: 'added',
          version: benTag.modified,
        }),
      ])
    })
  })

  it('applies newer versions only: a stale package changes nothing and writes no audit line', async () => {
    await twoLibraries(async (anaStore, benStore, id, text) => {
      const old = tagOn(id, text, 'Second one.', ben, 1)
      await benStore.saveWork(id, { tags: [old] }, ben)
      const stale = await benStore.exportPackage(ben, [id])
      const edited = {
        ...old,
        kind: 'disputed' as const,
        modified: new Date(Date.UTC(2025, 10, 17, 13)).toISOString(),
      }
      await benStore.saveWork(id, { tags: [edited] }, ben)
      const fresh = await benStore.exportPackage(ben, [id])

      await anaStore.importPackage(fresh, ana)
      const report = await anaStore.importPackage(stale, ana)
      expect(report.articles[0]).toMatchObject({ added: 0, updated: 0, deleted: 0, unchanged: 1 })
      expect(await anaStore.tags(id)).toEqual([edited])
      expect((await auditLines(anaStore.dataDir)).map((line) => line.change)).toEqual(['added'])

      // The other order ends the same, with an update logged.
      await withTempDir(async (dir) => {
        const other = await LibraryStore.open(dir)
        await other.add(parsePlainText(TEXT), 'a.txt')
        await other.importPackage(stale, ana)
        const updated = await other.importPackage(fresh, ana)
        expect(updated.articles[0]).toMatchObject({ updated: 1 })
        expect(await other.tags(id)).toEqual([edited])
        expect((await auditLines(dir)).map((line) => line.change)).toEqual(['added', 'updated'])
        await other.close()
      })
    })
  })

  it('deletes an author’s tag only for a later tombstone of theirs, and logs it', async () => {
    await twoLibraries(async (anaStore, _benStore, id, text) => {
      const benTag = tagOn(id, text, 'Second one.', ben, 1)
      const anaTag = tagOn(id, text, 'First sentence.', ana, 1)
      await anaStore.saveWork(id, { tags: [anaTag] }, ana)
      const article = {
        articleId: id,
        textHash: anaStore.meta(id).textHash,
        title: 'Headline Here',
      }
      await anaStore.importPackage(createPackage(ben, [{ ...article, annotations: [benTag] }]), ana)
      const tombstones = [
        { id: benTag.id, deletedAt: new Date(Date.UTC(2025, 10, 17, 12, 2)).toISOString() },
        // Ben cannot delete Ana's tag: a tombstone only ever applies to its author's tags.
        { id: anaTag.id, deletedAt: new Date(Date.UTC(2025, 10, 17, 12, 2)).toISOString() },
      ]
      const report = await anaStore.importPackage(
        createPackage(ben, [{ ...article, annotations: [], deleted: tombstones }]),
        ana,
      )
      expect(report.articles[0]).toMatchObject({ deleted: 1 })
      expect(await anaStore.tags(id)).toEqual([anaTag])
      const audit = await auditLines(anaStore.dataDir)
      expect(audit.at(-1)).toMatchObject({ change: 'deleted', tagId: benTag.id })
    })
  })

  it('skips articles it lacks, refuses the acting editor’s own package, and changes nothing then', async () => {
    await twoLibraries(async (anaStore, benStore, id, text) => {
      await benStore.saveWork(id, { tags: [tagOn(id, text, 'Second one.', ben)] }, ben)
      const pkg = await benStore.exportPackage(ben, 'all')
      const elsewhere = createPackage(ben, [
        ...pkg.articles,
        {
          articleId: 'fedcba9876543210',
          textHash: 'b'.repeat(64),
          title: 'Not here',
          annotations: [],
        },
      ])
      const report = await anaStore.importPackage(elsewhere, ana)
      expect(report.articles.map((article) => [article.articleId, article.status])).toEqual([
        [id, 'merged'],
        ['fedcba9876543210', 'skipped'],
      ])
      expect(anaStore.list()).toHaveLength(1)
      const before = await anaStore.tags(id)
      await expect(anaStore.importPackage(pkg, ben)).rejects.toThrow(
        'This package holds your own tags',
      )
      expect(await anaStore.tags(id)).toEqual(before)
    })
  })

  it('exports an unknown id as a not-found error, and keeps its imports across reopening', async () => {
    await twoLibraries(async (anaStore, benStore, id, text) => {
      await expect(anaStore.exportPackage(ana, ['0000000000000000'])).rejects.toThrow(
        'No article with id 0000000000000000',
      )
      await benStore.saveWork(id, { tags: [tagOn(id, text, 'Second one.', ben)] }, ben)
      await anaStore.importPackage(await benStore.exportPackage(ben, 'all'), ana)
      await anaStore.close()
      const reopened = await LibraryStore.open(anaStore.dataDir)
      expect((await reopened.tags(id)).map((tag) => tag.author.id)).toEqual([ben.id])
      await reopened.close()
    })
  })
})

describe('LibraryStore.importPackages: a batch of packages, one write per article', () => {
  const cho: EditorRef = { id: 'cho-min', name: 'Cho Min' }

  it('merges several editors’ work on one article and reports each package in order', async () => {
    await twoLibraries(async (anaStore, benStore, id, text) => {
      const other = await benStore.add(parsePlainText('Other Story\n\nOnly Ben has this.'), 'b.txt')
      const anaTag = tagOn(id, text, 'First sentence.', ana)
      const choTag = tagOn(id, text, 'Second one.', cho)
      const anaPkg = createPackage(ana, [
        {
          articleId: id,
          textHash: anaStore.list()[0]!.textHash,
          title: 'Headline Here',
          annotations: [anaTag],
          deleted: [],
          reviews: [],
          deletedReviews: [],
        },
      ])
      const choPkg = createPackage(cho, [
        {
          articleId: id,
          textHash: anaStore.list()[0]!.textHash,
          title: 'Headline Here',
          annotations: [choTag],
          deleted: [],
          reviews: [],
          deletedReviews: [],
        },
        {
          articleId: 'f'.repeat(16),
          textHash: anaStore.list()[0]!.textHash,
          title: 'Not held',
          annotations: [],
          deleted: [],
          reviews: [],
          deletedReviews: [],
        },
      ])
      const reports = await benStore.importPackages([anaPkg, choPkg], ben)
      expect(reports.map((report) => report.author.id)).toEqual(['ana-ruiz', 'cho-min'])
      expect(reports[0]!.articles).toMatchObject([{ articleId: id, added: 1 }])
      expect(reports[1]!.articles).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ articleId: id, added: 1 }),
          expect.objectContaining({ articleId: 'f'.repeat(16), status: 'skipped' }),
        ]),
      )
      const authors = (await benStore.tags(id)).map((tag) => tag.author.id).sort()
      expect(authors).toEqual(['ana-ruiz', 'cho-min'])
      expect(await benStore.tags(other.id)).toEqual([])
      const audit = await auditLines(benStore.dataDir)
      expect(audit.map((entry) => `${entry.tagId}:${entry.change}`).sort()).toEqual(
        [`${anaTag.id}:added`, `${choTag.id}:added`].sort(),
      )
      // The same batch again changes nothing.
      const again = await benStore.importPackages([anaPkg, choPkg], ben)
      expect(again[0]!.articles[0]).toMatchObject({ added: 0, unchanged: 1 })
    })
  })

  it('refuses the whole batch before anything changes when one package is the acting editor’s own', async () => {
    await twoLibraries(async (anaStore, benStore, id, text) => {
      const entry = (author: EditorRef, quote: string) => ({
        articleId: id,
        textHash: anaStore.list()[0]!.textHash,
        title: 'Headline Here',
        annotations: [tagOn(id, text, quote, author)],
        deleted: [],
        reviews: [],
        deletedReviews: [],
      })
      const anaPkg = createPackage(ana, [entry(ana, 'First sentence.')])
      const ownPkg = createPackage(ben, [entry(ben, 'Second one.')])
      await expect(benStore.importPackages([anaPkg, ownPkg], ben)).rejects.toThrow()
      expect(await benStore.tags(id)).toEqual([])
    })
  })
})

describe('LibraryStore.addWithPackages: new articles written once, with their work merged', () => {
  it('adds an article the library lacks with every package’s tags in one write', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      try {
        const draft = parsePlainText(TEXT)
        const text = 'Headline Here\n\nFirst sentence. Second one.'
        const probe = await withTempDir(async (other) => {
          const scratch = await LibraryStore.open(other)
          const meta = await scratch.add(draft, 'probe.txt')
          await scratch.close()
          return meta
        })
        const entry = (author: EditorRef, quote: string) => ({
          articleId: probe.id,
          textHash: probe.textHash,
          title: 'Headline Here',
          annotations: [tagOn(probe.id, text, quote, author)],
          deleted: [],
          reviews: [],
          deletedReviews: [],
        })
        const pkgs = [
          createPackage(ana, [entry(ana, 'First sentence.')]),
          createPackage(ben, [entry(ben, 'Second one.')]),
        ]
        const first = await store.addWithPackages([{ draft, sourceName: 'team:a' }], pkgs, null)
        expect(first.added.map((meta) => meta.id)).toEqual([probe.id])
        expect(first.reports.map((report) => report.articles[0]!.added)).toEqual([1, 1])
        const authors = (await store.tags(probe.id)).map((tag) => tag.author.id).sort()
        expect(authors).toEqual(['ana-ruiz', 'ben-okafor'])
        // One write of the article's file: its backups hold one version.
        const backups = await readdir(join(dir, 'backups', 'articles', probe.id))
        expect(backups).toHaveLength(1)
        const audit = await auditLines(dir)
        expect(audit.map((line) => line.change)).toEqual(['added', 'added'])

        // The same text and packages again: nothing added, the article merged as it is.
        const again = await store.addWithPackages([{ draft, sourceName: 'team:a' }], pkgs, null)
        expect(again.added).toEqual([])
        expect(again.reports[0]!.articles[0]).toMatchObject({ added: 0, unchanged: 1 })
        expect(store.list()).toHaveLength(1)
      } finally {
        await store.close()
      }
    })
  })
})
