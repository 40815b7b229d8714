import type { DocNodeJson } from '../model/doc-json'
import { allowedHref } from '../model/link-href'

/**
 * The little of a parsed HTML node the conversion reads: an inert tree (linkedom's, or any other
 * DOM that never runs scripts), walked, never rendered. Node types are the DOM's numbers.
 */
export interface InertNode {
  readonly nodeType: number
  readonly nodeName: string
  readonly nodeValue: string | null
  readonly childNodes: ArrayLike<InertNode>
  getAttribute?(name: string): string | null
}

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4

/** Elements whose content is never article text: code, media, form controls, metadata. */
const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'picture',
  'img',
  'map',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'button',
  'input',
  'select',
  'textarea',
  'datalist',
  'output',
  'dialog',
])

/** Elements that make a paragraph of their own (a list item, a caption, a table row). */
const PARAGRAPHS = new Set([
  'p',
  'li',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'address',
  'summary',
  'tr',
  'legend',
])

/**
 * Elements that hold blocks: their text is cut from what comes before and after, but they make
 * no block of their own. Anything not listed here or above (span, em, a, a custom element) is
 * inline: its text joins the surrounding paragraph.
 */
const CONTAINERS = new Set([
  'html',
  'body',
  'main',
  'article',
  'section',
  'div',
  'header',
  'footer',
  'nav',
  'aside',
  'hgroup',
  'ul',
  'ol',
  'menu',
  'dl',
  'figure',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'details',
  'fieldset',
  'form',
  'center',
  'hr',
])

const HEADING = /^h([1-6])$/

