// The plain ProseMirror baseline, run in a blank page: the same flat document and the same tag
// decorations (an inline decoration and a letter widget per tag, as the app draws them), with no
// application around them. Bundled by `plain-baseline.ts` and put into the page as a script.
import { Node } from 'prosemirror-model'
import { EditorState, Plugin, PluginKey } from 'prosemirror-state'
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view'
import { articleSchema } from '../../shared/editor/schema'
import type { DocNodeJson } from '../../shared/model/doc-json'
import { KIND_LETTERS, TAG_KINDS, type TagKind } from '../../shared/model/tag-kinds'
import { docIndex, blockIndexAt } from '../../renderer/editor/positions'
import { sectionDoc } from '../../renderer/editor/sections'
import { sectionView } from '../../renderer/editor/section-view'
import type { PlainDecoration } from './bench-library'

const key = new PluginKey<DecorationSet>('plain-tags')

function decorationsOf([from, to, kind, id]: PlainDecoration): Decoration[] {
  return [
    Decoration.widget(
      from,
      () => {
        const label = document.createElement('span')
        label.className = `tag-label tag-label-${kind}`
        label.textContent = KIND_LETTERS[kind as TagKind] ?? '?'
        label.setAttribute('aria-hidden', 'true')
        label.dataset.tagId = id
        return label
      },
      { id, side: -1, key: `label-${id}-${kind}`, ignoreSelection: true },
    ),
    Decoration.inline(
      from,
      to,
      { class: `tag tag-${kind}`, 'data-tag-id': id, 'data-kind': kind },
      { id },
    ),
  ]
}

let view: EditorView | null = null
/** The tag the `c` key changes: its place and kind now. */
let aimed: PlainDecoration | null = null

/** `c`: changes the aimed tag's kind, its two decorations removed and two new ones added. */
function changeKind(keyView: EditorView): boolean {
  const set = key.getState(keyView.state)
  if (!aimed || !set) return false
  const [from, to, kind, id] = aimed
  const old = set.find(from, to, (spec: { id?: string }) => spec.id === id)
  const next = TAG_KINDS[(TAG_KINDS.indexOf(kind as TagKind) + 1) % TAG_KINDS.length]
  aimed = [from, to, next ?? kind, id]
  const changed = set.remove(old).add(keyView.state.doc, decorationsOf(aimed))
  keyView.dispatch(keyView.state.tr.setMeta(key, changed))
  return true
}

/** A plugin whose state is the decoration set, changed by transactions carrying a new one. */
function tagsPlugin(initial: DecorationSet): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key,
    state: {
      init: () => initial,
      apply: (tr, set) => tr.getMeta(key) ?? set.map(tr.mapping, tr.doc),
    },
    props: {
      decorations: (state) => key.getState(state),
      // Read-only, as the app's text is when tagging: ProseMirror leaves keydown to the props.
      handleDOMEvents: {
        keydown: (keyView, event) => {
          if (event.key !== 'c' || !changeKind(keyView)) return false
          event.preventDefault()
          return true
        },
      },
    },
  })
}

/** Resolves once a frame has been painted. */
function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

/** Decorations of the flat document moved to the same text in the sectioned one. */
function inSections(
  flat: Node,
  sectioned: Node,
  decorations: PlainDecoration[],
): PlainDecoration[] {
  const from = docIndex(flat)
  const to = docIndex(sectioned)
  return decorations.map(([start, end, kind, id]) => {
    const block = blockIndexAt(from, start)
    const shift = (to.blocks[block]?.pos ?? 0) - (from.blocks[block]?.pos ?? 0)
    return [start + shift, end + shift, kind, id]
  })
}

/** Whether the editor groups its blocks in the app's sections, and the `c` key's tag there. */
let sectionedAim: ((decoration: PlainDecoration) => PlainDecoration) | null = null

/**
 * Makes the editor of `doc` with `decorations` (replacing any earlier one) and resolves, in ms,
 * when a frame holding every decoration has been painted. With `sectioned`, the blocks are
 * grouped in the app's sections, which the browser lays out only near the screen: ProseMirror
 * with the app's layout, and nothing else of the app.
 */
async function open(
  doc: DocNodeJson,
  decorations: PlainDecoration[],
  sectioned = false,
): Promise<number> {
  view?.destroy()
  view = null
  await painted()
  const started = performance.now()
  const flat = Node.fromJSON(articleSchema, doc)
  const node = sectioned ? sectionDoc(doc) : flat
  const placed = sectioned ? inSections(flat, node, decorations) : decorations
  sectionedAim = sectioned
    ? (decoration) => inSections(flat, node, [decoration])[0] ?? decoration
    : null
  const set = DecorationSet.create(node, placed.flatMap(decorationsOf))
  const mount = document.createElement('div')
  mount.className = sectioned ? 'sectioned' : 'flat'
  document.body.replaceChildren(mount)
  view = new EditorView(mount, {
    state: EditorState.create({ doc: node, plugins: [tagsPlugin(set)] }),
    editable: () => false,
    attributes: { tabindex: '0' },
    ...(sectioned ? { nodeViews: { section: sectionView } } : {}),
  })
  await painted()
  const elapsed = performance.now() - started
  const drawn = view.dom.querySelectorAll('.tag').length
  if (drawn < decorations.length) {
    throw new Error(`plain editor: ${drawn} of ${decorations.length} decorations drawn`)
  }
  return elapsed
}

/** The baseline's entry points, called by the bench through `page.evaluate`. */
const plainEditor = {
  open,
  /** Opens with the document and decorations fetched as one JSON text through a page binding. */
  async openFetched(sectioned = false): Promise<number> {
    const started = performance.now()
    const fetch = (window as unknown as { __plainData: () => Promise<string> }).__plainData
    const data = JSON.parse(await fetch()) as { doc: DocNodeJson; decorations: PlainDecoration[] }
    await open(data.doc, data.decorations, sectioned)
    return performance.now() - started
  },
  /**
   * Aims the `c` key at `decoration`, gives the text the focus and scrolls the aimed text to the
   * middle of the window, as the app's cursor does; returns the point of the window where the
   * app's bench clicks the sentence (30 px in, 10 px down its paragraph), for the mouse to rest on.
   */
  aim(decoration: PlainDecoration): { x: number; y: number } {
    aimed = sectionedAim ? sectionedAim(decoration) : decoration
    if (!view) throw new Error('plain editor: not open')
    view.dom.focus({ preventScroll: true })
    const start = view.domAtPos(aimed[0])
    const node = start.node instanceof Element ? start.node : start.node.parentElement
    const paragraph = node?.closest('p') ?? node
    if (!paragraph) throw new Error('plain editor: the aimed tag is not drawn')
    paragraph.scrollIntoView({ block: 'center' })
    const box = paragraph.getBoundingClientRect()
    return { x: box.left + 30, y: box.top + 10 }
  },
}
Object.assign(window, { plainEditor })
