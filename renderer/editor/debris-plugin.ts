import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey, type Command, type EditorState } from 'prosemirror-state'
import type { Mapping } from 'prosemirror-transform'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import {
  debrisKey,
  findDebrisInBlocks,
  isNeededBlock,
  scanBlock,
  type BlockScan,
  type DebrisFinding,
} from '../../shared/import/debris'
import { DEBRIS_LABELS, type BlockDebris, type DebrisKind } from '../../shared/import/debris-kinds'
import { findTruncation } from '../../shared/import/debris-truncation'
import { BLOCK_SEPARATOR } from '../../shared/text/article-text'
import { changesText } from './changes-text'

/** A piece of possible debris in the editor's document. */
export interface PlacedDebris {
  /** Where it is in the article's plain text, its kind and reason. */
  readonly finding: DebrisFinding
  /** Where it is in the editor's document. */
  readonly from: number
  readonly to: number
  /** The key a "keep" decision is remembered under (see `debrisKey`). */
  readonly key: string
  /** The flagged text. */
  readonly text: string
}

/** The debris plugin's state. Immutable. */
export interface DebrisPluginState {
  /** The debris the editor has not kept, in text order. */
  readonly shown: readonly PlacedDebris[]
  /** The keys of the debris the editor kept. */
  readonly kept: ReadonlySet<string>
  /** Which of `shown` the editor is looking at in the review, or null. */
  readonly current: number | null
  readonly decorations: DecorationSet
  /** Grows whenever `shown` (its pieces or their order), `kept` or `current` changes. */
  readonly revision: number
  /** Whether the document has been read for debris (false only until a deferred first scan). */
  readonly scanned: boolean
}

/** What a transaction asks of the debris plugin. */
export type DebrisMeta =
  { type: 'keep'; key: string } | { type: 'focus'; index: number | null } | { type: 'scan' }

/** The key of the debris plugin, to read its state. */
export const debrisPluginKey = new PluginKey<DebrisPluginState>('factmark-debris')

/** What the label of a flagged piece says. */
export function debrisLabel(kind: DebrisKind): string {
  return `Possible debris: ${DEBRIS_LABELS[kind]}`
}

/** Scans of blocks already read: a block the document still holds unchanged is not read again. */
const scans = new WeakMap<Node, BlockScan>()
/** Whether a block, as the article's last, is cut off (null: it is not). */
const cuts = new WeakMap<Node, BlockDebris | null>()

function scanOf(node: Node): BlockScan {
  let scan = scans.get(node)
  if (!scan) {
    scan = scanBlock(node.textContent)
    scans.set(node, scan)
  }
  return scan
}

/** Per block, the text and key of each piece found in it, so keys are not hashed at every edit. */
const keys = new WeakMap<Node, Map<string, { text: string; key: string }>>()

function keyOf(node: Node, from: number, to: number, kind: DebrisKind) {
  let known = keys.get(node)
  if (!known) {
    known = new Map()
    keys.set(node, known)
  }
  const id = `${kind}:${from}:${to}`
  let entry = known.get(id)
  if (!entry) {
    const text = node.textBetween(from, to)
    entry = { text, key: debrisKey(kind, text) }
    known.set(id, entry)
  }
  return entry
}

function cutOf(node: Node): BlockDebris | null {
  let cut = cuts.get(node)
  if (cut === undefined) {
    cut = findTruncation(node.textContent)
    cuts.set(node, cut)
  }
  return cut
}

/** A textblock inside one of the document's top-level nodes (a section), relative to it. */
interface GroupBlock {
  readonly node: Node
  readonly scan: BlockScan
  readonly heading: boolean
  /** Its content's start, relative to the top-level node's position. */
  readonly pos: number
  /** Its start in the plain text, relative to the top-level node's first block. */
  readonly start: number
  /** Its index among the top-level node's textblocks. */
  readonly index: number
}

/**
 * What one top-level node holds: the blocks the detector needs (with debris or text, see
 * `isNeededBlock`), its last block of text, its size.
 */
interface GroupScan {
  readonly withDebris: readonly GroupBlock[]
  readonly lastContent: GroupBlock | null
  /** How many textblocks it has. */
  readonly count: number
  /** The length of its blocks' text, joined as the plain text joins them. */
  readonly length: number
}

/** Scans of top-level nodes (sections): a section an edit did not touch is not walked again. */
const groups = new WeakMap<Node, GroupScan>()