/** HTML's whitespace and the Unicode spaces `normalizeText` turns into plain spaces. */
const SPACES = /[ \t\n\r\f\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g

/** A run of inline text and the link it belongs to, if any. */
interface Run {
  text: string
  href: string | null
}

/** What the walk is inside of: the current link, heading level, preformatted text. */
interface Context {
  href: string | null
  heading: number
  pre: boolean
}

/**
 * Collects inline runs and cuts them into blocks: paragraphs and headings, and paragraphs inside
 * blockquotes (the schema's blockquotes hold paragraphs only, so a heading quoted becomes one).
 */
class BlockCollector {
  readonly blocks: DocNodeJson[] = []
  private runs: Run[] = []
  private quote: DocNodeJson[] | null = null
  private quoteDepth = 0

  add(text: string, href: string | null): void {
    if (text.length > 0) this.runs.push({ text, href })
  }

  /** Ends the current block (a heading of `level`, or a paragraph for 0), if it has any text. */
  flush(level: number): void {
    const content = inlineContent(this.runs)
    this.runs = []
    if (content.length === 0) return
    const inQuote = this.quote !== null
    const block: DocNodeJson =
      level > 0 && !inQuote
        ? { type: 'heading', attrs: { level }, content }
        : { type: 'paragraph', content }
    ;(this.quote ?? this.blocks).push(block)
  }

  openQuote(): void {
    this.quoteDepth += 1
    this.quote ??= []
  }

  closeQuote(): void {
    this.quoteDepth -= 1
    if (this.quoteDepth > 0 || this.quote === null) return
    if (this.quote.length > 0) this.blocks.push({ type: 'blockquote', content: this.quote })
    this.quote = null
  }
}

/**
 * The text nodes of one block from its runs: whitespace collapsed as a browser shows it (across
 * runs), trimmed at both ends, Unicode NFC; neighbouring runs with the same link joined. Zero-width
 * and bidirectional control characters are kept (the editor shows them).
 */
function inlineContent(runs: readonly Run[]): DocNodeJson[] {
  const merged: Run[] = []
  let pendingSpace = false
  for (const run of runs) {
    const collapsed = run.text.replace(SPACES, ' ')
    const leading = collapsed.startsWith(' ')
    const trailing = collapsed.endsWith(' ')
    const core = collapsed.trim()
    if (core.length === 0) {
      pendingSpace ||= collapsed.length > 0
      continue
    }
    if ((pendingSpace || leading) && merged.length > 0) {
      const last = merged[merged.length - 1] as Run
      // A space between two links, or after one, is not part of either link.
      if (last.href === null || last.href === run.href) last.text += ' '
      else merged.push({ text: ' ', href: null })
    }
    const last = merged[merged.length - 1]
    if (last && last.href === run.href) last.text += core
    else merged.push({ text: core, href: run.href })
    pendingSpace = trailing
  }
  return merged.flatMap((run) => {
    const text = run.text.normalize('NFC')
    if (text.length === 0) return []
    return run.href === null
      ? [{ type: 'text', text }]
      : [{ type: 'text', text, marks: [{ type: 'link', attrs: { href: run.href } }] }]
  })
}

/**
 * A frame of the walk: a node's children being visited, and what to do after them. The children
 * are read once: some DOMs (linkedom's) build `childNodes` afresh on every access, which would
 * make a long article's walk quadratic.
 */
interface Frame {
  children: readonly InertNode[]
  next: number
  leave: (() => void) | null
}

/**
 * Turns parsed HTML (a saved article page after Readability, or a Word document through mammoth)
 * into the article schema's blocks: h1–h6 become headings, p and li (and other text blocks)
 * paragraphs, blockquote a blockquote of paragraphs; every other element is flattened to its
 * text. Links keep only addresses `allowedHref` accepts (http, https, mailto); scripts, styles,
 * media and form controls are dropped with their content. No attribute but a link's `href` is
 * read, so nothing of `on*` handlers, styles or sources can reach the document. The walk uses its
 * own stack: a page nested thousands of elements deep cannot overflow the call stack.
 */
export function htmlBlocks(root: InertNode): DocNodeJson[] {
  const collector = new BlockCollector()
  const context: Context = { href: null, heading: 0, pre: false }

  const addText = (text: string) => {
    if (!context.pre) {
      collector.add(text, context.href)
      return
    }
    // Preformatted text keeps its lines: each becomes a paragraph.
    text.split('\n').forEach((line, index) => {
      if (index > 0) collector.flush(context.heading)
      collector.add(line, context.href)
    })
  }

  const enter = (element: InertNode): (() => void) | null | 'skip' => {
    const name = element.nodeName.toLowerCase()
    if (SKIPPED.has(name)) return 'skip'
    if (name === 'br') {
      if (context.heading > 0) collector.add(' ', context.href)
      else collector.flush(0)
      return 'skip'
    }
    if (name === 'a') {
      const saved = context.href
      context.href = allowedHref(element.getAttribute?.('href') ?? null)
      return () => {
        context.href = saved
      }
    }
    if (name === 'q') {
      collector.add('“', context.href)
      return () => collector.add('”', context.href)
    }
    if (name === 'td' || name === 'th') {
      collector.add(' ', null)
      return () => collector.add(' ', null)
    }
    const heading = HEADING.exec(name)
    if (heading) {
      collector.flush(context.heading)
      const saved = context.heading
      context.heading = Number(heading[1])
      return () => {
        collector.flush(context.heading)
        context.heading = saved
      }
    }
    if (name === 'blockquote') {
      collector.flush(context.heading)
      collector.openQuote()
      return () => {
        collector.flush(context.heading)
        collector.closeQuote()
      }
    }
    if (name === 'pre') {
      collector.flush(context.heading)
      const saved = context.pre
      context.pre = true
      return () => {
        collector.flush(context.heading)
        context.pre = saved
      }
    }
    if (PARAGRAPHS.has(name) || CONTAINERS.has(name)) {
      collector.flush(context.heading)
      return () => collector.flush(context.heading)
    }
    return null
  }

  const stack: Frame[] = [{ children: Array.from(root.childNodes), next: 0, leave: null }]
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame
    const child = frame.children[frame.next]
    if (!child) {
      stack.pop()
      frame.leave?.()
      continue
    }
    frame.next += 1
    if (child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE) {
      addText(child.nodeValue ?? '')
    } else if (child.nodeType === ELEMENT_NODE) {
      const leave = enter(child)
      if (leave !== 'skip') {
        stack.push({ children: Array.from(child.childNodes), next: 0, leave })
      }
    }
  }
  collector.flush(context.heading)
  return collector.blocks
}
