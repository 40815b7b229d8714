import { Node } from 'prosemirror-model'
import { anchor } from '../anchoring/anchor'
import { articleSchema as editorSchema } from '../editor/schema'
import { TAG_KINDS, type Annotation, type EditorRef, type TagKind } from '../model/annotation'
import type { Article } from '../model/article'
import { articleSentences } from '../text/article-sentences'
import { articleText } from '../text/article-text'
import type { Review } from '../model/review'
import type { SentenceSpan } from '../text/sentences'
import { articleBlocks, type ArticleBlock } from './article-blocks'
import { isPublishable, reviewOutcomes, type ReviewOutcomes } from './review-outcome'
import type { ExportOptions } from './types'

/** A tag found in the article's current text. */
export interface PlacedTag {
  annotation: Annotation
  /** The tag's number in the export (1, 2, …): placed tags in document order, then unplaced. */
  number: number
  /**
   * 'changed' when the tagged text differs from the text that was tagged (found so now, or
   * flagged earlier and not yet confirmed by an editor), else 'anchored'.
   */
  status: 'anchored' | 'changed'
  /** Offset of the tag's first character in the article's plain text. */
  start: number
  /** Offset just past the tag's last character in the article's plain text. */
  end: number
  /** The tagged text as it is now: `text.slice(start, end)`. */
  exact: string
  /** Index (from 0, as the CLI's `show` numbers them) of the first sentence the tag covers. */
  sentence: number | null
  /** Index of the last sentence the tag covers (equal to `sentence` for a one-sentence tag). */
  lastSentence: number | null
  /** For a changed tag, the text as it was when tagged; else null. */
  changedFrom: string | null
}

/** A tag that has no place in the current text, listed apart, never dropped. */
export interface UnplacedTag {
  annotation: Annotation
  /** The tag's number in the export, after every placed tag. */
  number: number
  /** 'orphan': its text is gone; 'ambiguous': it fits several places equally well. */
  status: 'orphan' | 'ambiguous'
}

/** An article with the tags an export carries, placed in its current text. */
export interface TaggedArticle {
  article: Article
  /** The article's plain text (blocks joined by "\n\n"), which every offset refers to. */
  text: string
  blocks: ArticleBlock[]
  /**
   * Whether the body opens with the article's headline (a heading reading as the title), which
   * then serves as the export's title instead of a separate one.
   */
  titleInBody: boolean
  sentences: SentenceSpan[]
  /** Placed tags in document order: by start, longer first, then by creation time and id. */
  placed: PlacedTag[]
  /** Tags that could not be placed, by their stored position, then creation time and id. */
  unplaced: UnplacedTag[]
  /**
   * The editors the export covers: those asked for (named as on their tags, else by id), or
   * when every editor is asked for, the authors of the exported tags; sorted by name.
   */
  editors: EditorRef[]
  /** The kinds the export covers, in the app's order. */
  kinds: TagKind[]
  /** Whether notes and per-kind fields are exported. */
  notes: boolean
  /** The review outcome of every exported tag, by tag id (see `reviewOutcomes`). */
  outcomes: ReviewOutcomes
  /** Whether rejected tags are kept and marked ('mark') or were left out ('omit'). */
  rejected: 'mark' | 'omit'
  /** Whether only publishable tags (accepted or unreviewed) were kept. */
  publishable: boolean
  /** How many tags the review options left out (rejected ones, or unpublishable ones). */
  leftOut: number
}

/**
 * The step every export format starts with: parses the article's body, keeps the annotations the
 * options ask for (editors, kinds), works out each one's review outcome from `reviews` and drops
 * those the review options leave out (rejected ones with `rejected: 'omit'`, all but accepted and
 * unreviewed ones with `preset: 'publishable'`), anchors each one in the current text
 * (`shared/anchoring`), finds the sentences it covers, and sets apart those that cannot be placed.
 *
 * @throws RangeError (message starting 'placeTags:') if the body is not a valid article
 *   document, an annotation belongs to another article, or the options name an unknown kind.
 */
