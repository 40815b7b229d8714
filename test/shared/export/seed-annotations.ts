/**
 * Test fixtures for exports: the five seed articles as the library stores them, each with a fixed
 * set of tags by two editors that exercises every kind, hostile notes, a span over several
 * sentences, overlapping and crossing tags, a tag whose text changed, and an orphan.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { Node } from 'prosemirror-model'
import { describe as describeSpan } from '../../../shared/anchoring/describe'
import { articleSchema as editorSchema } from '../../../shared/editor/schema'
import { parsePlainText } from '../../../shared/import/plain-text'
import {
  annotationSchema,
  type Annotation,
  type EditorRef,
  type TagKind,
} from '../../../shared/model/annotation'
import { articleSchema, type Article } from '../../../shared/model/article'
import { articleSentences } from '../../../shared/text/article-sentences'
import { articleText } from '../../../shared/text/article-text'
import { articleIdFor, textHash } from '../../../shared/text/hash'
import type { SentenceSpan } from '../../../shared/text/sentences'
import type { ExportContext } from '../../../shared/export/types'

/** The first editor of every seed. */
export const ANA: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }

/** The second editor of every seed. */
export const BEN: EditorRef = { id: 'ben-okafor', name: 'Ben Okafor' }

/** A note written to break every format that forgets to escape. */
export const HOSTILE_NOTE =
  '<script>alert("x")</script> ]]> *not bold* _no_ [link](javascript:alert(1)) & &amp; ' +
  "=cmd|'/C calc'!A0\n# not a heading\n- not a list\u0007"

/** A fixed export context. */
export const CONTEXT: ExportContext = {
  exportedAt: '2025-11-20T10:00:00.000Z',
  appVersion: '0.1.0',
}

const seedsFolder = new URL('../../../seeds/', import.meta.url)

