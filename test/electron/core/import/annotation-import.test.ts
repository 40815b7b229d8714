import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Node } from 'prosemirror-model'
import { describe, expect, it } from 'vitest'
import { renderExport } from '../../../../electron/core/export/render-export'
import { importFiles } from '../../../../electron/core/import/import-files'
import { seedLibrary } from '../../../../electron/core/seed'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { describe as describeSpan } from '../../../../shared/anchoring/describe'
import { articleSchema } from '../../../../shared/editor/schema'
import { createPackage } from '../../../../shared/exchange/package'
import type { Annotation, EditorRef, TagKind } from '../../../../shared/model/annotation'
import type { Review } from '../../../../shared/model/review'
import { articleSentences } from '../../../../shared/text/article-sentences'
import { articleText } from '../../../../shared/text/article-text'
import { SEEDS_DIR, withTempDir } from '../../main/fixtures'

const ANA: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const BEN: EditorRef = { id: 'ben-okafor', name: 'Ben Okafor' }
const CARA: EditorRef = { id: 'cara-diaz', name: 'Cara Díaz' }

/**
 * Gives article `id` work by Cara taken from an unsigned package, as the editor confirmed it:
 * a context tag on its sixth sentence and a comment on tag `reviewed`, both marked unverified.
 */
async function addUnsignedWork(store: LibraryStore, id: string, reviewed: string): Promise<void> {
  const { text, sentences } = await articleFacts(store, id)
  const sentence = sentences[5]!
  const meta = store.meta(id)
  const at = new Date(Date.UTC(2025, 10, 21, 8, 0)).toISOString()
  const tag: Annotation = {
    id: `cara-${id}`,
    articleId: id,
    author: CARA,
    kind: 'context',
    target: describeSpan(text, sentence.start, sentence.end),
    note: 'From an old package.',
    created: at,
    modified: at,
  }
  const review: Review = {
    id: `cara-review-${id}`,
    articleId: id,
    annotationId: reviewed,
    author: CARA,
    verdict: 'comment',
    text: 'Sent without a signature.',
    created: at,
    modified: at,
  }
  const pkg = createPackage(CARA, [
    {
      articleId: id,
      textHash: meta.textHash,
      title: meta.title,
      annotations: [tag],
      reviews: [review],
    },
  ])
  await store.importPackage(pkg, null, { status: 'unverified' })
}

async function articleFacts(store: LibraryStore, id: string) {
  const doc = Node.fromJSON(articleSchema, (await store.get(id)).body)
  return { text: articleText(doc), sentences: articleSentences(doc) }
}

/**
 * Gives every article of the library work by Ana and Ben: each kind, notes, a speaker, a reason
 * and evidence, a fact-check with a verdict and a passage of another article, an accepted copy
 * crediting its author, and reviews of each verdict and subject.
 */
