import type { Annotation } from '../model/annotation'
import { escapeMarkup } from './escape-markup'
import { excerpt } from './excerpt'
import { formatUtc } from './format-time'
import { HTML_STYLES } from './html-styles'
import { KIND_STYLES } from './kind-styles'
import type { PlacedTag, TaggedArticle, UnplacedTag } from './placed-tags'
import {
  hasReviewNews,
  markedName,
  outcomeOf,
  reviewStateName,
  UNVERIFIED_AUTHOR,
  type ReviewOutcomes,
  type ReviewVerdictEntry,
} from './review-outcome'
import { safeLink } from './safe-link'
import { segmentArticle, type Segment, type SegmentedBlock } from './segments'
import type { ExportContext } from './types'

/**
 * The Content Security Policy of an exported HTML file: nothing may load or run; only its own
 * inline stylesheet applies (and `data:` images, though the export has none).
 */
export const EXPORT_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

/** The name shown for an article without a title. */
const UNTITLED = 'Untitled article'

/** A language tag (BCP 47 shape) safe to put in a `lang` attribute. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/

/**
 * The article as one standalone HTML5 file: inline CSS and a CSP meta tag (no script, nothing
 * loaded), a header (title, outlet, date, source, the editors included; the article's own headline
 * serves as title when its body opens with it), a legend, the text with
 * each tag drawn as in the app (a lettered, numbered label, a tint and an underline style per
 * kind; overlapping tags split into segments, each on its own underline), and the numbered list of
 * tags (kind, author, date, and with `notes` their note and fields), linked both ways with the
 * labels, then the tags that could not be placed. Work taken from an unsigned package bears an
 * "unverified author" mark beside its author's name (in the list, and in the label's tooltip and
 * spoken name), and so does each such review. Has a print stylesheet; every text is escaped.
 */
