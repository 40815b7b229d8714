// Reading and placing a Hypothesis export (annotations found by their quote alone, no address
// matches) in a library, at two sizes of library and file: the time should grow with the library's
// text plus the annotations (one index of word starts, built once), not with their product.
// Beside each, the plain JSON.parse of the same file as the baseline. Reports; never fails.
import { parseAnnotationFile } from '../shared/import/w3c-annotations'
import { placeAnnotations, type PlacementArticle } from '../shared/import/w3c-placement'

const RUNS = Number(process.env.BENCH_RUNS ?? 3)

function library(articles: number): PlacementArticle[] {
  return Array.from({ length: articles }, (_, a) => ({
    id: a.toString(16).padStart(16, '0'),
    url: `https://news.example/${a}`,
    sourceName: `${a}.txt`,
    text: Array.from(
      { length: 40 },
      (_, s) =>
        `Report ${a} says the council met on day ${s} and voted ${(a * 7 + s) % 13} to ${s % 5} on item ${a}-${s}.`,
    ).join(' '),
  }))
}

function hypothesisFile(articles: PlacementArticle[], count: number): string {
  const rows = Array.from({ length: count }, (_, n) => {
    const article = articles[(n * 7919) % articles.length] as PlacementArticle
    const s = n % 40
    const exact = `Report ${article.id === '' ? '' : parseInt(article.id, 16)} says the council met on day ${s}`
    return {
      id: `hyp-${n}`,
      user: `acct:user${n % 20}@hypothes.is`,
      uri: 'https://elsewhere.example/page',
      text: `note ${n}`,
      tags: ['claim'],
      created: '2025-11-18T09:00:00.000Z',
      target: [
        {
          source: 'https://elsewhere.example/page',
          selector: [{ type: 'TextQuoteSelector', exact, prefix: '', suffix: ' and voted' }],
        },
      ],
    }
  })
  return JSON.stringify({ total: rows.length, rows })
}

function best(run: () => void): number {
  let fastest = Infinity
  for (let index = 0; index < RUNS; index += 1) {
    const start = performance.now()
    run()
    fastest = Math.min(fastest, performance.now() - start)
  }
  return fastest
}

for (const [articles, annotations] of [
  [250, 5_000],
  [500, 5_000],
  [500, 10_000],
] as const) {
  const lib = library(articles)
  const raw = hypothesisFile(lib, annotations)
  const chars = lib.reduce((sum, article) => sum + article.text.length, 0)
  let placed = 0
  const total = best(() => {
    placed = placeAnnotations(parseAnnotationFile(raw, '2026-01-01T00:00:00.000Z'), lib).placed
  })
  const baseline = best(() => JSON.parse(raw))
  console.log(
    `${articles} articles (${(chars / 1e6).toFixed(2)} M chars), ${annotations} annotations: ` +
      `${total.toFixed(0)} ms to read and place (${placed} placed); JSON.parse alone ${baseline.toFixed(0)} ms`,
  )
}
