import type { Node } from 'prosemirror-model'
import { textBlocks } from './article-text'
import { splitSentences, type SentenceSpan } from './sentences'

/**
 * Every sentence of an article as offsets into its plain text (see `articleText`), found block by
 * block so that no sentence crosses a paragraph and the splitter's cost stays linear.
 */
export function articleSentences(doc: Node): SentenceSpan[] {
  const sentences: SentenceSpan[] = []
  for (const block of textBlocks(doc)) {
    for (const span of splitSentences(block.text)) {
      sentences.push({ start: block.start + span.start, end: block.start + span.end })
    }
  }
  return sentences
}
