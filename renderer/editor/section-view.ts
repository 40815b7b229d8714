import type { Node } from 'prosemirror-model'
import type { NodeView } from 'prosemirror-view'

/** Roughly how tall a line of article text is drawn (18 px type, line height 1.65). */
const LINE_HEIGHT_PX = 30
/** Roughly how many characters fit on a line of the article column. */
const LINE_CHARACTERS = 85
/** The space below each block (1em). */
const BLOCK_GAP_PX = 18

/**
 * About how tall a section is drawn, in pixels, from the length of its blocks: the height the
 * browser gives a section it has not drawn yet.
 */
export function estimatedHeight(section: Node): number {
  let height = 0
  section.descendants((node) => {
    if (!node.isTextblock) return true
    const lines = Math.max(1, Math.ceil(node.content.size / LINE_CHARACTERS))
    height += lines * LINE_HEIGHT_PX + BLOCK_GAP_PX
    return false
  })
  return Math.round(height)
}

/**
 * Draws a section (see `section-schema.ts`) as a div the browser lays out and paints only when
 * it is near the screen (`content-visibility: auto` in the styles), taking the section's
 * {@link estimatedHeight} until it has drawn it once. The height is set through the CSSOM, which
 * the app's Content-Security-Policy allows where a `style` attribute would not be.
 */
export function sectionView(node: Node): NodeView {
  const dom = document.createElement('div')
  dom.className = 'article-section'
  dom.style.containIntrinsicBlockSize = `auto ${estimatedHeight(node)}px`
  return { dom, contentDOM: dom }
}