/** The seed files, sorted. */
export const SEED_NAMES: string[] = readdirSync(seedsFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()

/** A seed article with its tags, the plain text and sentences they refer to. */
export interface SeedCase {
  name: string
  article: Article
  annotations: Annotation[]
  text: string
  sentences: SentenceSpan[]
}

/** An article as the library would store it, from a draft body and metadata. */
export function makeArticle(
  fields: Pick<Article, 'title' | 'outlet' | 'url' | 'published' | 'language' | 'body'> & {
    sourceName?: string
  },
): Article {
  const doc = Node.fromJSON(editorSchema, fields.body)
  const text = articleText(doc)
  return articleSchema.parse({
    id: articleIdFor(text),
    title: fields.title,
    outlet: fields.outlet,
    url: fields.url,
    published: fields.published,
    language: fields.language,
    sourceName: fields.sourceName ?? 'test.txt',
    textHash: textHash(text),
    sentenceCount: articleSentences(doc).length,
    tagCount: 0,
    createdAt: '2025-11-18T08:00:00.000Z',
    updatedAt: '2025-11-18T08:00:00.000Z',
    body: doc.toJSON(),
  })
}

/** Minutes after the first tag's time, as an ISO time. */
function at(minutes: number): string {
  return new Date(Date.UTC(2025, 10, 18, 9, minutes)).toISOString()
}

/** Builds one annotation on `[start, end)` of `text`, checked against the store's schema. */
export function makeAnnotation(
  article: Article,
  text: string,
  fields: {
    id: string
    author: EditorRef
    kind: TagKind
    start: number
    end: number
    minute: number
    note?: string
    speaker?: string
    reason?: string
    evidence?: string[]
    edited?: number
  },
): Annotation {
  const { id, author, kind, start, end, minute, note, speaker, reason, evidence, edited } = fields
  return annotationSchema.parse({
    id,
    articleId: article.id,
    author,
    kind,
    target: describeSpan(text, start, end),
    note: note ?? '',
    ...(speaker !== undefined ? { speaker } : {}),
    ...(reason !== undefined ? { reason } : {}),
    ...(evidence !== undefined ? { evidence } : {}),
    created: at(minute),
    modified: at(edited ?? minute),
  })
}

/**
 * Seed `index` as an article (the second gets an outlet, a web address and hostile metadata),
 * with these tags (sentence numbers from 0, ids `s<index>-tag-NN`):
 *
 * 1. sentence 1: quote by Ana, with a speaker and a note;
 * 2. sentence 2: claim by Ben with the hostile note, and 3. disputed by Ana (the same sentence,
 *    two editors) with a reason and evidence links;
 * 4. sentences 3–4: context by Ana over two sentences, with a two-line note;
 * 5. sentence 4: claim by Ben inside it;
 * 6. sentences 5–6 and 7. sentences 6–7: context by Ben and disputed by Ana, crossing;
 * 8. the second half of sentence 0: quote by Ben, edited later, without a note;
 * 9. sentence 8: claim by Ana, tagged before a typo was fixed (its text changed);
 * 10. a claim by Ben on a sentence since deleted (an orphan).
 */
export function seedCase(index: number): SeedCase {
  const name = SEED_NAMES[index]
  if (name === undefined) throw new Error(`seedCase: there is no seed ${index}`)
  const draft = parsePlainText(readFileSync(new URL(name, seedsFolder), 'utf8'))
  const hostile = index === 1
  const article = makeArticle({
    ...draft,
    outlet: hostile ? 'The <Daily> "News" & Co' : draft.outlet,
    url: hostile ? 'https://news.example/trump?strikes=mexico&lang=en' : draft.url,
    sourceName: name,
  })
  const doc = Node.fromJSON(editorSchema, article.body)
  const text = articleText(doc)
  const sentences = articleSentences(doc)
  const sentence = (number: number): SentenceSpan => {
    const span = sentences[number]
    if (!span) throw new Error(`seedCase: ${name} has no sentence ${number}`)
    return span
  }
  const tag = (
    number: number,
    fields: Omit<Parameters<typeof makeAnnotation>[2], 'id' | 'minute'>,
  ): Annotation =>
    makeAnnotation(article, text, {
      id: `s${index}-tag-${String(number).padStart(2, '0')}`,
      minute: number * 7,
      ...fields,
    })

  const first = sentence(0)
  const middle = text.indexOf(' ', first.start + Math.floor((first.end - first.start) / 2))
  const annotations = [
    tag(1, {
      author: ANA,
      kind: 'quote',
      ...sentence(1),
      speaker: 'Trump, on camera',
      note: 'Check against the transcript.',
    }),
    tag(2, { author: BEN, kind: 'claim', ...sentence(2), note: HOSTILE_NOTE }),
    tag(3, {
      author: ANA,
      kind: 'disputed',
      ...sentence(2),
      reason: 'Figures differ from the agency’s report.',
      evidence: ['https://example.org/report?a=1&b=2', 'mailto:desk@example.org'],
      note: '@desk: +1 -- see the report',
    }),
    tag(4, {
      author: ANA,
      kind: 'context',
      start: sentence(3).start,
      end: sentence(4).end,
      note: 'Background:\nthe campaign began in September.',
    }),
    tag(5, { author: BEN, kind: 'claim', ...sentence(4), note: 'Nested inside a context tag.' }),
    tag(6, { author: BEN, kind: 'context', start: sentence(5).start, end: sentence(6).end }),
    tag(7, {
      author: ANA,
      kind: 'disputed',
      start: sentence(6).start,
      end: sentence(7).end,
      reason: 'Crosses the context tag.',
    }),
    tag(8, { author: BEN, kind: 'quote', start: middle + 1, end: first.end, edited: 100 }),
  ]
  annotations.push(
    withStoredText(
      tag(9, {
        author: ANA,
        kind: 'claim',
        ...sentence(8),
        note: 'Tagged before a typo was fixed.',
      }),
      doubleLetter,
    ),
  )
  annotations.push(
    withStoredText(
      tag(10, { author: BEN, kind: 'claim', ...sentence(9), note: 'Orphaned.' }),
      () => 'This sentence was deleted from the article before export; nothing matches it now.',
    ),
  )
  return { name, article, annotations, text, sentences }
}

/** `text` with the letter after its middle space doubled: a typo, since fixed. */
function doubleLetter(text: string): string {
  const at = text.indexOf(' ', Math.floor(text.length / 2)) + 1
  return text.slice(0, at) + text.slice(at, at + 1) + text.slice(at)
}

/** The annotation as if it had been made on a text where its span read `rewrite(exact)`. */
function withStoredText(annotation: Annotation, rewrite: (exact: string) => string): Annotation {
  const { position, quote } = annotation.target
  const exact = rewrite(quote.exact)
  return annotationSchema.parse({
    ...annotation,
    target: {
      position: { ...position, end: position.start + exact.length },
      quote: { ...quote, exact },
    },
  })
}