export function htmlExport(tagged: TaggedArticle, context: ExportContext): string {
  const { article } = tagged
  const title = article.title.trim() || UNTITLED
  const segmented = segmentArticle(tagged)
  const language = LANGUAGE_TAG.test(article.language) ? article.language : null
  const lang = language ? ` lang="${escapeMarkup(language)}"` : ''
  // A body that opens with the headline lends it to the header, tags and all.
  const headline = tagged.titleInBody ? segmented.blocks[0] : undefined
  const titleHtml = headline
    ? `<h1 class="doc-title"${lang}>${headline.segments.map((segment) => segmentHtml(segment, segmented.lanes, tagged.outcomes)).join('')}</h1>`
    : `<h1 class="doc-title">${escapeMarkup(title)}</h1>`
  const lines = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="generator" content="Factmark ${escapeMarkup(context.appVersion)}">`,
    `<title>${escapeMarkup(title)} · Factmark</title>`,
    `<style>\n${HTML_STYLES}\n</style>`,
    '</head>',
    '<body>',
    '<div class="page">',
    header(tagged, titleHtml, context),
    legend(tagged),
    '<main>',
    `<article class="article"${lang}>`,
    ...body(
      headline ? segmented.blocks.slice(1) : segmented.blocks,
      segmented.lanes,
      tagged.outcomes,
    ),
    '</article>',
    '</main>',
    tagList(tagged),
    unplacedList(tagged),
    colophon(context),
    '</div>',
    '</body>',
    '</html>',
  ]
  return `${lines.filter((line) => line !== '').join('\n')}\n`
}

function header(tagged: TaggedArticle, titleHtml: string, context: ExportContext): string {
  const { article } = tagged
  const items: [string, string][] = []
  if (article.outlet.trim()) items.push(['Outlet', escapeMarkup(article.outlet.trim())])
  if (article.published) {
    const date = escapeMarkup(article.published)
    items.push(['Published', `<time datetime="${date}">${date}</time>`])
  }
  if (article.url.trim()) {
    const link = safeLink(article.url)
    items.push([
      'Source',
      link
        ? `<a href="${escapeMarkup(link)}" rel="noreferrer">${escapeMarkup(link)}</a>`
        : escapeMarkup(article.url.trim()),
    ])
  }
  const editors = tagged.editors.map((editor) => `<bdi>${escapeMarkup(editor.name)}</bdi>`)
  items.push(['Editors', editors.length > 0 ? editors.join(', ') : 'none'])
  if (tagged.kinds.length < 4) {
    items.push(['Kinds', tagged.kinds.map((kind) => KIND_STYLES[kind].name).join(', ') || 'none'])
  }
  const unplaced = tagged.unplaced.length
  const total = tagged.placed.length + unplaced
  items.push([
    'Tags',
    `${total}${unplaced > 0 ? ` (${unplaced} could not be placed)` : ''}${tagged.notes ? '' : ', notes left out'}`,
  ])
  const review = reviewScope(tagged)
  if (review) items.push(['Review', review])
  items.push(['Exported', timeElement(context.exportedAt)])
  return [
    '<header class="masthead">',
    '<p class="kicker">Annotated copy · Factmark</p>',
    titleHtml,
    '<dl class="meta">',
    ...items.map(([term, value]) => `<div><dt>${term}</dt><dd>${value}</dd></div>`),
    '</dl>',
    '</header>',
  ]
    .filter(Boolean)
    .join('\n')
}

/** What the header says of the review options, or '' when they changed nothing. */
function reviewScope(tagged: TaggedArticle): string {
  if (tagged.publishable) {
    return `publishable copy: accepted and unreviewed tags only${tagged.leftOut > 0 ? ` (${tagged.leftOut} left out)` : ''}`
  }
  if (tagged.rejected === 'omit' && tagged.leftOut > 0) {
    return `${tagged.leftOut} rejected ${tagged.leftOut === 1 ? 'tag' : 'tags'} left out`
  }
  return ''
}

function legend(tagged: TaggedArticle): string {
  const entries = tagged.kinds.map((kind) => {
    const style = KIND_STYLES[kind]
    return (
      `<li><span class="marker marker-${kind}" aria-hidden="true">${style.letter}</span>` +
      `<span class="tag tag-${kind} lane-0">${style.name}</span>` +
      `<span class="legend-style">${style.underlineName}</span></li>`
    )
  })
  if (
    tagged.placed.some((tag) => outcomeOf(tagged.outcomes, tag.annotation.id).state === 'rejected')
  ) {
    entries.push(
      '<li><span class="tag rejected-tag lane-0">Struck through</span>' +
        '<span class="legend-style">rejected in review</span></li>',
    )
  }
  return [
    '<section class="legend" aria-labelledby="legend-title">',
    '<h2 id="legend-title">Legend</h2>',
    `<ul>${entries.join('')}</ul>`,
    '</section>',
  ].join('\n')
}

/** The article's blocks; headings from level 2, the page's title being its only h1. */
function body(
  blocks: SegmentedBlock[],
  lanes: Map<number, number>,
  outcomes: ReviewOutcomes,
): string[] {
  const lines: string[] = []
  let openQuote: number | null = null
  for (const { block, segments } of blocks) {
    if (block.quote !== openQuote) {
      if (openQuote !== null) lines.push('</blockquote>')
      if (block.quote !== null) lines.push('<blockquote>')
      openQuote = block.quote
    }
    const content = segments.map((segment) => segmentHtml(segment, lanes, outcomes)).join('')
    if (block.type === 'heading') {
      const level = Math.max(2, block.level)
      lines.push(`<h${level}>${content}</h${level}>`)
    } else {
      lines.push(`<p>${content}</p>`)
    }
  }
  if (openQuote !== null) lines.push('</blockquote>')
  return lines
}

/**
 * A segment's HTML: the spans of the tags that carry on through it, then the labels of the tags
 * that open here (inside the carried-on tags, so that their tint runs on under the labels), then
 * the spans of the opening tags and the text. Each span's lane class sets its underline's offset.
 */
/**
 * Text for an attribute (a tooltip, a screen reader's label): escaped, and with angle brackets
 * shown as look-alike quotation marks, so no attribute holds anything a sanitiser or an XML
 * reader could take for markup (DOMPurify drops such attributes). The text itself, exact, is in
 * the list of tags.
 */
function attributeText(text: string): string {
  return escapeMarkup(text.replace(/</g, '‹').replace(/>/g, '›'))
}

function segmentHtml(
  segment: Segment,
  lanes: Map<number, number>,
  outcomes: ReviewOutcomes,
): string {
  const rejected = (tag: PlacedTag) => outcomeOf(outcomes, tag.annotation.id).state === 'rejected'
  const span = (tag: PlacedTag) => {
    const { kind, author } = tag.annotation
    const lane = Math.min(lanes.get(tag.number) ?? 0, 3)
    const changed = tag.status === 'changed' ? ' tag-changed' : ''
    const struck = rejected(tag) ? ' rejected-tag' : ''
    const title = `${KIND_STYLES[kind].name} ${tag.number} · ${markedName(author.name, tag.annotation.unverified)}${struck ? ' · rejected' : ''}`
    return `<span class="tag tag-${kind} lane-${lane}${changed}${struck}" data-tag="${tag.number}" title="${attributeText(title)}">`
  }
  const marker = (tag: PlacedTag) => {
    const { kind, author } = tag.annotation
    const style = KIND_STYLES[kind]
    const struck = rejected(tag)
    const label = `${style.name}, tag ${tag.number}, by ${markedName(author.name, tag.annotation.unverified)}${struck ? ', rejected in review' : ''}`
    return (
      `<a class="marker marker-${kind}${struck ? ' marker-rejected' : ''}" href="#tag-${tag.number}" id="ref-${tag.number}"` +
      ` aria-label="${attributeText(label)}">${style.letter}<span class="marker-number">${tag.number}</span></a>`
    )
  }
  const carried = segment.tags.filter((tag) => !segment.opening.includes(tag))
  return (
    carried.map(span).join('') +
    segment.opening.map(marker).join('') +
    segment.opening.map(span).join('') +
    escapeMarkup(segment.text) +
    '</span>'.repeat(segment.tags.length)
  )
}

function timeElement(iso: string, className?: string): string {
  const value = escapeMarkup(iso)
  const attribute = className ? ` class="${className}"` : ''
  return `<time${attribute} datetime="${value}">${escapeMarkup(formatUtc(iso))}</time>`
}

/** The first line of a tag's entry: its label, kind, author and dates. */
function entryHead(annotation: Annotation, backref: number | null): string {
  const { kind, author, created, modified } = annotation
  const style = KIND_STYLES[kind]
  const edited = modified !== created ? ` · edited ${timeElement(modified, 'note-time')}` : ''
  const back =
    backref === null
      ? ''
      : `<a class="backref" href="#ref-${backref}" aria-label="Back to tag ${backref} in the text">↩</a>`
  return (
    `<p class="note-head"><span class="marker marker-${kind}" aria-hidden="true">${style.letter}</span> ` +
    `<strong>${style.name}</strong> · <bdi class="note-author">${escapeMarkup(author.name)}</bdi>${unverifiedMark(annotation.unverified)} · ` +
    `${timeElement(created, 'note-time')}${edited}${back}</p>`
  )
}

/** A tag's note and per-kind fields, when the export carries notes. */
function entryNotes(tagged: TaggedArticle, annotation: Annotation): string[] {
  if (!tagged.notes) return []
  const lines: string[] = []
  const field = (name: string, value: string) =>
    `<p class="note-field"><span class="note-field-name">${name}:</span> ${value}</p>`
  if (annotation.speaker?.trim()) {
    lines.push(field('Speaker', `<bdi>${escapeMarkup(annotation.speaker.trim())}</bdi>`))
  }
  if (annotation.reason?.trim()) {
    lines.push(field('Why disputed', `<bdi>${escapeMarkup(annotation.reason.trim())}</bdi>`))
  }
  if (annotation.evidence && annotation.evidence.length > 0) {
    const links = annotation.evidence.map((url) => {
      const link = safeLink(url)
      return link
        ? `<a href="${escapeMarkup(link)}" rel="noreferrer">${escapeMarkup(link)}</a>`
        : escapeMarkup(url)
    })
    lines.push(field('Evidence', links.join(', ')))
  }
  if (annotation.note.trim()) {
    lines.push(`<p class="note-text" dir="auto">${escapeMarkup(annotation.note.trim())}</p>`)
  }
  return lines
}

/**
 * The visible mark beside the name of an author whose tag or review came from an unsigned
 * package (nothing proves they made it), with a tooltip saying so; '' for verified work. Screen
 * readers read its text, "unverified author", after the name.
 */
function unverifiedMark(unverified: boolean | undefined): string {
  return unverified
    ? ` <span class="unverified-author" title="Taken from an unsigned package: nothing proves who made it">${UNVERIFIED_AUTHOR}</span>`
    : ''
}

function names(entries: readonly ReviewVerdictEntry[], withText: boolean): string {
  return entries
    .map((entry) => {
      const name = `<bdi>${escapeMarkup(entry.reviewer.name)}</bdi>${unverifiedMark(entry.unverified)}`
      return withText && entry.text.trim()
        ? `${name}: <q dir="auto">${escapeMarkup(entry.text.trim())}</q>`
        : name
    })
    .join(', ')
}

/**
 * A tag's review outcome in its entry: its state, who accepted it (and, for a tag copied by
 * accepting, whose tag it was), who rejected it and why, the fact-check verdict's reviews, and
 * the discussion in order. Nothing for a tag nobody reviewed or discussed.
 */
function entryReview(tagged: TaggedArticle, annotation: Annotation): string[] {
  const outcome = outcomeOf(tagged.outcomes, annotation.id)
  if (!hasReviewNews(outcome)) return []
  const lines = [
    '<div class="note-review">',
    `<p><span class="review-state review-state-${outcome.state}">${reviewStateName(outcome.state)}</span></p>`,
  ]
  const field = (name: string, value: string) =>
    `<p><span class="note-field-name">${name}:</span> ${value}</p>`
  if (outcome.acceptedBy.length > 0)
    lines.push(field('Accepted by', names(outcome.acceptedBy, true)))
  if (outcome.originalAuthor) {
    lines.push(
      field('Originally tagged by', `<bdi>${escapeMarkup(outcome.originalAuthor.name)}</bdi>`),
    )
  }
  if (outcome.rejectedBy.length > 0)
    lines.push(field('Rejected by', names(outcome.rejectedBy, true)))
  for (const review of outcome.verdictReviews) {
    lines.push(
      field(
        review.verdict === 'accept' ? 'Verdict accepted by' : 'Verdict rejected by',
        names([review], true),
      ),
    )
  }
  if (outcome.discussion.length > 0) {
    lines.push(
      '<p><span class="note-field-name">Discussion:</span></p>',
      '<ol class="review-thread">',
      ...outcome.discussion.map(
        (comment) =>
          `<li><bdi class="note-author">${escapeMarkup(comment.author.name)}</bdi>${unverifiedMark(comment.unverified)} · ${timeElement(comment.at, 'note-time')}: <span dir="auto">${escapeMarkup(comment.text.trim())}</span></li>`,
      ),
      '</ol>',
    )
  }
  lines.push('</div>')
  return lines
}

function entryClass(tagged: TaggedArticle, annotation: Annotation): string {
  return outcomeOf(tagged.outcomes, annotation.id).state === 'rejected' ? ' note-rejected' : ''
}

function tagList(tagged: TaggedArticle): string {
  if (tagged.placed.length === 0) return ''
  const entries = tagged.placed.map((tag) => {
    const lines = [
      `<li id="tag-${tag.number}" class="note${entryClass(tagged, tag.annotation)}">`,
      entryHead(tag.annotation, tag.number),
      `<blockquote class="note-excerpt">${escapeMarkup(excerpt(tag.exact))}</blockquote>`,
      ...entryNotes(tagged, tag.annotation),
      ...entryReview(tagged, tag.annotation),
    ]
    if (tag.changedFrom !== null) {
      lines.push(
        '<p class="note-changed">The text changed after it was tagged. It read:</p>',
        `<blockquote class="note-excerpt note-old">${escapeMarkup(excerpt(tag.changedFrom))}</blockquote>`,
      )
    }
    lines.push('</li>')
    return lines.join('\n')
  })
  return [
    '<section class="notes-section" aria-labelledby="tags-title">',
    '<h2 id="tags-title">Tags</h2>',
    '<ol class="notes">',
    ...entries,
    '</ol>',
    '</section>',
  ].join('\n')
}

function unplacedReason(tag: UnplacedTag): string {
  return tag.status === 'orphan'
    ? 'Its text is no longer in the article.'
    : 'Its text now fits several places in the article equally well.'
}

function unplacedList(tagged: TaggedArticle): string {
  if (tagged.unplaced.length === 0) return ''
  const first = tagged.unplaced[0]?.number ?? 1
  const entries = tagged.unplaced.map((tag) =>
    [
      `<li id="tag-${tag.number}" class="note note-unplaced${entryClass(tagged, tag.annotation)}">`,
      entryHead(tag.annotation, null),
      `<p class="note-status">${unplacedReason(tag)}</p>`,
      `<blockquote class="note-excerpt">${escapeMarkup(excerpt(tag.annotation.target.quote.exact))}</blockquote>`,
      ...entryNotes(tagged, tag.annotation),
      ...entryReview(tagged, tag.annotation),
      '</li>',
    ].join('\n'),
  )
  return [
    '<section class="notes-section" aria-labelledby="unplaced-title">',
    '<h2 id="unplaced-title">Tags that could not be placed</h2>',
    '<p class="section-help">These tags no longer match the text. They are kept as they were made.</p>',
    `<ol class="notes" start="${first}">`,
    ...entries,
    '</ol>',
    '</section>',
  ].join('\n')
}

function colophon(context: ExportContext): string {
  return (
    `<footer class="colophon">Exported with Factmark ${escapeMarkup(context.appVersion)} on ` +
    `${timeElement(context.exportedAt)}. Each tag shows as in the app: a lettered label, a tint ` +
    `and an underline style per kind. Its number leads to the list of tags.</footer>`
  )
}