async function tagLibrary(store: LibraryStore): Promise<void> {
  const ids = store.list().map((meta) => meta.id)
  for (const [number, id] of ids.entries()) {
    const { text, sentences } = await articleFacts(store, id)
    const at = (minute: number) => new Date(Date.UTC(2025, 10, 20, 9, minute)).toISOString()
    const tag = (
      author: EditorRef,
      index: number,
      kind: TagKind,
      fields: Partial<Annotation> = {},
    ): Annotation => {
      const sentence = sentences[index]!
      return {
        id: `t${number}-${author.id.slice(0, 3)}-${index}-${kind}`,
        articleId: id,
        author,
        kind,
        target: describeSpan(text, sentence.start, sentence.end),
        note: '',
        created: at(index),
        modified: at(index + 1),
        ...fields,
      }
    }
    const other = ids[(number + 1) % ids.length]!
    const claim = tag(ANA, 1, 'claim', {
      note: `Claim on article ${number}: <b>check</b> & "quote"`,
      factCheck: {
        claimant: 'Donald Trump',
        status: 'verdict',
        verdict: number % 2 === 0 ? 'false' : 'mostly-true',
        summary: 'Strikes in Mexico would stop the drugs',
        passages: [{ articleId: other, start: 0, end: 10, exact: 'passage 10' }],
        reviewUrl: `https://checks.example/${number}`,
        verdictAt: at(30),
      },
    })
    const anaTags = [
      claim,
      tag(ANA, 2, 'quote', { speaker: 'Donald Trump', note: 'On camera' }),
      tag(ANA, 3, 'disputed', {
        reason: 'The figure differs from the agency’s.',
        evidence: ['https://example.org/report?a=1&b=2', 'mailto:desk@example.org'],
        factCheck: { status: 'researching' },
      }),
    ]
    const benTags = [
      tag(BEN, 4, 'context', { note: 'Background:\nthe campaign began in September.' }),
      tag(BEN, 1, 'claim', {
        acceptedFrom: { annotationId: claim.id, author: ANA },
        factCheck: { status: 'to-check' },
      }),
    ]
    const review = (
      author: EditorRef,
      target: Annotation,
      suffix: string,
      fields: Pick<Review, 'verdict' | 'text'> & Partial<Review>,
    ): Review => ({
      id: `r${number}-${author.id.slice(0, 3)}-${suffix}`,
      articleId: id,
      annotationId: target.id,
      author,
      created: at(40),
      modified: at(41),
      ...fields,
    })
    const benReviews = [
      review(BEN, anaTags[0]!, 'verdict', {
        verdict: 'reject',
        text: 'Too early.',
        subject: 'verdict',
      }),
      review(BEN, anaTags[1]!, 'accept', { verdict: 'accept', text: '' }),
      review(BEN, anaTags[2]!, 'reject', {
        verdict: 'reject',
        text: 'Not disputed.',
        subject: 'tag',
      }),
      review(BEN, anaTags[0]!, 'comment', { verdict: 'comment', text: 'Which speech?' }),
    ]
    const anaReviews = [review(ANA, benTags[0]!, 'reply', { verdict: 'comment', text: 'Good.' })]
    await store.saveWork(id, { tags: anaTags, reviews: anaReviews }, ANA)
    await store.saveWork(id, { tags: benTags, reviews: benReviews }, BEN)
  }
}

function byId<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort((left, right) => (left.id < right.id ? -1 : 1))
}

