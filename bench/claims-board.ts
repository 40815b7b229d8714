// The claims board on 50,000 claim and disputed tags (500 articles of 100 tagged sentences, a
// fifth of them reviewed, half with a fact-check): opening it (the core query over the store on
// disk, then the board's list model: the index, the default sort and the first lines) cold and
// again, folding the search texts (done once, just after the board is drawn), and
// filtering it as the editor types a search and picks filters. Targets: opening ≤ 500 ms,
// filtering ≤ 100 ms. Each figure is printed beside a baseline from the same run: reading and
// JSON.parse of the same article files for opening, a plain Array.filter over the rows for
// filtering. Reports figures; never fails on one.
import { Node } from 'prosemirror-model'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClaimsQuery } from '../electron/core/claims/claims-query-store'
import { LibraryStore } from '../electron/core/store/library-store'
import { describe as describeSpan } from '../shared/anchoring/describe'
import { indexClaims, searchTexts, showClaims } from '../shared/claims/claims-model'
import { defaultClaimsView, type ClaimsView } from '../shared/claims/claims-view'
import { articleSchema } from '../shared/editor/schema'
import { parsePlainText } from '../shared/import/plain-text'
import type { Annotation, EditorRef } from '../shared/model/annotation'
import type { ArticleMeta } from '../shared/model/article'
import { CLAIM_STATUSES, DEFAULT_RATING_SCALE } from '../shared/model/fact-check'
import type { Review } from '../shared/model/review'
import { STORE_VERSION } from '../shared/model/store-files'
import { articleSentences } from '../shared/text/article-sentences'
import { articleText } from '../shared/text/article-text'
import { articleIdFor, textHash } from '../shared/text/hash'

const ARTICLES = 500
const TAGS_PER_ARTICLE = 100
const RUNS = 5
/** The rows a first screen of the board draws. */
const FIRST_SCREEN = 40

const EDITORS: EditorRef[] = [
  { id: 'ana-ruiz', name: 'Ana Ruiz' },
  { id: 'ben-okafor', name: 'Ben Okafor' },
  { id: 'chloe-dubois', name: 'Chloé Dubois' },
  { id: 'dev-patel', name: 'Dev Patel' },
]
const CLAIMANTS = ['The mayor', 'Sen. Núñez', 'The ministry', 'A police spokesman', '']
const SUBJECTS = ['crime', 'the budget', 'exports', 'the harbour', 'tuition', 'the river']

function sentence(n: number, s: number): string {
  const subject = SUBJECTS[(n + s) % SUBJECTS.length]
  return `Officials said ${subject} changed by ${(s * 7 + n) % 97} percent in ${2000 + (s % 25)} (${n}.${s}).`
}

function articleSource(n: number): string {
  const paragraphs: string[] = []
  for (let p = 0; p < TAGS_PER_ARTICLE / 5; p += 1) {
    paragraphs.push(Array.from({ length: 5 }, (_, i) => sentence(n, p * 5 + i)).join(' '))
  }
  return [`Claims bench article ${n}`, ...paragraphs].join('\n\n')
}

