import type { Node } from 'prosemirror-model'
import { anchor } from '../../shared/anchoring/anchor'
import type { Annotation, EditorRef } from '../../shared/model/annotation'
import { sentenceAgreement, type SentenceAgreement } from '../../shared/review/sentence-agreement'
import { sentenceLabels, type SentenceLabel } from '../../shared/review/sentence-labels'
import { docIndex, lastAtOrBefore, sentencesOfBlock, type DocRange } from './positions'

/** What one editor's lane shows beside a sentence: the kind they gave it and the tag that did. */
export interface LaneMark {
  /** The sentence's label for this editor; null when the editor tagged nothing in the article. */
  label: SentenceLabel | null
  /** The editor's tag that labels the sentence (the first one found), or null. */
  tagId: string | null
}

/** A sentence somebody compared tagged: its range, one mark per lane, and the agreement. */
export interface SentenceMark {
  range: DocRange
  lanes: LaneMark[]
  agreement: SentenceAgreement
}

/**
 * The review marks of a document: for every sentence that at least one of `editors` tagged, what
 * each editor's lane shows and whether they agree, in document order. Labels and agreement are
 * the agreement statistics' own (`sentenceLabels`, `sentenceAgreement`), so what the margin shows
 * is what the figures count. `tags` are every editor's tags with targets in the current text.
 */
export function reviewMarks(
  doc: Node,
  tags: readonly Annotation[],
  editors: readonly EditorRef[],
): SentenceMark[] {
  if (editors.length === 0) return []
  const index = docIndex(doc)
  const ranges: DocRange[] = []
  const spans: { start: number; end: number }[] = []
  index.blocks.forEach((block, blockIndex) => {
    for (const range of sentencesOfBlock(index, blockIndex)) {
      ranges.push(range)
      spans.push({
        start: block.start + (range.from - block.pos),
        end: block.start + (range.to - block.pos),
      })
    }
  })
  const ids = editors.map((editor) => editor.id)
  const labels = sentenceLabels(index.text, spans, tags, ids)
  const agreement = sentenceAgreement(labels)

  // Which tag gives each lane its label: the first placed tag of that kind over the sentence.
  const tagIds = editors.map(() => new Map<number, string>())
  const lane = new Map(ids.map((id, position) => [id, position]))
  for (const tag of tags) {
    const row = lane.get(tag.author.id)
    if (row === undefined) continue
    const placed = anchor(index.text, tag.target)
    if (placed.status !== 'anchored' && placed.status !== 'changed') continue
    const first = lastAtOrBefore(spans, placed.start, (span) => span.start)
    for (let sentence = first; sentence < spans.length; sentence += 1) {
      const span = spans[sentence]
      if (!span || span.start >= placed.end) break
      if (span.end <= placed.start || labels[row]?.[sentence] !== tag.kind) continue
      if (!tagIds[row]?.has(sentence)) tagIds[row]?.set(sentence, tag.id)
    }
  }

  const marks: SentenceMark[] = []
  ranges.forEach((range, sentence) => {
    const lanes = editors.map((_, row) => ({
      label: labels[row]?.[sentence] ?? null,
      tagId: tagIds[row]?.get(sentence) ?? null,
    }))
    if (!lanes.some((mark) => mark.label !== null && mark.label !== 'none')) return
    marks.push({ range, lanes, agreement: agreement[sentence] ?? null })
  })
  return marks
}