describe('importAnnotationFile', () => {
  it('restores every tag and review of a W3C export in a fresh library (the round trip)', async () => {
    await withTempDir(async (dir) => {
      const source = await LibraryStore.open(join(dir, 'source'))
      await seedLibrary(source, SEEDS_DIR)
      await tagLibrary(source)
      // Work from an unsigned package keeps its unverified mark through the file.
      const marked = source.list()[0]!.id
      const reviewed = (await source.tags(marked)).find((tag) => tag.author.id === ANA.id)!.id
      await addUnsignedWork(source, marked, reviewed)
      expect((await source.tags(marked)).filter((tag) => tag.unverified)).toHaveLength(1)
      expect((await source.reviews(marked)).filter((review) => review.unverified)).toHaveLength(1)
      const files: string[] = []
      let tagTotal = 0
      let reviewTotal = 0
      for (const meta of source.list()) {
        const exported = await renderExport(
          source,
          meta.id,
          'w3c',
          { editors: [], kinds: [], notes: true },
          { appVersion: '0.0.0-test' },
          null,
        )
        const file = join(dir, `${meta.id}.jsonld`)
        await writeFile(file, exported.data)
        files.push(file)
        tagTotal += (await source.tags(meta.id)).length
        reviewTotal += (await source.reviews(meta.id)).length
      }
      // The seeds' sample reviewer's tags are among them.
      expect(tagTotal).toBeGreaterThan(5 * 5 + 20)

      const fresh = await LibraryStore.open(join(dir, 'fresh'))
      const seeds = (await readdir(SEEDS_DIR)).filter((name) => name.endsWith('.txt'))
      await importFiles(
        fresh,
        seeds.sort().map((name) => join(SEEDS_DIR, name)),
      )
      expect(
        fresh
          .list()
          .map((meta) => meta.id)
          .sort(),
      ).toEqual(
        source
          .list()
          .map((meta) => meta.id)
          .sort(),
      )
      const report = await importFiles(fresh, files)
      expect(report.failures).toEqual([])
      const sum = (key: 'placed' | 'orphaned' | 'skipped' | 'reviews') =>
        report.annotations.reduce((total, summary) => total + summary[key], 0)
      expect([sum('placed'), sum('orphaned'), sum('skipped'), sum('reviews')]).toEqual([
        tagTotal,
        0,
        0,
        reviewTotal,
      ])
      for (const meta of source.list()) {
        expect(byId(await fresh.tags(meta.id))).toEqual(byId(await source.tags(meta.id)))
        expect(byId(await fresh.reviews(meta.id))).toEqual(byId(await source.reviews(meta.id)))
        expect(fresh.meta(meta.id).tagCount).toBe(meta.tagCount)
      }
      expect(
        (await fresh.tags(marked)).filter((tag) => tag.unverified).map((tag) => tag.id),
      ).toEqual([`cara-${marked}`])
      expect(
        (await fresh.reviews(marked))
          .filter((review) => review.unverified)
          .map((review) => review.id),
      ).toEqual([`cara-review-${marked}`])

      // A second import finds everything there already and changes nothing.
      const again = await importFiles(fresh, files)
      const skippedAgain = again.annotations.reduce((total, summary) => total + summary.skipped, 0)
      expect(skippedAgain).toBe(tagTotal + reviewTotal)
      expect(again.annotations.every((summary) => summary.placed === 0)).toBe(true)
      await source.close()
      await fresh.close()
    })
  })

  it('places Hypothesis annotations by address or by quote and lists the orphans', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'library'))
      await seedLibrary(store, SEEDS_DIR)
      const [first, second] = store.list()
      await store.updateMeta(first!.id, { url: 'https://www.example-news.com/world/strikes/' })
      const firstFacts = await articleFacts(store, first!.id)
      const secondFacts = await articleFacts(store, second!.id)
      const sentence = (facts: typeof firstFacts, index: number) =>
        facts.text.slice(facts.sentences[index]!.start, facts.sentences[index]!.end)
      const row = (
        id: string,
        uri: string,
        exact: string,
        extra: Record<string, unknown> = {},
      ) => ({
        id,
        created: '2025-11-18T09:15:02.123456+00:00',
        updated: '2025-11-18T09:15:02.123456+00:00',
        user: 'acct:jane_doe@hypothes.is',
        user_info: { display_name: 'Jane Doe' },
        uri,
        text: `Note on ${id}`,
        tags: ['claim'],
        target: [
          { source: uri, selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
        ],
        ...extra,
      })
      const rows = [
        // By address (the page's address with http and no trailing slash), quote found.
        row('by-address', 'http://example-news.com/world/strikes', sentence(firstFacts, 2)),
        // By address, but the quote is not in that article: kept there as an orphan.
        row(
          'gone',
          'https://www.example-news.com/world/strikes/',
          'A sentence no article holds at all.',
        ),
        // Unknown address: found by its quote in the second article.
        row('by-quote', 'https://elsewhere.example/story', sentence(secondFacts, 3)),
        // Unknown address and unknown quote: listed, stored nowhere.
        row(
          'nowhere',
          'https://elsewhere.example/other',
          'Nothing in the library says this either.',
        ),
        // A reply to a placed annotation: a comment by its author.
        row('reply', 'https://elsewhere.example/story', '', {
          user: 'acct:sam@hypothes.is',
          user_info: {},
          text: 'Seen it.',
          references: ['by-quote'],
          target: [{ source: 'https://elsewhere.example/story' }],
        }),
        // A reply to an annotation absent from the file and the library.
        row('lost-reply', 'https://elsewhere.example/story', '', {
          text: 'Lost.',
          references: ['missing'],
          target: [{ source: 'https://elsewhere.example/story' }],
        }),
      ]
      const file = join(dir, 'hypothesis.json')
      await writeFile(file, JSON.stringify({ total: rows.length, rows }))
      const report = await importFiles(store, [file])
      expect(report.failures).toEqual([])
      const [summary] = report.annotations
      expect(summary).toMatchObject({
        file: 'hypothesis.json',
        placed: 2,
        orphaned: 2,
        skipped: 1,
        reviews: 1,
      })
      expect(summary?.orphans).toEqual([
        {
          quote: 'A sentence no article holds at all.',
          source: 'https://www.example-news.com/world/strikes/',
          kept: true,
        },
        {
          quote: 'Nothing in the library says this either.',
          source: 'https://elsewhere.example/other',
          kept: false,
        },
      ])
      expect(summary?.skippedReasons).toEqual([
        {
          id: 'lost-reply',
          reason: expect.stringMatching(/neither in the file nor in the library/),
        },
      ])
      const firstTags = await store.tags(first!.id)
      expect(firstTags.map((tag) => tag.note).sort()).toEqual([
        'Note on by-address',
        'Note on gone',
      ])
      const placed = firstTags.find((tag) => tag.note === 'Note on by-address')!
      expect(placed).toMatchObject({ kind: 'claim', author: { id: 'jane-doe', name: 'Jane Doe' } })
      expect(placed.target.quote.exact).toBe(sentence(firstFacts, 2))
      expect(placed.target.position.start).toBe(firstFacts.sentences[2]!.start)
      const secondTags = await store.tags(second!.id)
      const byQuote = secondTags.find((tag) => tag.note === 'Note on by-quote')!
      expect(byQuote.target.position.start).toBe(secondFacts.sentences[3]!.start)
      const reviews = await store.reviews(second!.id)
      expect(reviews).toEqual([
        expect.objectContaining({ annotationId: byQuote.id, verdict: 'comment', text: 'Seen it.' }),
      ])
      await store.close()
    })
  })

  it('keeps unverified work unverified when a file says authorUnverified: false', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'library'))
      await seedLibrary(store, SEEDS_DIR)
      const id = store.list()[0]!.id
      const { text, sentences } = await articleFacts(store, id)
      const anaTag: Annotation = {
        id: 'ana-claim',
        articleId: id,
        author: ANA,
        kind: 'claim',
        target: describeSpan(text, sentences[1]!.start, sentences[1]!.end),
        note: '',
        created: '2025-11-20T09:00:00.000Z',
        modified: '2025-11-20T09:00:00.000Z',
      }
      await store.saveWork(id, { tags: [anaTag], reviews: [] }, ANA)
      await addUnsignedWork(store, id, anaTag.id)
      const exported = await renderExport(
        store,
        id,
        'w3c',
        { editors: [], kinds: [], notes: true },
        { appVersion: '0.0.0-test' },
        null,
      )
      // A forged file: Cara's work, newer and changed, claims to be verified.
      const later = '2025-11-22T10:00:00.000Z'
      const collection = JSON.parse(Buffer.from(exported.data).toString('utf8')) as {
        first: { items: Record<string, unknown>[] }
      }
      const items = collection.first.items.filter(
        (item) => (item.creator as { id: string }).id === `urn:factmark:editor:${CARA.id}`,
      )
      expect(items.map((item) => item.authorUnverified)).toEqual([true, true])
      for (const item of items) {
        item.authorUnverified = false
        item.modified = later
      }
      const tagItem = items.find((item) => item.reviewVerdict === undefined)!
      const note = (tagItem.body as { purpose: string; value?: string }[]).find(
        (body) => body.purpose === 'commenting',
      )!
      note.value = 'Changed by the forger.'
      const file = join(dir, 'forged.jsonld')
      await writeFile(file, JSON.stringify(collection))
      const report = await importFiles(store, [file])
      expect(report.failures).toEqual([])
      // Ana's tag is in the file as the library holds it: skipped.
      expect(report.annotations[0]).toMatchObject({ placed: 1, reviews: 1, skipped: 1 })
      const cara = (await store.tags(id)).find((tag) => tag.author.id === CARA.id)!
      expect(cara).toMatchObject({
        modified: later,
        note: 'Changed by the forger.',
        unverified: true,
      })
      const review = (await store.reviews(id)).find((entry) => entry.author.id === CARA.id)!
      expect(review).toMatchObject({ modified: later, unverified: true })
      // Ana's own tag was never in the file: untouched, unmarked.
      expect((await store.tags(id)).find((tag) => tag.id === anaTag.id)?.unverified).toBeUndefined()
      await store.close()
    })
  })

  it('refuses a file that is not annotations and writes nothing', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'library'))
      await seedLibrary(store, SEEDS_DIR)
      const before = await Promise.all(store.list().map((meta) => store.tags(meta.id)))
      const files = ['{"name": "package.json", "version": "1.0.0"}', '[{"id": 1', '']
      const paths = []
      for (const [index, content] of files.entries()) {
        const path = join(dir, `file-${index}.json`)
        await writeFile(path, content)
        paths.push(path)
      }
      const report = await importFiles(store, paths)
      expect(report.annotations).toEqual([])
      expect(report.failures.map((failure) => failure.message)).toEqual([
        expect.stringMatching(/^The file holds no Web Annotations/),
        'The file is not JSON.',
        'The file is empty.',
      ])
      const after = await Promise.all(store.list().map((meta) => store.tags(meta.id)))
      expect(after).toEqual(before)
      await store.close()
    })
  })
})