/** Writes the library straight to disk in the store's format; returns the files' paths. */
async function writeLibrary(dir: string): Promise<string[]> {
  await mkdir(join(dir, 'articles'), { recursive: true })
  const metas: ArticleMeta[] = []
  const paths: string[] = []
  const now = '2026-11-01T10:00:00.000Z'
  for (let n = 0; n < ARTICLES; n += 1) {
    const draft = parsePlainText(articleSource(n))
    const doc = Node.fromJSON(articleSchema, draft.body)
    const text = articleText(doc)
    const id = articleIdFor(text)
    const annotations: Annotation[] = []
    const reviews: Review[] = []
    for (let s = 0; s < TAGS_PER_ARTICLE; s += 1) {
      const quote = sentence(n, s)
      const start = text.indexOf(quote)
      const author = EDITORS[(n + s) % EDITORS.length] as EditorRef
      const time = new Date(
        Date.UTC(2026, 0, 1) + (n * TAGS_PER_ARTICLE + s) * 60_000,
      ).toISOString()
      const tag: Annotation = {
        id: `bench-${n}-${s}`,
        articleId: id,
        author,
        kind: s % 3 === 0 ? 'disputed' : 'claim',
        target: describeSpan(text, start, start + quote.length),
        note: '',
        created: time,
        modified: time,
      }
      if (s % 2 === 0) {
        const status = CLAIM_STATUSES[s % CLAIM_STATUSES.length] ?? 'to-check'
        tag.factCheck = {
          status,
          claimant: CLAIMANTS[s % CLAIMANTS.length] || undefined,
          verdict:
            status === 'verdict' || status === 'published'
              ? DEFAULT_RATING_SCALE.ratings[s % DEFAULT_RATING_SCALE.ratings.length]?.id
              : undefined,
        }
      }
      annotations.push(tag)
      if (s % 5 === 0) {
        const reviewer = EDITORS[(n + s + 1) % EDITORS.length] as EditorRef
        reviews.push({
          id: `bench-review-${n}-${s}`,
          articleId: id,
          annotationId: tag.id,
          author: reviewer,
          verdict: s % 10 === 0 ? 'accept' : 'reject',
          text: s % 10 === 0 ? '' : 'Not supported.',
          created: time,
          modified: time,
        })
      }
    }
    const meta: ArticleMeta = {
      id,
      title: draft.title,
      outlet: `Outlet ${n % 7}`,
      url: '',
      published: `2026-01-${String((n % 28) + 1).padStart(2, '0')}`,
      language: draft.language,
      sourceName: `bench-${n}.txt`,
      textHash: textHash(text),
      sentenceCount: articleSentences(doc).length,
      tagCount: annotations.length,
      createdAt: now,
      updatedAt: now,
    }
    metas.push(meta)
    const file = {
      version: STORE_VERSION,
      article: { ...meta, body: doc.toJSON() },
      annotations,
      reviews,
      tombstones: [],
    }
    const path = join(dir, 'articles', `${id}.json`)
    paths.push(path)
    await writeFile(path, `${JSON.stringify(file)}\n`)
  }
  await writeFile(
    join(dir, 'library.json'),
    `${JSON.stringify({ version: STORE_VERSION, seeded: true, articles: metas })}\n`,
  )
  return paths
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

async function timeAsync(work: () => Promise<void>, runs = RUNS): Promise<number> {
  const times: number[] = []
  for (let run = 0; run < runs; run += 1) {
    ;(globalThis as { gc?: () => void }).gc?.()
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
  }
  return median(times)
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 0)} ms`
}

const dir = await mkdtemp(join(tmpdir(), 'factmark-bench-claims-'))
try {
  const paths = await writeLibrary(dir)
  const store = await LibraryStore.open(dir, { holder: 'cli' })
  try {
    // Baseline: the same article files read and parsed, nothing more.
    const parse = await timeAsync(async () => {
      let tags = 0
      for (const path of paths) {
        tags += (JSON.parse(await readFile(path, 'utf8')) as { annotations: unknown[] }).annotations
          .length
      }
      if (tags !== ARTICLES * TAGS_PER_ARTICLE) throw new Error(`read ${tags} tags`)
    })
    let shownRows = 0
    const open = async (query: ReturnType<typeof createClaimsQuery>) => {
      const index = indexClaims(await query.list())
      const shown = showClaims(index, defaultClaimsView())
      const first = shown.lines.slice(0, FIRST_SCREEN)
      shownRows = shown.rows.length
      if (first.length === 0) throw new Error('nothing shown')
    }
    const cold = await timeAsync(() => open(createClaimsQuery(store)))
    const query = createClaimsQuery(store)
    await open(query)
    const warm = await timeAsync(() => open(query))
    console.log(`library: ${ARTICLES} articles, ${shownRows} claim and disputed tags`)
    console.log(
      `baseline: read + JSON.parse of the ${ARTICLES} article files ${ms(parse)} (median of ${RUNS})`,
    )
    console.log(
      `open the board, cold (query + list model): ${ms(cold)}, target ≤ 500 ms (median of ${RUNS})`,
    )
    console.log(
      `open the board again (files cached by index entry): ${ms(warm)} (median of ${RUNS})`,
    )

    // Filtering as the editor types, and with filters picked.
    const index = indexClaims(await query.list())
    const views: ClaimsView[] = []
    const typed = 'núñez 19'
    for (let length = 1; length <= typed.length; length += 1) {
      views.push({ ...defaultClaimsView(), query: typed.slice(0, length) })
    }
    views.push({
      ...defaultClaimsView(),
      statuses: ['verdict', 'published'],
      reviews: ['rejected'],
    })
    views.push({ ...defaultClaimsView(), editors: ['chloe-dubois'], groupByStory: true })
    views.push({
      ...defaultClaimsView(),
      query: 'harbour',
      sort: { key: 'claimant', direction: 'descending' },
    })
    // The board folds the rows' search texts just after it is first drawn (not part of opening).
    const folding = await timeAsync(async () => {
      index.cache.folded = null
      searchTexts(index)
    })
    // The first use of a sort order computes it once; it is timed separately.
    const sorting = await timeAsync(async () => {
      index.orders.clear()
      showClaims(index, views.at(-1) as ClaimsView)
    })
    // Each keystroke narrows from what the one before showed, as the board does.
    const perView: number[] = []
    let previous: ReturnType<typeof showClaims> | undefined
    for (const view of views) {
      const before = previous
      perView.push(await timeAsync(async () => void showClaims(index, view, before)))
      previous = showClaims(index, view, before)
    }
    const fresh: number[] = []
    for (const view of views) fresh.push(await timeAsync(async () => void showClaims(index, view)))
    const rows = index.list.rows
    const plain = await timeAsync(async () => {
      const needle = 'harbour'
      void rows.filter((row) => row.text.toLowerCase().includes(needle))
    })
    console.log(
      `baseline: Array.filter of the ${rows.length} rows on one field ${ms(plain)} (median of ${RUNS})`,
    )
    console.log(
      `filter (search, per keystroke of “${typed}”, and filters): median ${ms(median(perView))}, worst ${ms(Math.max(...perView))}, target ≤ 100 ms`,
    )
    console.log(
      `filter without narrowing (each view from all rows): median ${ms(median(fresh))}, worst ${ms(Math.max(...fresh))}`,
    )
    console.log(`first sort by a new column (then cached): ${ms(sorting)}`)
    console.log(`search texts folded once per open, just after the board is drawn: ${ms(folding)}`)
  } finally {
    await store.close()
  }
} finally {
  await rm(dir, { recursive: true, force: true })
}
