import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'
import './invisible-characters.css'
import { changesText } from './changes-text'

/** What the editor shows for an invisible character: a short label, and its name. */
export interface InvisibleCharacter {
  label: string
  name: string
}

/**
 * The invisible characters an article keeps (anchors and exports keep them, so the text stays the
 * source's) but the editor makes visible: zero-width characters, which hide inside words and
 * defeat searches, and bidirectional controls, which reorder what is shown (a "Trojan Source").
 * Soft hyphens are left invisible: they only say where a word may break.
 */
export const INVISIBLE_CHARACTERS: ReadonlyMap<string, InvisibleCharacter> = new Map([
  ['\u200B', { label: 'ZWSP', name: 'zero-width space' }],
  ['\u200C', { label: 'ZWNJ', name: 'zero-width non-joiner' }],
  ['\u200D', { label: 'ZWJ', name: 'zero-width joiner' }],
  ['\u2060', { label: 'WJ', name: 'word joiner' }],
  ['\uFEFF', { label: 'ZWNBSP', name: 'zero-width no-break space (byte-order mark)' }],
  ['\u200E', { label: 'LRM', name: 'left-to-right mark' }],
  ['\u200F', { label: 'RLM', name: 'right-to-left mark' }],
  ['\u202A', { label: 'LRE', name: 'left-to-right embedding' }],
  ['\u202B', { label: 'RLE', name: 'right-to-left embedding' }],
  ['\u202C', { label: 'PDF', name: 'pop directional formatting' }],
  ['\u202D', { label: 'LRO', name: 'left-to-right override' }],
  ['\u202E', { label: 'RLO', name: 'right-to-left override' }],
  ['\u2066', { label: 'LRI', name: 'left-to-right isolate' }],
  ['\u2067', { label: 'RLI', name: 'right-to-left isolate' }],
  ['\u2068', { label: 'FSI', name: 'first strong isolate' }],
  ['\u2069', { label: 'PDI', name: 'pop directional isolate' }],
])

/** The characters that end a bidirectional embedding, override or isolate. */
const CLOSERS = new Set(['\u202C', '\u2069'])

/** Every character of {@link INVISIBLE_CHARACTERS}, by code point ranges. */
const FINDER = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu

/** The description of an invisible character, as its marker's title gives it. */
export function describeInvisible(character: string): string {
  const known = INVISIBLE_CHARACTERS.get(character)
  const code = (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
  return `${known?.name ?? 'invisible character'} U+${code}`
}

function marker(character: string): () => HTMLElement {
  return () => {
    const element = document.createElement('span')
    element.className = 'invisible-char'
    element.textContent = INVISIBLE_CHARACTERS.get(character)?.label ?? '?'
    element.title = describeInvisible(character)
    element.setAttribute('role', 'img')
    element.setAttribute('aria-label', describeInvisible(character))
    return element
  }
}

/** Widgets for the invisible characters in the text between `from` and `to`. */
function markersBetween(doc: Node, from: number, to: number): Decoration[] {
  const found: Decoration[] = []
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true
    const text = node.text ?? ''
    for (const match of text.matchAll(FINDER)) {
      const at = pos + (match.index ?? 0)
      if (at < from || at >= to) continue
      const character = match[0]
      // A marker that ends an embedding or isolate goes after it, outside what it closes, so
      // that the two markers bracket the text they reorder.
      const where = CLOSERS.has(character) ? at + 1 : at
      found.push(
        Decoration.widget(where, marker(character), {
          key: `invisible-${character}`,
          side: -1,
          ignoreSelection: true,
          character,
        }),
      )
    }
    return false
  })
  return found
}

/** The ranges of the new document that a transaction's steps changed, widened to textblocks. */
function changedRanges(tr: Transaction): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = []
  tr.mapping.maps.forEach((map, index) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      const rest = tr.mapping.slice(index + 1)
      const from = rest.map(newStart, -1)
      const to = rest.map(newEnd, 1)
      const size = tr.doc.content.size
      const $from = tr.doc.resolve(Math.min(from, size))
      const $to = tr.doc.resolve(Math.min(to, size))
      ranges.push({
        from: $from.parent.isTextblock ? $from.start() : $from.pos,
        to: $to.parent.isTextblock ? $to.end() : $to.pos,
      })
    })
  })
  return ranges
}

/** The key of the invisible-characters plugin. */
export const invisibleCharactersKey = new PluginKey<DecorationSet>('factmark-invisible-characters')

/**
 * Shows zero-width and bidirectional control characters as small labelled markers (widget
 * decorations, titled "zero-width space U+200B" and so on). The characters stay in the text:
 * nothing is inserted into the document, so sentences, anchors and exports are unchanged. After
 * an edit only the changed textblocks are searched again.
 */
export function invisibleCharacters(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: invisibleCharactersKey,
    state: {
      init: (_config, state) =>
        DecorationSet.create(state.doc, markersBetween(state.doc, 0, state.doc.content.size)),
      apply: (tr, set) => {
        if (!changesText(tr)) return set
        let next = set.map(tr.mapping, tr.doc)
        for (const { from, to } of changedRanges(tr)) {
          next = next.remove(next.find(from, to)).add(tr.doc, markersBetween(tr.doc, from, to))
        }
        return next
      },
    },
    props: {
      decorations: (state) => invisibleCharactersKey.getState(state),
    },
  })
}
