import { commentId, entryHead, noteLineRuns, noteLines } from './docx-document'
import { paragraph, textRuns, W_NAMESPACE, XML_DECLARATION } from './docx-runs'
import { escapeMarkup } from './escape-markup'
import { excerpt } from './excerpt'
import { formatUtc, isoSeconds } from './format-time'
import type { TaggedArticle } from './placed-tags'
import {
  commentParaId,
  MC_NAMESPACE,
  repliesOf,
  W14_NAMESPACE,
  type DocxReply,
} from './docx-replies'
import { markedName, outcomeOf, reviewStateName, type ReviewOutcome } from './review-outcome'

/**
 * An editor's initials for Word's comment balloons: the first letter of each of the first three
 * words of the name ("Ana María Ruiz" → "AMR"), else its first letter.
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  const letters = words.slice(0, 3).map((word) => [...word][0] ?? '')
  return letters.join('').toLocaleUpperCase('en') || '?'
}

/** Whitespace runs as one space: XML would turn line breaks in an attribute into spaces anyway. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Gives the last paragraph of a comment the `w14:paraId` its replies thread under. */
function withParaId(paragraphs: string[], paraId: string): string {
  const last = paragraphs.length - 1
  return paragraphs
    .map((xml, index) =>
      index === last ? xml.replace(/^<w:p>/, `<w:p w14:paraId="${paraId}">`) : xml,
    )
    .join('')
}

/** The review outcome's lines in a tag's comment: its state, who accepted or rejected it and why. */
function reviewParagraphs(outcome: ReviewOutcome): string[] {
  if (
    outcome.state === 'unreviewed' &&
    outcome.originalAuthor === null &&
    outcome.verdictReviews.length === 0
  ) {
    return []
  }
  const line = (label: string, text: string) =>
    paragraph(textRuns(`${label}: `, { bold: true }) + textRuns(text), 'CommentText')
  const who = (entries: ReviewOutcome['acceptedBy']) =>
    entries
      .map((entry) =>
        entry.text.trim()
          ? `${markedName(entry.reviewer.name, entry.unverified)} (“${entry.text.trim()}”)`
          : markedName(entry.reviewer.name, entry.unverified),
      )
      .join(', ')
  const lines = [line('Review', reviewStateName(outcome.state))]
  if (outcome.acceptedBy.length > 0) lines.push(line('Accepted by', who(outcome.acceptedBy)))
  if (outcome.originalAuthor) {
    lines.push(line('Originally tagged by', outcome.originalAuthor.name))
  }
  if (outcome.rejectedBy.length > 0) lines.push(line('Rejected by', who(outcome.rejectedBy)))
  for (const review of outcome.verdictReviews) {
    lines.push(
      line(
        review.verdict === 'accept' ? 'Verdict accepted by' : 'Verdict rejected by',
        who([review]),
      ),
    )
  }
  return lines
}

/** A reply in a tag's thread: a comment by the reply's author, its text a paragraph per line. */
function replyXml(reply: DocxReply): string {
  const { author, text, at, unverified } = reply.comment
  const lines = text.trim().split(/\r\n|\r|\n/)
  const paragraphs = lines.map((content, index) =>
    paragraph(
      (index === 0
        ? '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>'
        : '') + textRuns(content),
      'CommentText',
    ),
  )
  return (
    `<w:comment w:id="${reply.id}" w:author="${escapeMarkup(oneLine(markedName(author.name, unverified)))}"` +
    ` w:date="${escapeMarkup(isoSeconds(at))}" w:initials="${escapeMarkup(initials(author.name))}">` +
    `${withParaId(paragraphs, reply.paraId)}</w:comment>`
  )
}

/**
 * `word/comments.xml`: one native Word comment per placed tag (id as in `commentId`), by the
 * tag's editor (name, initials) at the tag's creation time. Its text: the tag's label and kind
 * (`[Q3] Quote`), when it was edited, whether its text changed since tagging, with `notes`
 * its per-kind fields and note, a paragraph per line, and its review outcome (state, who
 * accepted, whose tag it copies, who rejected and why). Each comment of the tag's discussion
 * follows as a reply (see `docxReplies`), threaded under it by `commentsExtended.xml`. A tag or
 * review taken from an unsigned package names its author "Name (unverified author)", in the
 * comment's author (what Word shows on the balloon) and in its text.
 */
export function commentsXml(
  tagged: TaggedArticle,
  replies: ReadonlyMap<number, DocxReply[]> = new Map(),
): string {
  const comments = tagged.placed.map((tag) => {
    const { author, created, modified, unverified } = tag.annotation
    const paragraphs = [
      paragraph(
        '<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r>' +
          entryHead(tag.annotation, tag.number),
        'CommentText',
      ),
    ]
    if (modified !== created) {
      paragraphs.push(paragraph(textRuns(`Edited ${formatUtc(modified)}`), 'CommentText'))
    }
    if (tag.changedFrom !== null) {
      paragraphs.push(
        paragraph(
          textRuns('The text changed after it was tagged. It read: ', { italic: true }) +
            textRuns(excerpt(tag.changedFrom)),
          'CommentText',
        ),
      )
    }
    if (tagged.notes) {
      for (const line of noteLines(tag.annotation)) {
        paragraphs.push(paragraph(noteLineRuns(line), 'CommentText'))
      }
    }
    paragraphs.push(...reviewParagraphs(outcomeOf(tagged.outcomes, tag.annotation.id)))
    return [
      `<w:comment w:id="${commentId(tag)}" w:author="${escapeMarkup(oneLine(markedName(author.name, unverified)))}"` +
        ` w:date="${escapeMarkup(isoSeconds(created))}" w:initials="${escapeMarkup(initials(author.name))}">` +
        `${withParaId(paragraphs, commentParaId(commentId(tag)))}</w:comment>`,
      ...repliesOf(replies, tag).map(replyXml),
    ].join('\n')
  })
  return [
    XML_DECLARATION,
    `<w:comments xmlns:w="${W_NAMESPACE}" xmlns:w14="${W14_NAMESPACE}" xmlns:mc="${MC_NAMESPACE}" mc:Ignorable="w14">`,
    ...comments,
    '</w:comments>',
    '',
  ].join('\n')
}
