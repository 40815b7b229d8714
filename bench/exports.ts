// Every export format of a big article (10,000 sentences, 30,000 tags by three editors, 10,000
// reviews: accepts, rejects with reasons and comments; a fact-check on every tenth claim), each
// beside the JSONL export of the same article, whose work is one line per tag: the ratio shows
// whether a format's cost grows faster than the article and its tags. Target: every ratio ≤ 3.
// Reports figures; never fails on one.
import { Node } from 'prosemirror-model'
import { describe as describeSpan } from '../shared/anchoring/describe'
import { articleSchema as editorSchema } from '../shared/editor/schema'
import { exportArticle } from '../shared/export/export-article'
import { placeTags } from '../shared/export/placed-tags'
import { segmentArticle } from '../shared/export/segments'
import type { ExportFormat } from '../shared/export/types'
import { parsePlainText } from '../shared/import/plain-text'
import { TAG_KINDS, type Annotation, type EditorRef } from '../shared/model/annotation'
import type { Article } from '../shared/model/article'
import type { Review } from '../shared/model/review'
import { articleSentences } from '../shared/text/article-sentences'
import { articleText } from '../shared/text/article-text'
import { articleIdFor, textHash } from '../shared/text/hash'

const PARAGRAPHS = 2_000
const EDITORS: EditorRef[] = [
  { id: 'ana-ruiz', name: 'Ana Ruiz' },
  { id: 'ben-okafor', name: 'Ben Okafor' },
  { id: 'chen-li', name: 'Chen Li' },
]
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const FORMATS: ExportFormat[] = ['jsonl', 'csv', 'w3c', 'md', 'html', 'docx', 'claimreview']
const REVIEWER: EditorRef = { id: 'dee-reviewer', name: 'Dee Reviewer' }

const paragraph = (n: number) =>
  `The council met on Tuesday (item ${n}) to discuss the budget. “We cannot wait any longer,” ` +
  'the mayor said. Critics said the plan was 3.5% short of the national average. The vote is ' +
  'due in March. Officials did not reply to a request for comment.'

const source = [
  'A very long report',
  ...Array.from({ length: PARAGRAPHS }, (_, n) => paragraph(n)),
].join('\n\n')
const CONTEXT = { exportedAt: '2025-11-20T10:00:00.000Z', appVersion: '0.1.0' }
const NOW = '2025-11-18T08:00:00.000Z'
const draft = parsePlainText(source)
const doc = Node.fromJSON(editorSchema, draft.body)
const text = articleText(doc)
const sentences = articleSentences(doc)
const article: Article = {
  id: articleIdFor(text),
  title: draft.title,
  outlet: 'Bench Gazette',
  url: '',
  published: '2025-01-01',
  language: 'en',
  sourceName: 'bench.txt',
  textHash: textHash(text),
  sentenceCount: sentences.length,
  tagCount: 0,
  createdAt: NOW,
  updatedAt: NOW,
  body: doc.toJSON(),
}
const annotations: Annotation[] = []
for (const [index, sentence] of sentences.entries()) {
  for (const [editorIndex, author] of EDITORS.entries()) {
    annotations.push({
      id: `bench-${editorIndex}-${String(index).padStart(6, '0')}`,
      articleId: article.id,
      author,
      kind: TAG_KINDS[(index + editorIndex) % TAG_KINDS.length]!,
      target: describeSpan(text, sentence.start, sentence.end),
      note: index % 5 === 0 ? `Checked against the minutes (${index}).` : '',
      ...(editorIndex === 0 &&
      index % 10 === 0 &&
      ['claim', 'disputed'].includes(TAG_KINDS[index % TAG_KINDS.length]!)
        ? {
            factCheck: {
              status: 'verdict' as const,
              verdict: 'false',
              claimant: 'The mayor',
              verdictAt: NOW,
            },
          }
        : {}),
      created: NOW,
      modified: NOW,
    })
  }
}
const VERDICTS = ['accept', 'reject', 'comment'] as const
const reviews: Review[] = annotations
  .filter((_, index) => index % 3 === 1)
  .map((tag, index) => ({
    id: `bench-review-${String(index).padStart(6, '0')}`,
    articleId: article.id,
    annotationId: tag.id,
    author: REVIEWER,
    verdict: VERDICTS[index % 3]!,
    text: index % 3 === 0 ? '' : `Reason ${index}.`,
    created: NOW,
    modified: NOW,
  }))
const extras = {
  reviews,
  claimReview: {
    settings: {
      publisher: { name: 'Bench Checks' },
      reviewUrlPattern: 'https://checks.example.org/{id}',
    },
    appearances: new Map(),
  },
}
const options = { editors: [], kinds: [], notes: true }

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function time(run: () => unknown): number {
  const times: number[] = []
  for (let n = 0; n < RUNS; n += 1) {
    globalThis.gc?.()
    const started = performance.now()
    run()
    times.push(performance.now() - started)
  }
  return median(times)
}

console.log(
  `article: ${sentences.length} sentences, ${annotations.length} tags, ${reviews.length} reviews, ${text.length} characters; median of ${RUNS} runs`,
)
const tagged = placeTags(article, annotations, options, reviews)
const segments = time(() => segmentArticle(tagged))
const baseline = time(() => exportArticle('jsonl', article, annotations, options, CONTEXT, extras))
console.log(`jsonl (baseline): ${baseline.toFixed(0)} ms`)
console.log(
  `segmentArticle alone: ${segments.toFixed(0)} ms (${(segments / baseline).toFixed(2)}× jsonl)`,
)
for (const format of FORMATS.filter((format) => format !== 'jsonl')) {
  const ms = time(() => exportArticle(format, article, annotations, options, CONTEXT, extras))
  console.log(`${format}: ${ms.toFixed(0)} ms (${(ms / baseline).toFixed(2)}× jsonl)`)
}