export function placeTags(
  article: Article,
  annotations: readonly Annotation[],
  options: ExportOptions,
  reviews: readonly Review[] = [],
): TaggedArticle {
  const doc = articleDocument(article)
  const blocks = articleBlocks(doc)
  const text = articleText(doc)
  const sentences = articleSentences(doc)
  const unknownKind = options.kinds.find((kind) => !TAG_KINDS.includes(kind))
  if (unknownKind !== undefined) {
    throw new RangeError(`placeTags: unknown tag kind ${JSON.stringify(unknownKind)}`)
  }
  const kinds = TAG_KINDS.filter(
    (kind) => options.kinds.length === 0 || options.kinds.includes(kind),
  )
  const wanted = new Set(options.editors)
  const outcomes = reviewOutcomes(annotations, reviews)
  const publishable = options.preset === 'publishable'
  const rejected = options.rejected ?? 'mark'
  let leftOut = 0

  const placed: Omit<PlacedTag, 'number'>[] = []
  const unplaced: Omit<UnplacedTag, 'number'>[] = []
  for (const annotation of annotations) {
    if (annotation.articleId !== article.id) {
      throw new RangeError(
        `placeTags: tag ${annotation.id} belongs to article ${annotation.articleId}, not ${article.id}`,
      )
    }
    if (wanted.size > 0 && !wanted.has(annotation.author.id)) continue
    if (!kinds.includes(annotation.kind)) continue
    const outcome = outcomes.get(annotation.id)
    if (
      outcome &&
      ((publishable && !isPublishable(outcome)) ||
        (rejected === 'omit' && outcome.state === 'rejected'))
    ) {
      leftOut += 1
      continue
    }
    const result = anchor(text, annotation.target)
    if (result.status === 'orphan' || result.status === 'ambiguous') {
      unplaced.push({ annotation, status: result.status })
      continue
    }
    const changedFrom =
      annotation.changedFrom ?? (result.status === 'changed' ? annotation.target.quote.exact : null)
    placed.push({
      annotation,
      status: changedFrom === null ? 'anchored' : 'changed',
      start: result.start,
      end: result.end,
      exact: text.slice(result.start, result.end),
      sentence: firstSentence(sentences, result.start, result.end),
      lastSentence: lastSentence(sentences, result.start, result.end),
      changedFrom,
    })
  }
  placed.sort(
    (left, right) =>
      left.start - right.start || right.end - left.end || byTime(left.annotation, right.annotation),
  )
  unplaced.sort(
    (left, right) =>
      left.annotation.target.position.start - right.annotation.target.position.start ||
      byTime(left.annotation, right.annotation),
  )
  return {
    article,
    text,
    blocks,
    titleInBody:
      blocks[0]?.type === 'heading' &&
      article.title.trim() !== '' &&
      blocks[0].text.trim() === article.title.trim(),
    sentences,
    placed: placed.map((tag, index) => ({ ...tag, number: index + 1 })),
    unplaced: unplaced.map((tag, index) => ({ ...tag, number: placed.length + index + 1 })),
    editors: includedEditors(options.editors, annotations, [
      ...placed.map((tag) => tag.annotation),
      ...unplaced.map((tag) => tag.annotation),
    ]),
    kinds,
    notes: options.notes,
    outcomes,
    rejected,
    publishable,
    leftOut,
  }
}

/** The article's body as a checked ProseMirror document. */
function articleDocument(article: Article): Node {
  try {
    const doc = Node.fromJSON(editorSchema, article.body)
    doc.check()
    return doc
  } catch (error) {
    throw new RangeError(
      `placeTags: the body of article ${article.id} is not a valid document: ${(error as Error).message}`,
      { cause: error },
    )
  }
}

function byTime(left: Annotation, right: Annotation): number {
  return compareStrings(left.created, right.created) || compareStrings(left.id, right.id)
}

/** Code-unit order, the same on every machine and locale. */
function compareStrings(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0
}

/** Index of the first sentence overlapping `[start, end)`, or null. */
function firstSentence(
  sentences: readonly SentenceSpan[],
  start: number,
  end: number,
): number | null {
  let low = 0
  let high = sentences.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sentences[middle] as SentenceSpan).end <= start) low = middle + 1
    else high = middle
  }
  const sentence = sentences[low]
  return sentence !== undefined && sentence.start < end ? low : null
}

/** Index of the last sentence overlapping `[start, end)`, or null. */
function lastSentence(
  sentences: readonly SentenceSpan[],
  start: number,
  end: number,
): number | null {
  let low = 0
  let high = sentences.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((sentences[middle] as SentenceSpan).start < end) low = middle + 1
    else high = middle
  }
  const sentence = sentences[low - 1]
  return sentence !== undefined && sentence.end > start ? low - 1 : null
}

/** See `TaggedArticle.editors`. */
function includedEditors(
  asked: readonly string[],
  all: readonly Annotation[],
  exported: readonly Annotation[],
): EditorRef[] {
  const names = new Map<string, string>()
  for (const annotation of all) {
    if (!names.has(annotation.author.id)) names.set(annotation.author.id, annotation.author.name)
  }
  const ids =
    asked.length > 0
      ? [...new Set(asked)]
      : [...new Set(exported.map((annotation) => annotation.author.id))]
  return ids
    .map((id) => ({ id, name: names.get(id) ?? id }))
    .sort(
      (left, right) => compareStrings(left.name, right.name) || compareStrings(left.id, right.id),
    )
}