function groupOf(child: Node): GroupScan {
  const known = groups.get(child)
  if (known) return known
  const withDebris: GroupBlock[] = []
  let lastContent: GroupBlock | null = null
  let count = 0
  let length = 0
  const visit = (node: Node, pos: number) => {
    if (count > 0) length += BLOCK_SEPARATOR.length
    const scan = scanOf(node)
    const heading = node.type.name === 'heading'
    const block: GroupBlock = { node, scan, heading, pos, start: length, index: count }
    if (isNeededBlock(scan)) withDebris.push(block)
    if (scan.content) lastContent = block
    // Blocks hold text only, so their content size is their text's length.
    length += node.content.size
    count += 1
  }
  if (child.isTextblock) visit(child, 1)
  else {
    child.descendants((node, pos) => {
      if (!node.isTextblock) return true
      // `pos` is relative to the child's content, which starts one after the child.
      visit(node, pos + 2)
      return false
    })
  }
  const group: GroupScan = { withDebris, lastContent, count, length }
  groups.set(child, group)
  return group
}

/** A block placed in the document, as `findDebrisInBlocks` reads it. */
interface PlacedBlock {
  readonly block: GroupBlock
  /** Its content's start in the document. */
  readonly pos: number
  readonly start: number
  readonly index: number
  readonly heading: boolean
}

function placed(block: GroupBlock, pos: number, start: number, index: number): PlacedBlock {
  return {
    block,
    pos: pos + block.pos,
    start: start + block.start,
    index: index + block.index,
    heading: block.heading,
  }
}

/**
 * Every piece of debris in `doc`, placed. Each block is read once for as long as it stays
 * unchanged, and each top-level node (the editor's sections) is walked once for as long as it
 * does: an edit costs a walk of the sections, not of every block, and no read of the text.
 */
export function placeDebris(doc: Node): PlacedDebris[] {
  const blocks: PlacedBlock[] = []
  let last: PlacedBlock | null = null
  let start = 0
  let index = 0
  doc.forEach((child, offset) => {
    const group = groupOf(child)
    if (group.count === 0) return
    if (index > 0) start += BLOCK_SEPARATOR.length
    for (const block of group.withDebris) blocks.push(placed(block, offset, start, index))
    if (group.lastContent) last = placed(group.lastContent, offset, start, index)
    start += group.length
    index += group.count
  })
  const lastContent = last as PlacedBlock | null
  if (lastContent && !blocks.some((block) => block.index === lastContent.index)) {
    blocks.push(lastContent)
    blocks.sort((a, b) => a.index - b.index)
  }
  const byIndex = new Map(blocks.map((block) => [block.index, block]))
  const findings = findDebrisInBlocks(
    blocks,
    (block) => block.block.scan,
    (block) => cutOf(block.block.node),
  )
  return findings.map((finding) => {
    const block = byIndex.get(finding.blockIndex) as PlacedBlock
    const { text, key } = keyOf(
      block.block.node,
      finding.from - block.start,
      finding.to - block.start,
      finding.kind,
    )
    const from = block.pos + (finding.from - block.start)
    return { finding, from, to: from + text.length, text, key }
  })
}

function decorate(
  doc: Node,
  shown: readonly PlacedDebris[],
  current: number | null,
): DecorationSet {
  return DecorationSet.create(
    doc,
    shown.flatMap((piece, index) => {
      const { kind, reason } = piece.finding
      const label = debrisLabel(kind)
      const isCurrent = index === current
      return [
        Decoration.widget(
          piece.from,
          () => {
            const element = document.createElement('span')
            element.className = `debris-label${isCurrent ? ' is-current' : ''}`
            element.textContent = label
            element.contentEditable = 'false'
            element.dataset.debrisKind = kind
            return element
          },
          { side: -1, key: `debris-${piece.key}-${index}-${isCurrent}`, ignoreSelection: true },
        ),
        Decoration.inline(piece.from, piece.to, {
          class: `debris debris-${kind}${isCurrent ? ' is-current' : ''}`,
          'data-debris-kind': kind,
          title: `${label}. ${reason}`,
        }),
      ]
    }),
  )
}

function sameList(a: readonly PlacedDebris[], b: readonly PlacedDebris[]): boolean {
  return a.length === b.length && a.every((piece, index) => piece.key === b[index]?.key)
}

/**
 * Whether the pieces `shown` are the `previous` ones moved by `mapping`, with no text inserted
 * right at a start (where a label and its span would part): their decorations can then be mapped
 * instead of made again, which keeps typing cheap in a long article.
 */
