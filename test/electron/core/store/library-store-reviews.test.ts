import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { AuditEntry } from '../../../../electron/core/store/audit-log'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { canonicalJson } from '../../../../shared/exchange/canonical-json'
import { createPackage, packageChecksum, parsePackage } from '../../../../shared/exchange/package'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import type { Review } from '../../../../shared/model/review'
import { withTempDir } from '../../main/fixtures'

const ana: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const ben: EditorRef = { id: 'ben-okafor', name: 'Ben Okafor' }
const lee: EditorRef = { id: 'lee-park', name: 'Lee Park' }
const TEXT = 'Headline Here\n\nFirst sentence. Second one.'
const OLD_LIBRARY = fileURLToPath(
  new URL('../../../fixtures/store/v1-before-tags', import.meta.url),
)

function time(minute: number): string {
  return new Date(Date.UTC(2025, 10, 17, 12, minute)).toISOString()
}

function tagOn(articleId: string, quote: string, author: EditorRef, minute = 0): Annotation {
  const start = TEXT.indexOf(quote)
  return {
    id: `${author.id}-${start}`,
    articleId,
    author,
    kind: 'claim',
    target: describeSpan(TEXT, start, start + quote.length),
    note: '',
    created: time(minute),
    modified: time(minute),
  }
}

function reviewOf(
  tag: Annotation,
  author: EditorRef,
  verdict: Review['verdict'],
  text = '',
  minute = 1,
  suffix = verdict,
): Review {
  return {
    id: `${author.id}-${suffix}-${tag.id}`,
    articleId: tag.articleId,
    annotationId: tag.id,
    author,
    verdict,
    text,
    created: time(minute),
    modified: time(minute),
  }
}

async function auditLines(dir: string): Promise<AuditEntry[]> {
  const text = await readFile(join(dir, 'audit.jsonl'), 'utf8').catch(() => '')
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AuditEntry)
}

async function articleFile(dir: string, id: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(dir, 'articles', `${id}.json`), 'utf8')) as Record<
    string,
    unknown
  >
}

/** Libraries with the same article, one per editor named, each opened. */
async function libraries(
  count: number,
  body: (stores: LibraryStore[], id: string) => Promise<void>,
): Promise<void> {
  const open = async (dirs: string[]): Promise<void> => {
    if (dirs.length < count) {
      await withTempDir((dir) => open([...dirs, dir]))
      return
    }
    const stores: LibraryStore[] = []
    try {
      for (const dir of dirs) stores.push(await LibraryStore.open(dir))
      let id = ''
      for (const store of stores) id = (await store.add(parsePlainText(TEXT), 'a.txt')).id
      await body(stores, id)
    } finally {
      for (const store of stores) await store.close()
    }
  }
  await open([])
}

