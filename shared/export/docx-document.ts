import type { Annotation } from '../model/annotation'
import { paragraph, textRuns, W_NAMESPACE, XML_DECLARATION } from './docx-runs'
import { excerpt } from './excerpt'
import { formatUtc } from './format-time'
import { KIND_STYLES } from './kind-styles'
import type { PlacedTag, TaggedArticle } from './placed-tags'
import { segmentArticle, type Segment } from './segments'
import { repliesOf, type DocxReply } from './docx-replies'
import { markedName } from './review-outcome'
import type { ExportContext } from './types'

/** The name shown for an article without a title. */
const UNTITLED = 'Untitled article'

/** The id of a placed tag's comment: its number less one (comments count from 0). */
export function commentId(tag: PlacedTag): number {
  return tag.number - 1
}

/**
 * `word/document.xml`: a title (the body's own headline when it opens with one), a line of facts
 * (outlet, date, source, editors, tags, export time), a legend, then the article's headings,
 * paragraphs and blockquotes. Each placed tag's text lies between `w:commentRangeStart` and
 * `w:commentRangeEnd` of its comment (followed by the `w:commentReference` run) and is drawn as in
 * the app: the kind's tint and underline style, from the outermost tag where tags overlap. Tags
 * that could not be placed are listed at the end. One paragraph per line, for readable diffs.
 */
export function documentXml(
  tagged: TaggedArticle,
  context: ExportContext,
  replies: ReadonlyMap<number, DocxReply[]> = new Map(),
): string {
  const { blocks } = segmentArticle(tagged)
  // A body that opens with the headline lends it to the title, tags and all.
  const headline = tagged.titleInBody ? blocks[0] : undefined
  const paragraphs = [
    headline
      ? paragraph(
          headline.segments.map((segment) => segmentXml(segment, replies)).join(''),
          'Title',
        )
      : paragraph(textRuns(tagged.article.title.trim() || UNTITLED), 'Title'),
    facts(tagged, context),
    legend(tagged),
  ]
  for (const { block, segments } of headline ? blocks.slice(1) : blocks) {
    const style =
      block.type === 'heading'
        ? `Heading${block.level}`
        : block.quote !== null
          ? 'Quote'
          : undefined
    paragraphs.push(
      paragraph(segments.map((segment) => segmentXml(segment, replies)).join(''), style),
    )
  }
  if (tagged.unplaced.length > 0) {
    paragraphs.push(paragraph(textRuns('Tags that could not be placed'), 'Heading2'))
    paragraphs.push(
      paragraph(
        textRuns('These tags no longer match the text. They are kept as they were made.'),
        'FactmarkMeta',
      ),
    )
    for (const tag of tagged.unplaced) {
      const reason =
        tag.status === 'orphan'
          ? 'Its text is no longer in the article.'
          : 'Its text now fits several places in the article equally well.'
      paragraphs.push(paragraph(entryHead(tag.annotation, tag.number) + textRuns(` ${reason}`)))
      paragraphs.push(paragraph(textRuns(excerpt(tag.annotation.target.quote.exact)), 'Quote'))
      if (tagged.notes) {
        for (const line of noteLines(tag.annotation)) paragraphs.push(paragraph(noteLineRuns(line)))
      }
    }
  }
  return [
    XML_DECLARATION,
    `<w:document xmlns:w="${W_NAMESPACE}"><w:body>`,
    ...paragraphs,
    '<w:sectPr><w:pgMar w:top="1247" w:right="1247" w:bottom="1247" w:left="1247" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>',
    '</w:body></w:document>',
    '',
  ].join('\n')
}

/** The comment ids of a tag's comment and its replies, in order. */
function threadIds(tag: PlacedTag, replies: ReadonlyMap<number, DocxReply[]>): number[] {
  return [commentId(tag), ...repliesOf(replies, tag).map((reply) => reply.id)]
}

