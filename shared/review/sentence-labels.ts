import { anchor } from '../anchoring/anchor'
import type { TextSpan } from '../anchoring/anchor'
import { TAG_KINDS, type Annotation, type TagKind } from '../model/annotation'
import type { SentenceSpan } from '../text/sentences'

/** Every label a sentence can get: 'none' (no tag), then the tag kinds in `TAG_KINDS` order. */
export const SENTENCE_LABELS = ['none', ...TAG_KINDS] as const

/** A sentence's label for agreement: the kind of the tag on it, or 'none'. */
export type SentenceLabel = (typeof SENTENCE_LABELS)[number]

/** The fields of a tag that decide which sentences it labels. */
export type LabellingTag = Pick<Annotation, 'author' | 'kind' | 'target'>

/**
 * The label each editor gave each sentence of an article, `labels[editor][sentence]` (editors in
 * the order of `editorIds`), ready for `krippendorffAlpha` and friends:
 *
 * - each tag of a listed editor is placed in the current `text` with `anchor`; a placed tag
 *   (status 'anchored' or 'changed') labels every sentence it overlaps by at least one character.
 *   A tag that cannot be placed (status 'orphan', or 'ambiguous': several places fit) labels
 *   nothing. Tags by editors not in `editorIds` are ignored;
 * - when one editor's tags of different kinds overlap one sentence, the sentence gets the kind
 *   that covers most of its characters (overlapping tags of one kind count once), ties going to
 *   the kind that comes first in `TAG_KINDS` (quote, claim, disputed, context);
 * - a sentence no placed tag of the editor overlaps is 'none': a category like the others, since
 *   leaving a sentence untagged is a decision ("neither quote, claim, disputed nor context");
 * - an editor with no placed tag on the article did not code it: their row is all `null`
 *   (missing), not 'none'. An editor who never opened an article must not count as having
 *   declared every sentence of it untagged, or the library-wide figures would reward pairs of
 *   editors for articles neither of them read. The flip side: an editor who read an article and
 *   found nothing to tag is indistinguishable from one who never read it, and counts as missing.
 *   An editor whose every tag on the article is an orphan is missing too.
 *
 * `sentences` are the article's sentence spans (see `articleSentences`): in order, not
 * overlapping, within the text.
 *
 * @throws RangeError (message starting 'sentenceLabels:') if `editorIds` repeats an id or a
 *   sentence span is out of order, overlaps the previous one, is empty or lies outside the text.
 */
export function sentenceLabels(
  text: string,
  sentences: readonly SentenceSpan[],
  annotations: readonly LabellingTag[],
  editorIds: readonly string[],
): (SentenceLabel | null)[][] {
  checkSentences(text, sentences)
  const rowOf = new Map<string, number>()
  for (const id of editorIds) {
    if (rowOf.has(id)) throw new RangeError(`sentenceLabels: editor '${id}' is listed twice`)
    rowOf.set(id, rowOf.size)
  }
  const placed = editorIds.map(() => new Map<TagKind, TextSpan[]>())
  for (const annotation of annotations) {
    const row = rowOf.get(annotation.author.id)
    if (row === undefined) continue
    const result = anchor(text, annotation.target)
    if (result.status !== 'anchored' && result.status !== 'changed') continue
    const spans = placed[row]!.get(annotation.kind)
    const span = { start: result.start, end: result.end }
    if (spans === undefined) placed[row]!.set(annotation.kind, [span])
    else spans.push(span)
  }
  return placed.map((byKind) =>
    byKind.size === 0 ? sentences.map(() => null) : labelRow(sentences, byKind),
  )
}

/** One editor's labels, from their placed tags grouped by kind. */
function labelRow(
  sentences: readonly SentenceSpan[],
  byKind: Map<TagKind, TextSpan[]>,
): SentenceLabel[] {
  /** Characters of each sentence covered by each kind (indexed as TAG_KINDS), if any. */
  const coverage = new Map<number, number[]>()
  TAG_KINDS.forEach((kind, kindIndex) => {
    for (const span of merge(byKind.get(kind) ?? [])) {
      for (
        let sentence = firstEndingAfter(sentences, span.start);
        sentence < sentences.length && sentences[sentence]!.start < span.end;
        sentence += 1
      ) {
        const { start, end } = sentences[sentence]!
        const covered = Math.min(end, span.end) - Math.max(start, span.start)
        let kinds = coverage.get(sentence)
        if (kinds === undefined) {
          kinds = TAG_KINDS.map(() => 0)
          coverage.set(sentence, kinds)
        }
        kinds[kindIndex]! += covered
      }
    }
  })
  const labels: SentenceLabel[] = sentences.map(() => 'none')
  for (const [sentence, kinds] of coverage) {
    let best = 0
    for (let kindIndex = 1; kindIndex < kinds.length; kindIndex += 1) {
      if (kinds[kindIndex]! > kinds[best]!) best = kindIndex
    }
    labels[sentence] = TAG_KINDS[best]!
  }
  return labels
}

/** The union of `spans` as disjoint spans in ascending order. */
function merge(spans: TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((left, right) => left.start - right.start)
  const merged: TextSpan[] = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last !== undefined && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

/** Index of the first sentence that ends after `offset` (binary search; sentences are sorted). */
function firstEndingAfter(sentences: readonly SentenceSpan[], offset: number): number {
  let low = 0
  let high = sentences.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (sentences[middle]!.end <= offset) low = middle + 1
    else high = middle
  }
  return low
}

function checkSentences(text: string, sentences: readonly SentenceSpan[]): void {
  let previousEnd = 0
  sentences.forEach(({ start, end }, index) => {
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) {
      throw new RangeError(
        `sentenceLabels: sentence ${index} has offsets ${start} and ${end}, not integers`,
      )
    }
    if (start < previousEnd || end <= start || end > text.length) {
      throw new RangeError(
        `sentenceLabels: sentence ${index} [${start}, ${end}) must be non-empty, follow the previous sentence (ending at ${previousEnd}) and lie within the text [0, ${text.length}]`,
      )
    }
    previousEnd = end
  })
}