function movedOnly(
  previous: readonly PlacedDebris[],
  shown: readonly PlacedDebris[],
  mapping: Mapping,
): boolean {
  return (
    sameList(previous, shown) &&
    shown.every((piece, index) => {
      const old = previous[index] as PlacedDebris
      const from = mapping.map(old.from, 1)
      return (
        piece.from === from &&
        mapping.map(old.from, -1) === from &&
        piece.to === mapping.map(old.to, -1)
      )
    })
  )
}

function build(
  doc: Node,
  all: readonly PlacedDebris[],
  kept: ReadonlySet<string>,
  current: number | null,
  previous: DebrisPluginState | null,
  mapping: Mapping | null = null,
  scanned = true,
): DebrisPluginState {
  const shown = all.filter((piece) => !kept.has(piece.key))
  const clamped =
    current === null || shown.length === 0 ? null : Math.max(0, Math.min(current, shown.length - 1))
  const changed =
    !previous ||
    !sameList(previous.shown, shown) ||
    previous.kept !== kept ||
    previous.current !== clamped
  const decorations =
    previous && mapping && !changed && movedOnly(previous.shown, shown, mapping)
      ? previous.decorations.map(mapping, doc)
      : decorate(doc, shown, clamped)
  return {
    shown,
    kept,
    current: clamped,
    decorations,
    revision: previous ? previous.revision + (changed ? 1 : 0) : 0,
    scanned,
  }
}

/** Options of {@link debrisPlugin}. */
export interface DebrisPluginOptions {
  /**
   * Read the document for debris only once the view has painted its first frame, in the
   * browser's idle moments, and place it in a transaction of its own (outside the history),
   * rather than while the state is made: an article opens with its text and tags first, its
   * debris flags a moment later. Reading every block of a long article costs about as much as
   * drawing it.
   */
  scanAfterPaint?: boolean
}

/** Asks the debris plugin to read the document, once, outside the history. */
function scanDebris(view: EditorView): void {
  if (view.isDestroyed || debrisPluginKey.getState(view.state)?.scanned !== false) return
  view.dispatch(
    view.state.tr
      .setMeta(debrisPluginKey, { type: 'scan' } satisfies DebrisMeta)
      .setMeta('addToHistory', false),
  )
}

/** How long the browser may wait for an idle moment before the next sections are read anyway. */
const IDLE_TIMEOUT_MS = 1000

/**
 * After the view's first paint, reads the document's sections for debris in the browser's idle
 * moments (a section at least each time, more while the moment lasts), then asks the plugin to
 * place the debris, which then reads no block again: a long article's scan never holds the page
 * for long at once. Without `requestIdleCallback`, a section per task.
 */
function scanWhenIdle(view: EditorView): { destroy: () => void } {
  const idle = typeof requestIdleCallback === 'function'
  let frame = 0
  let pending: number | ReturnType<typeof setTimeout> | null = null
  let next = 0
  const schedule = () => {
    pending = idle
      ? requestIdleCallback(step, { timeout: IDLE_TIMEOUT_MS })
      : setTimeout(() => step(null), 0)
  }
  const step = (deadline: IdleDeadline | null) => {
    pending = null
    if (view.isDestroyed || debrisPluginKey.getState(view.state)?.scanned !== false) return
    const doc = view.state.doc
    do {
      const section = next < doc.childCount ? doc.child(next) : null
      if (section) groupOf(section)
      next += 1
    } while (next < doc.childCount && (deadline?.timeRemaining() ?? 0) > 1)
    if (next < doc.childCount) schedule()
    else scanDebris(view)
  }
  frame = requestAnimationFrame(() => {
    frame = 0
    schedule()
  })
  return {
    destroy: () => {
      cancelAnimationFrame(frame)
      if (pending === null) return
      if (idle) cancelIdleCallback(pending as number)
      else clearTimeout(pending)
    },
  }
}

/**
 * Flags possible web-copy debris in the article (comment-form text, photo credits and captions,
 * image residue, embedded posts' leftovers, a cut-off last sentence; see `shared/import/debris`)
 * with a hatched decoration and a visible label. Its state is immutable and it does no I/O: the
 * editor's "keep" decisions come in through transaction metas (and the component persists
 * them), and dropping a piece is an ordinary, undoable text edit (see {@link dropDebris}), after
 * which the document is read again. `kept` are the keys kept when the article opened.
 */