function segmentXml(segment: Segment, replies: ReadonlyMap<number, DocxReply[]>): string {
  const starts = segment.opening
    .flatMap((tag) => threadIds(tag, replies))
    .map((id) => `<w:commentRangeStart w:id="${id}"/>`)
    .join('')
  const outer = segment.tags[0]
  const text = outer
    ? textRuns(segment.text, {
        underline: {
          style: KIND_STYLES[outer.annotation.kind].wordUnderline,
          colour: KIND_STYLES[outer.annotation.kind].colour,
        },
        shading: KIND_STYLES[outer.annotation.kind].background,
      })
    : textRuns(segment.text)
  const ends = segment.closing
    .flatMap((tag) => threadIds(tag, replies))
    .map(
      (id) =>
        `<w:commentRangeEnd w:id="${id}"/>` +
        `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`,
    )
    .join('')
  return starts + text + ends
}

function facts(tagged: TaggedArticle, context: ExportContext): string {
  const { article } = tagged
  const first: string[] = ['Annotated copy · Factmark']
  if (article.outlet.trim()) first.push(article.outlet.trim())
  if (article.published) first.push(`Published ${article.published}`)
  if (article.url.trim()) first.push(article.url.trim())
  const editors = tagged.editors.map((editor) => editor.name).join(', ') || 'none'
  const unplaced = tagged.unplaced.length
  const second = [
    `Editors: ${editors}`,
    `Tags: ${tagged.placed.length + unplaced}` +
      (unplaced > 0 ? ` (${unplaced} could not be placed)` : '') +
      (tagged.notes ? '' : ', notes left out'),
  ]
  if (tagged.kinds.length < 4) {
    second.push(`Kinds: ${tagged.kinds.map((kind) => KIND_STYLES[kind].name).join(', ') || 'none'}`)
  }
  second.push(`Exported ${formatUtc(context.exportedAt)}`)
  return paragraph(textRuns(`${first.join(' · ')}\n${second.join(' · ')}`), 'FactmarkMeta')
}

function legend(tagged: TaggedArticle): string {
  const runs = [textRuns('Legend: ', { bold: true })]
  tagged.kinds.forEach((kind, index) => {
    const style = KIND_STYLES[kind]
    if (index > 0) runs.push(textRuns(' · '))
    runs.push(
      textRuns(style.name, {
        underline: { style: style.wordUnderline, colour: style.colour },
        shading: style.background,
      }),
      textRuns(` (${style.letter}, ${style.underlineName})`),
    )
  })
  runs.push(textRuns('. Each tag is a comment by the editor who made it.'))
  return paragraph(runs.join(''), 'FactmarkMeta')
}

/**
 * A tag's kind, author and time as the start of a paragraph; the author marked "(unverified
 * author)" when the tag came from an unsigned package.
 */
export function entryHead(annotation: Annotation, number: number): string {
  const style = KIND_STYLES[annotation.kind]
  return (
    textRuns(`[${style.letter}${number}] ${style.name}`, { bold: true, colour: style.colour }) +
    textRuns(
      ` · ${markedName(annotation.author.name, annotation.unverified)} · ${formatUtc(annotation.created)}`,
    )
  )
}

/** One line of a tag's note or per-kind fields: an optional bold label and its text. */
export interface NoteLine {
  label: string | null
  text: string
}

/** The lines of a tag's per-kind fields (speaker, reason, evidence) and note. */
export function noteLines(annotation: Annotation): NoteLine[] {
  const lines: NoteLine[] = []
  if (annotation.speaker?.trim()) lines.push({ label: 'Speaker', text: annotation.speaker.trim() })
  if (annotation.reason?.trim()) {
    lines.push({ label: 'Why disputed', text: annotation.reason.trim() })
  }
  if (annotation.evidence && annotation.evidence.length > 0) {
    lines.push({ label: 'Evidence', text: annotation.evidence.join(' ') })
  }
  if (annotation.note.trim()) {
    for (const text of annotation.note.trim().split(/\r\n|\r|\n/)) lines.push({ label: null, text })
  }
  return lines
}

/** A note line as runs: the label in bold, then the text. */
export function noteLineRuns(line: NoteLine): string {
  return (line.label ? textRuns(`${line.label}: `, { bold: true }) : '') + textRuns(line.text)
}
