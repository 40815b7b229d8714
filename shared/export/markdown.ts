import { TAG_KINDS, type Annotation } from '../model/annotation'
import { excerpt } from './excerpt'
import { stripIllegalCharacters } from './illegal-characters'
import { formatUtc } from './format-time'
import { KIND_STYLES } from './kind-styles'
import { escapeMarkdownInline, escapeMarkdownLineStart } from './markdown-escape'
import type { PlacedTag, TaggedArticle, UnplacedTag } from './placed-tags'
import { hasReviewNews, markedName, outcomeOf, reviewLine, reviewStateName } from './review-outcome'
import { safeLink } from './safe-link'
import { segmentArticle, type SegmentedBlock } from './segments'
import type { ExportContext } from './types'

/** The name shown for an article without a title. */
const UNTITLED = 'Untitled article'

/** The label that opens a tag in the text: `**[Q3]**`. */
function openMarker(tag: PlacedTag): string {
  return `**[${KIND_STYLES[tag.annotation.kind].letter}${tag.number}]**`
}

/** The label that closes a tag in the text: `**[/Q3]**`. */
function closeMarker(tag: PlacedTag): string {
  return `**[/${KIND_STYLES[tag.annotation.kind].letter}${tag.number}]**`
}

/**
 * The article as CommonMark that reads well as plain text: a title and a list of facts (outlet,
 * date, source, editors), a legend, the text with each tag between bold labels (`**[Q3]**` …
 * `**[/Q3]**`, named so that overlapping and crossing tags stay clear), then the numbered list
 * of tags (kind, author, date, and with `notes` their note and fields), the tags that could not
 * be placed, and a colophon. The author of a tag or review taken from an unsigned package is
 * marked "(unverified author)". Article text and notes are escaped: nothing in them becomes a link,
 * emphasis, HTML or a block.
 */
export function markdownExport(tagged: TaggedArticle, context: ExportContext): string {
  const { article } = tagged
  const { blocks } = segmentArticle(tagged)
  // A body that opens with the headline lends it to the top of the page, tags and all.
  const headline = tagged.titleInBody ? blocks[0] : undefined
  const parts = [
    `# ${headline ? blockLine(headline) : headingText(article.title.trim() || UNTITLED)}`,
    facts(tagged, context),
    legend(tagged),
    '---',
    ...body(headline ? blocks.slice(1) : blocks),
  ]
  if (tagged.placed.length > 0) {
    parts.push('## Tags', entries(tagged, tagged.placed))
  }
  if (tagged.unplaced.length > 0) {
    parts.push(
      '## Tags that could not be placed',
      'These tags no longer match the text. They are kept as they were made.',
      entries(tagged, tagged.unplaced),
    )
  }
  parts.push(
    '---',
    `*Exported with Factmark ${escapeMarkdownInline(context.appVersion)} on ${time(context.exportedAt)}.*`,
  )
  return `${parts.join('\n\n')}\n`
}

/** A time as people read it (`formatUtc`), escaped. */
function time(iso: string): string {
  return escapeMarkdownInline(formatUtc(iso))
}

/** Escaped text for an ATX heading: one line, no `#` that could close it. */
function headingText(text: string): string {
  return escapeMarkdownInline(text.replace(/\s+/g, ' ').trim()).replace(/#/g, '\\#')
}

/** Escaped text that may span lines: each line made safe to start a Markdown line. */
function blockText(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) =>
      escapeMarkdownLineStart(escapeMarkdownInline(stripIllegalCharacters(line).trim())),
    )
    .join('\n')
}

/** One line of text as a Markdown blockquote. */
function quoteLine(text: string): string {
  return `> ${escapeMarkdownLineStart(escapeMarkdownInline(text))}`
}

function link(url: string): string {
  const safe = safeLink(url)
  return safe ? `<${safe}>` : escapeMarkdownInline(url.trim())
}

function facts(tagged: TaggedArticle, context: ExportContext): string {
  const { article } = tagged
  const items: string[] = []
  if (article.outlet.trim()) items.push(`Outlet: ${escapeMarkdownInline(article.outlet.trim())}`)
  if (article.published) items.push(`Published: ${escapeMarkdownInline(article.published)}`)
  if (article.url.trim()) items.push(`Source: ${link(article.url)}`)
  const editors = tagged.editors.map((editor) => escapeMarkdownInline(editor.name)).join(', ')
  items.push(`Editors: ${editors || 'none'}`)
  if (tagged.kinds.length < 4) {
    items.push(`Kinds: ${tagged.kinds.map((kind) => KIND_STYLES[kind].name).join(', ') || 'none'}`)
  }
  const unplaced = tagged.unplaced.length
  items.push(
    `Tags: ${tagged.placed.length + unplaced}` +
      (unplaced > 0 ? ` (${unplaced} could not be placed)` : '') +
      (tagged.notes ? '' : ', notes left out'),
  )
  if (tagged.publishable) {
    items.push(
      `Review: publishable copy, accepted and unreviewed tags only${tagged.leftOut > 0 ? ` (${tagged.leftOut} left out)` : ''}`,
    )
  } else if (tagged.rejected === 'omit' && tagged.leftOut > 0) {
    items.push(
      `Review: ${tagged.leftOut} rejected ${tagged.leftOut === 1 ? 'tag' : 'tags'} left out`,
    )
  }
  items.push(`Exported: ${time(context.exportedAt)}`)
  return items.map((item) => `- ${item}`).join('\n')
}

