import { commentId, entryHead, noteLineRuns, noteLines } from './docx-document'
import { paragraph, textRuns, W_NAMESPACE, XML_DECLARATION } from './docx-runs'
import { escapeMarkup } from './escape-markup'
import { excerpt } from './excerpt'
import { formatUtc, isoSeconds } from './format-time'
import type { TaggedArticle } from './placed-tags'

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

/**
 * `word/comments.xml`: one native Word comment per placed tag (id as in `commentId`), by the
 * tag's editor (name, initials) at the tag's creation time. Its text: the tag's label and kind
 * (`[Q3] Quote`), when it was edited, whether its text changed since tagging, and with `notes`
 * its per-kind fields and note, a paragraph per line.
 */
export function commentsXml(tagged: TaggedArticle): string {
  const comments = tagged.placed.map((tag) => {
    const { author, created, modified } = tag.annotation
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
    return (
      `<w:comment w:id="${commentId(tag)}" w:author="${escapeMarkup(oneLine(author.name))}"` +
      ` w:date="${escapeMarkup(isoSeconds(created))}" w:initials="${escapeMarkup(initials(author.name))}">` +
      `${paragraphs.join('')}</w:comment>`
    )
  })
  return [
    XML_DECLARATION,
    `<w:comments xmlns:w="${W_NAMESPACE}">`,
    ...comments,
    '</w:comments>',
    '',
  ].join('\n')
}