describe('LibraryStore reviews', () => {
  it('saves an editor’s reviews with their tags and keeps them across reopening', async () => {
    await libraries(1, async ([store], id) => {
      if (!store) throw new Error('no store')
      const bens = tagOn(id, 'Second one.', ben)
      await store.importPackage(
        createPackage(ben, [
          { articleId: id, textHash: store.meta(id).textHash, title: 't', annotations: [bens] },
        ]),
        ana,
      )
      const accept = reviewOf(bens, ana, 'accept')
      const comment = reviewOf(bens, ana, 'comment', 'Which source?', 2)
      const copy: Annotation = {
        ...tagOn(id, 'Second one.', ana, 1),
        acceptedFrom: { annotationId: bens.id, author: ben },
      }
      await store.saveWork(id, { tags: [copy], reviews: [accept, comment] }, ana)
      expect(await store.reviews(id)).toEqual([accept, comment])
      // A save without reviews leaves them as they are.
      await store.saveWork(id, { tags: [copy] }, ana)
      await store.close()
      const reopened = await LibraryStore.open(store.dataDir)
      expect(await reopened.reviews(id)).toEqual([accept, comment])
      expect(
        (await reopened.tags(id)).find((tag) => tag.author.id === ana.id)?.acceptedFrom,
      ).toEqual({ annotationId: bens.id, author: ben })
      const file = await articleFile(store.dataDir, id)
      expect(file.version).toBe(2)
      await reopened.close()
    })
  })

  it('refuses reviews by someone else, verdicts on one’s own tag, two verdicts and taken ids', async () => {
    await libraries(1, async ([store], id) => {
      if (!store) throw new Error('no store')
      const mine = tagOn(id, 'First sentence.', ana)
      const bens = tagOn(id, 'Second one.', ben)
      const textHash = store.meta(id).textHash
      const bensReview = reviewOf(mine, ben, 'comment', 'Nice.')
      await store.importPackage(
        createPackage(ben, [
          { articleId: id, textHash, title: 't', annotations: [bens], reviews: [bensReview] },
        ]),
        ana,
      )
      await store.saveWork(id, { tags: [mine] }, ana)
      const before = await readFile(join(store.dataDir, 'articles', `${id}.json`))
      await expect(
        store.saveWork(id, { tags: [mine], reviews: [reviewOf(bens, ben, 'accept')] }, ana),
      ).rejects.toMatchObject({
        code: 'forbidden',
        message: expect.stringMatching(/belongs to Ben Okafor, not to Ana Ruiz/),
      })
      await expect(
        store.saveWork(id, { tags: [mine], reviews: [reviewOf(mine, ana, 'accept')] }, ana),
      ).rejects.toThrow(/verdict on its author’s own tag/)
      await expect(
        store.saveWork(
          id,
          {
            tags: [mine],
            reviews: [reviewOf(bens, ana, 'accept'), reviewOf(bens, ana, 'reject', 'No.')],
          },
          ana,
        ),
      ).rejects.toThrow(/two verdicts/)
      await expect(
        store.saveWork(
          id,
          { tags: [mine], reviews: [{ ...reviewOf(bens, ana, 'reject', ' ') }] },
          ana,
        ),
      ).rejects.toThrow(/a reject needs a reason/)
      await expect(
        store.saveWork(
          id,
          { tags: [mine], reviews: [{ ...reviewOf(bens, ana, 'accept'), id: bensReview.id }] },
          ana,
        ),
      ).rejects.toMatchObject({ code: 'duplicate' })
      expect(await readFile(join(store.dataDir, 'articles', `${id}.json`))).toEqual(before)
      // Comments on one's own tag are fine; Ben's review is never touched by Ana's saves.
      const reply = reviewOf(mine, ana, 'comment', 'Thanks.')
      await store.saveWork(id, { tags: [mine], reviews: [reply] }, ana)
      expect(await store.reviews(id)).toEqual([bensReview, reply])
      await store.saveWork(id, { tags: [mine], reviews: [] }, ana)
      expect(await store.reviews(id)).toEqual([bensReview])
    })
  })

  it('sends deletions with the package and applies them elsewhere, logging every change (M3)', async () => {
    await libraries(2, async ([anaStore, benStore], id) => {
      if (!anaStore || !benStore) throw new Error('no store')
      const textHash = anaStore.meta(id).textHash
      const bens = tagOn(id, 'Second one.', ben)
      const bensPackage = createPackage(ben, [
        { articleId: id, textHash, title: 't', annotations: [bens] },
      ])
      await anaStore.importPackage(bensPackage, ana)
      await benStore.saveWork(id, { tags: [bens] }, ben)
      const mine = tagOn(id, 'First sentence.', ana)
      const reject = reviewOf(bens, ana, 'reject', 'The second one is not a claim.')
      await anaStore.saveWork(id, { tags: [mine], reviews: [reject] }, ana)

      const first = parsePackage(JSON.stringify(await anaStore.exportPackage(ana, 'all')))
      expect(first.articles[0]).toMatchObject({
        annotations: [mine],
        reviews: [reject],
        deleted: [],
        deletedReviews: [],
      })
      const report = await benStore.importPackage(first, ben)
      expect(report.articles[0]).toMatchObject({ added: 1, reviews: { added: 1 } })
      expect(await benStore.reviews(id)).toEqual([reject])

      // Ana takes her review and her tag back; the deletions travel.
      await anaStore.saveWork(id, { tags: [], reviews: [] }, ana)
      const stones = await anaStore.tombstones(id)
      expect(stones.map((stone) => [stone.record, stone.authorId, stone.id])).toEqual([
        ['tag', ana.id, mine.id],
        ['review', ana.id, reject.id],
      ])
      const second = parsePackage(JSON.stringify(await anaStore.exportPackage(ana, [id])))
      expect(second.articles[0]?.deleted.map((stone) => stone.id)).toEqual([mine.id])
      expect(second.articles[0]?.deletedReviews.map((stone) => stone.id)).toEqual([reject.id])
      const deleted = await benStore.importPackage(second, ben)
      expect(deleted.articles[0]).toMatchObject({ deleted: 1, reviews: { deleted: 1 } })
      expect(await benStore.reviews(id)).toEqual([])
      expect(await benStore.tags(id)).toEqual([bens])

      // The older package, imported again, brings nothing back: the tombstones are kept.
      const stale = await benStore.importPackage(first, ben)
      expect(stale.articles[0]).toMatchObject({ added: 0, reviews: { added: 0 } })
      expect(await benStore.reviews(id)).toEqual([])
      const audit = await auditLines(benStore.dataDir)
      expect(audit.map((line) => [line.change, line.tagId, line.reviewId ?? null])).toEqual([
        ['added', mine.id, null],
        ['added', bens.id, reject.id],
        ['deleted', mine.id, null],
        ['deleted', bens.id, reject.id],
      ])
      expect(
        audit.every((line) => line.actor?.id === ben.id && line.source.author.id === ana.id),
      ).toBe(true)
    })
  })

  it('keeps two reviewers’ conflicting verdicts on one tag in every library, whatever the order (M2)', async () => {
    await libraries(3, async ([anaStore, leeStore, benStore], id) => {
      if (!anaStore || !leeStore || !benStore) throw new Error('no store')
      const textHash = anaStore.meta(id).textHash
      const bens = tagOn(id, 'Second one.', ben)
      const bensPackage = createPackage(ben, [
        { articleId: id, textHash, title: 't', annotations: [bens] },
      ])
      await benStore.saveWork(id, { tags: [bens] }, ben)
      await anaStore.importPackage(bensPackage, ana)
      await leeStore.importPackage(bensPackage, lee)
      const accept = reviewOf(bens, ana, 'accept')
      const reject = reviewOf(bens, lee, 'reject', 'Disputed by the council.')
      await anaStore.saveWork(id, { tags: [], reviews: [accept] }, ana)
      await leeStore.saveWork(id, { tags: [], reviews: [reject] }, lee)
      const anaPackage = await anaStore.exportPackage(ana, 'all')
      const leePackage = await leeStore.exportPackage(lee, 'all')
      await anaStore.importPackage(leePackage, ana)
      await leeStore.importPackage(anaPackage, lee)
      await benStore.importPackage(leePackage, ben)
      await benStore.importPackage(anaPackage, ben)
      await benStore.importPackage(leePackage, ben)
      const sorted = async (store: LibraryStore) =>
        canonicalJson([...(await store.reviews(id))].sort((a, b) => a.id.localeCompare(b.id)))
      expect(await sorted(anaStore)).toBe(canonicalJson([accept, reject]))
      expect(await sorted(leeStore)).toBe(await sorted(anaStore))
      expect(await sorted(benStore)).toBe(await sorted(anaStore))
    })
  })

  it('opens a format-1 library, imports a version-1 package into it and saves format 2', async () => {
    await withTempDir(async (dir) => {
      await cp(OLD_LIBRARY, dir, { recursive: true })
      const id = 'f542dea5200fcbf6'
      const store = await LibraryStore.open(dir)
      const exact = 'The mayor disagreed.'
      const start = 117
      const bens: Annotation = {
        id: 'ben-okafor-mayor',
        articleId: id,
        author: ben,
        kind: 'disputed',
        target: {
          position: { type: 'TextPositionSelector', start, end: start + exact.length },
          quote: {
            type: 'TextQuoteSelector',
            exact,
            prefix: 'small to matter.” ',
            suffix: '\n\nA vote',
          },
        },
        note: '',
        created: time(0),
        modified: time(0),
      }
      const v1 = createPackage(ben, [
        { articleId: id, textHash: store.meta(id).textHash, title: 't', annotations: [bens] },
      ])
      const { reviews: _reviews, deletedReviews: _deleted, ...oldArticle } = v1.articles[0] ?? {}
      const oldContent = { ...v1, version: 1, articles: [oldArticle] }
      const { checksum: _checksum, ...content } = oldContent
      const oldText = JSON.stringify({ ...content, checksum: packageChecksum(content as never) })
      const report = await store.importPackage(parsePackage(oldText), ana)
      expect(report.articles[0]).toMatchObject({ added: 1, reviews: { added: 0 } })
      await store.saveWork(
        id,
        { tags: [], reviews: [reviewOf(bens, ana, 'reject', 'It is a quote.')] },
        ana,
      )
      await store.close()
      const file = await articleFile(dir, id)
      expect(file).toMatchObject({ version: 2, annotations: [bens], tombstones: [] })
      expect((file.reviews as Review[]).map((review) => review.verdict)).toEqual(['reject'])
      const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')) as {
        version: number
      }
      expect(index.version).toBe(2)
    })
  })
})