function legend(tagged: TaggedArticle): string {
  const kinds = tagged.kinds
    .map((kind) => `**[${KIND_STYLES[kind].letter}]** ${KIND_STYLES[kind].name}`)
    .join(' · ')
  const letter = KIND_STYLES[tagged.kinds[0] ?? TAG_KINDS[0]].letter
  return (
    `Legend: ${kinds || 'no kinds'}. Tagged text stands between labels such as ` +
    `**[${letter}1]** and **[/${letter}1]**; the number leads to the list of tags.`
  )
}

/**
 * A block's text with its tags' labels, escaped, spaced so that every label reads as bold; for a
 * heading on one line, else with hard line breaks for line breaks in the text.
 */
function blockLine({ block, segments }: SegmentedBlock): string {
  const heading = block.type === 'heading'
  let line = ''
  let spaceDue = false
  const append = (piece: string, spaced: boolean) => {
    if (piece === '') return
    if ((spaced || spaceDue) && line !== '' && !/\s$/.test(line) && !/^\s/.test(piece)) {
      line += ' '
    }
    line += piece
    spaceDue = false
  }
  for (const segment of segments) {
    for (const tag of segment.opening) {
      append(openMarker(tag), true)
      spaceDue = true
    }
    const text = escapeMarkdownInline(segment.text)
    append(heading ? text.replace(/\s+/g, ' ').replace(/#/g, '\\#') : text, false)
    for (const tag of segment.closing) {
      append(closeMarker(tag), true)
      spaceDue = true
    }
  }
  if (heading) return line.trim()
  return line
    .split(/\r\n|\r|\n/)
    .map(escapeMarkdownLineStart)
    .join('\\\n')
}

/** The article's blocks; headings from level 2, the page's title being its only level 1. */
function body(blocks: SegmentedBlock[]): string[] {
  const parts: string[] = []
  let previousQuote: number | null = null
  for (const segmented of blocks) {
    const { block } = segmented
    const line = blockLine(segmented)
    if (block.type === 'heading') {
      parts.push(`${'#'.repeat(Math.max(2, block.level))} ${line}`)
      previousQuote = null
      continue
    }
    // Not /^/gm: JavaScript's multiline mode also starts lines after U+2028 and U+2029.
    const text =
      block.quote === null
        ? line
        : line
            .split('\n')
            .map((part) => `> ${part}`)
            .join('\n')
    if (block.quote !== null && block.quote === previousQuote && parts.length > 0) {
      parts[parts.length - 1] += `\n>\n${text}`
    } else {
      parts.push(text)
    }
    previousQuote = block.quote
  }
  return parts
}

function entries(tagged: TaggedArticle, tags: readonly (PlacedTag | UnplacedTag)[]): string {
  return tags
    .map((tag) => {
      const marker = `${tag.number}. `
      const indent = ' '.repeat(marker.length)
      const paragraphs = [entryHead(tag.annotation, tag.number)]
      if ('exact' in tag) {
        paragraphs.push(quoteLine(excerpt(tag.exact)))
        if (tag.changedFrom !== null) {
          paragraphs.push(
            'The text changed after it was tagged. It read:',
            quoteLine(excerpt(tag.changedFrom)),
          )
        }
      } else {
        paragraphs.push(
          tag.status === 'orphan'
            ? 'Its text is no longer in the article.'
            : 'Its text now fits several places in the article equally well.',
          quoteLine(excerpt(tag.annotation.target.quote.exact)),
        )
      }
      paragraphs.push(...entryNotes(tagged, tag.annotation), ...entryReview(tagged, tag.annotation))
      const text = paragraphs
        .map((paragraph) =>
          paragraph
            .split('\n')
            .map((line) => indent + line)
            .join('\n'),
        )
        .join('\n\n')
      return marker + text.slice(indent.length)
    })
    .join('\n\n')
}

function entryHead(annotation: Annotation, number: number): string {
  const { kind, author, created, modified } = annotation
  const style = KIND_STYLES[kind]
  const edited = modified !== created ? ` · edited ${time(modified)}` : ''
  return (
    `**[${style.letter}${number}] ${style.name}** · ${escapeMarkdownInline(markedName(author.name, annotation.unverified))} · ` +
    `${time(created)}${edited}`
  )
}

/** A tag's review outcome as one readable line, when it was reviewed or discussed. */
function entryReview(tagged: TaggedArticle, annotation: Annotation): string[] {
  const outcome = outcomeOf(tagged.outcomes, annotation.id)
  if (!hasReviewNews(outcome)) return []
  const line = reviewLine(outcome)
  return [
    `**Review: ${reviewStateName(outcome.state)}.**${line ? ` ${blockText(line.replace(/\s*\n\s*/g, ' '))}` : ''}`,
  ]
}

function entryNotes(tagged: TaggedArticle, annotation: Annotation): string[] {
  if (!tagged.notes) return []
  const paragraphs: string[] = []
  if (annotation.speaker?.trim()) {
    paragraphs.push(`**Speaker:** ${escapeMarkdownInline(annotation.speaker.trim())}`)
  }
  if (annotation.reason?.trim()) {
    paragraphs.push(`**Why disputed:** ${blockText(annotation.reason.trim())}`)
  }
  if (annotation.evidence && annotation.evidence.length > 0) {
    paragraphs.push(`**Evidence:** ${annotation.evidence.map(link).join(', ')}`)
  }
  if (annotation.note.trim()) paragraphs.push(blockText(annotation.note.trim()))
  return paragraphs
}