export function debrisPlugin(
  kept: readonly string[] = [],
  options: DebrisPluginOptions = {},
): Plugin<DebrisPluginState> {
  const deferred = options.scanAfterPaint === true
  return new Plugin<DebrisPluginState>({
    key: debrisPluginKey,
    state: {
      init: (_, state) =>
        deferred
          ? build(state.doc, [], new Set(kept), null, null, null, false)
          : build(state.doc, placeDebris(state.doc), new Set(kept), null, null),
      apply: (tr, value, _old, state) => {
        const meta = tr.getMeta(debrisPluginKey) as DebrisMeta | undefined
        if (meta?.type === 'scan') {
          if (value.scanned) return value
          return build(state.doc, placeDebris(state.doc), value.kept, value.current, value)
        }
        const textChanged = changesText(tr)
        if (!textChanged && !meta) return value
        let keptNow = value.kept
        let current = value.current
        if (meta?.type === 'keep' && !keptNow.has(meta.key)) {
          keptNow = new Set([...keptNow, meta.key])
        }
        if (meta?.type === 'focus') current = meta.index
        // Without a change of text the pieces are where they were: a keep only hides one more.
        const pieces = textChanged ? placeDebris(state.doc) : value.shown
        return build(
          state.doc,
          pieces,
          keptNow,
          current,
          value,
          textChanged ? tr.mapping : null,
          textChanged || value.scanned,
        )
      },
    },
    view: (view) => (deferred ? scanWhenIdle(view) : {}),
    props: {
      decorations: (state) => debrisPluginKey.getState(state)?.decorations,
    },
  })
}

/** The debris the editor has not kept, in text order. */
export function shownDebris(state: EditorState): readonly PlacedDebris[] {
  return debrisPluginKey.getState(state)?.shown ?? []
}

/** The keys of every piece of debris the editor kept, sorted (to persist). */
export function keptDebris(state: EditorState): string[] {
  return [...(debrisPluginKey.getState(state)?.kept ?? [])].sort()
}

/** Makes piece `index` of the shown debris the current one (null: none). Adds no history. */
export function focusDebris(index: number | null): Command {
  return (state, dispatch) => {
    if (dispatch) {
      dispatch(
        state.tr
          .setMeta(debrisPluginKey, { type: 'focus', index } satisfies DebrisMeta)
          .setMeta('addToHistory', false),
      )
    }
    return true
  }
}

/** Keeps the debris with this key: it is no longer flagged. Adds no history (not an edit). */
export function keepDebris(key: string): Command {
  return (state, dispatch) => {
    if (!shownDebris(state).some((piece) => piece.key === key)) return false
    if (dispatch) {
      dispatch(
        state.tr
          .setMeta(debrisPluginKey, { type: 'keep', key } satisfies DebrisMeta)
          .setMeta('addToHistory', false),
      )
    }
    return true
  }
}

const spacePattern = /\s/

/**
 * What dropping `piece` deletes: the whole block when the piece is all of it, else the piece with
 * the spaces that separated it from the rest of its block.
 */
export function dropRange(doc: Node, piece: PlacedDebris): { from: number; to: number } {
  const $from = doc.resolve(piece.from)
  const blockStart = $from.start()
  const blockEnd = $from.end()
  const before = doc.textBetween(blockStart, piece.from)
  const after = doc.textBetween(piece.to, blockEnd)
  if (before.trim() === '' && after.trim() === '')
    return { from: $from.before(), to: $from.after() }
  let from = piece.from
  let to = piece.to
  const charAt = (pos: number) => doc.textBetween(pos, pos + 1)
  if (after.trim() === '') {
    to = blockEnd
    while (from > blockStart && spacePattern.test(charAt(from - 1))) from -= 1
  } else {
    if (before.trim() === '') from = blockStart
    while (to < blockEnd && spacePattern.test(charAt(to))) to += 1
  }
  return { from, to }
}

/**
 * Deletes piece `index` of the shown debris from the text: an ordinary edit, so Undo brings it
 * back, tags elsewhere follow the text, and a tag on the dropped text becomes an orphan as with
 * any deletion. Works whether or not the text is being edited (it is one explicit action).
 * Refuses to leave the article without text.
 */
export function dropDebris(index: number): Command {
  return (state, dispatch) => {
    const piece = shownDebris(state)[index]
    if (!piece) return false
    const range = dropRange(state.doc, piece)
    const rest =
      state.doc.textBetween(0, range.from, ' ', ' ') +
      state.doc.textBetween(range.to, state.doc.content.size, ' ', ' ')
    if (rest.trim() === '') return false
    if (dispatch) {
      const tr = state.tr.deleteRange(range.from, range.to)
      dispatch(tr.setMeta(debrisPluginKey, { type: 'focus', index } satisfies DebrisMeta))
    }
    return true
  }
}
