import type { Transaction } from 'prosemirror-state'

/**
 * Whether `tr` changed the article's text. A {@link TagStep} is a step, so `tr.docChanged` is
 * true for a tag key, but it leaves the document object as it was: plugins that read the text
 * (debris, sections, invisible characters, the cursor) have nothing to redo for it.
 */
export function changesText(tr: Transaction): boolean {
  return tr.docChanged && tr.doc !== tr.before
}
