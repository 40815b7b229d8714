import { excerpt } from './debris-credits'
import type { BlockDebris } from './debris-kinds'

/** The longest template tag read as residue ("{{^adFree}}"), in characters between the braces. */
const LONGEST_TAG = 60

/** A template tag a page's code left in its text: "{{^adFree}}", "{{/adFree}}", "{{ ad }}". */
const templateTag = new RegExp(`\\{\\{[^{}\\n]{1,${LONGEST_TAG}}\\}\\}`, 'g')

/**
 * Template tags (Mustache, Handlebars) that a page's code left in its copy, as in "… a 32-stroke
 * rally. {{^adFree}} {{/adFree}}": each run of tags with only spaces between them is one piece.
 * Double braces never occur in prose, so any run is flagged, wherever it stands in the block.
 */
export function findTemplateTags(text: string): BlockDebris[] {
  if (!text.includes('{{')) return []
  const found: BlockDebris[] = []
  for (const match of text.matchAll(templateTag)) {
    const from = match.index ?? 0
    const to = from + match[0].length
    const last = found[found.length - 1]
    if (last && /^[ \t]*$/.test(text.slice(last.to, from))) last.to = to
    else found.push({ from, to, kind: 'page-code', reason: '' })
  }
  for (const piece of found) {
    piece.reason = `Template code left in the text: “${excerpt(text.slice(piece.from, piece.to))}”.`
  }
  return found
}
