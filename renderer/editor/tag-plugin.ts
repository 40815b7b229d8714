import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Mapping } from 'prosemirror-transform'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { KIND_LETTERS, type TagKind } from '../../shared/model/tag-kinds'
import { changesOnlySections } from './sections'
import { byPlace, PlacedList } from './placed-list'
import { TagStep } from './tag-step'
import { tagId, type PlacedTag, type TagRecord } from './tag-record'

/** Short labels drawn at the start of each tag, so kinds differ without colour (as exports do). */
export const KIND_LABELS: Readonly<Record<TagKind, string>> = KIND_LETTERS

/** The tag plugin's state: placed tags as decorations, unplaced ones in a list. Immutable. */
export interface TagPluginState {
  /** Placed tags; each decoration's spec carries its {@link TagRecord}. */
  readonly decorations: DecorationSet
  /** Tags that cannot be placed (orphans and ambiguous anchors), in the order they became so. */
  readonly unplaced: readonly TagRecord[]
  /** Tags whose text the last transaction deleted; `appendTransaction` turns them into orphans. */
  readonly deleted: readonly PlacedTag[]
  /** Grows whenever any tag changes (to tell savers and views that something moved). */
  readonly revision: number
}

/** The key of the tag plugin, to read its state. */
export const tagPluginKey = new PluginKey<TagPluginState>('factmark-tags')

interface TagSpec {
  record: TagRecord
  label?: boolean
}

function inlineDecoration(record: TagRecord, from: number, to: number): Decoration {
  const { kind, id } = record.annotation
  const changed = record.annotation.changedFrom !== undefined ? ' tag-changed' : ''
  return Decoration.inline(
    from,
    to,
    { class: `tag tag-${kind}${changed}`, 'data-tag-id': id, 'data-kind': kind },
    { record } satisfies TagSpec,
  )
}

function labelWidget(record: TagRecord, from: number): Decoration {
  const { kind, id } = record.annotation
  return Decoration.widget(
    from,
    () => {
      const label = document.createElement('span')
      label.className = `tag-label tag-label-${kind}`
      label.textContent = KIND_LABELS[kind]
      label.setAttribute('aria-hidden', 'true')
      label.dataset.tagId = id
      return label
    },
    {
      record,
      label: true,
      side: -1,
      key: `label-${id}-${kind}`,
      ignoreSelection: true,
    } satisfies TagSpec & {
      side: number
      key: string
      ignoreSelection: boolean
    },
  )
}

function decorationsFor(record: TagRecord, from: number, to: number): Decoration[] {
  return [labelWidget(record, from), inlineDecoration(record, from, to)]
}

function findTag(set: DecorationSet, id: string, from?: number, to?: number): Decoration[] {
  return set.find(from, to, (spec: TagSpec) => spec.record?.annotation.id === id)
}

/** Every placed tag of `decorations` in document order, read from the whole set. */
function collectPlaced(decorations: DecorationSet): PlacedTag[] {
  return decorations
    .find(undefined, undefined, (spec: TagSpec) => spec.record !== undefined && !spec.label)
    .map((decoration) => ({
      record: (decoration.spec as TagSpec).record,
      from: decoration.from,
      to: decoration.to,
    }))
    .sort(byPlace)
}

/**
 * How a tag state differs from the one it was made from when only tag steps made it (no text
 * moved): the state before, the tags taken out of the placed list (where they were) and the tags
 * put in (where they are now).
 */
interface PlacedDelta {
  readonly before: TagPluginState
  readonly removed: readonly PlacedTag[]
  readonly added: readonly PlacedTag[]
}

/** The placed tags of each tag state that has been asked for them (derived, so kept aside). */
const placedLists = new WeakMap<TagPluginState, PlacedList>()
/** The deltas of tag states not yet asked for their placed tags; dropped once used. */
const placedDeltas = new WeakMap<TagPluginState, PlacedDelta>()
/**
 * How many deltas lead from a state back to one whose list is known: a chain no one asks about
 * stops growing here (the next ask then reads the decorations afresh), so that it holds no more
 * than this many old states.
 */
const MAX_DELTA_CHAIN = 64
const chainLengths = new WeakMap<TagPluginState, number>()

function placedOf(value: TagPluginState): PlacedList {
  const known = placedLists.get(value)
  if (known) return known
  // Walk back to the nearest state whose list is known, then patch forwards.
  const deltas: { state: TagPluginState; delta: PlacedDelta }[] = []
  let current = value
  let delta = placedDeltas.get(current)
  while (delta && !placedLists.has(current)) {
    deltas.push({ state: current, delta })
    current = delta.before
    delta = placedDeltas.get(current)
  }
  let list = placedLists.get(current) ?? null
  for (let index = deltas.length - 1; index >= 0 && list; index -= 1) {
    const step = deltas[index]
    if (!step) break
    list = list.patched(step.delta.removed, step.delta.added)
    if (list) placedLists.set(step.state, list)
    placedDeltas.delete(step.state)
  }
  list ??= PlacedList.of(collectPlaced(value.decorations))
  placedDeltas.delete(value)
  placedLists.set(value, list)
  return list
}

/**
 * Every placed tag in document order, as a chunked list ({@link PlacedList}). Worked out once per
 * tag state, and after a change of tags alone (a key in read mode, an undo of one) by patching the
 * list before the change rather than reading and sorting every decoration again: a keystroke
 * costs a bisection and a copy of one chunk per tag it touches, and a copy of the list of chunks.
 */
export function placedTagList(state: EditorState): PlacedList {
  const plugin = tagPluginKey.getState(state)
  return plugin ? placedOf(plugin) : PlacedList.empty
}

/**
 * Every placed tag in document order, with its positions, as one array: {@link placedTagList}
 * copied out once per tag state (linear; views that show a part of the list use the list itself).
 * Do not change the array.
 */
export function placedTags(state: EditorState): readonly PlacedTag[] {
  return placedTagList(state).toArray()
}

/**
 * Every placed tag in document order read afresh from the decorations, with no list kept or
 * patched: what {@link placedTags} must always equal (for tests and checks).
 */
export function placedTagsRebuilt(state: EditorState): PlacedTag[] {
  const plugin = tagPluginKey.getState(state)
  return plugin ? collectPlaced(plugin.decorations) : []
}

/** The placed tags that cover exactly `from`–`to` (a lookup in the decoration tree, not a scan). */
export function tagsCovering(state: EditorState, from: number, to: number): PlacedTag[] {
  const plugin = tagPluginKey.getState(state)
  if (!plugin) return []
  return plugin.decorations
    .find(from, to, (spec: TagSpec) => spec.record !== undefined && !spec.label)
    .filter((decoration) => decoration.from === from && decoration.to === to)
    .map((decoration) => ({
      record: (decoration.spec as TagSpec).record,
      from: decoration.from,
      to: decoration.to,
    }))
}

/** Tags that could not be placed. */
export function unplacedTags(state: EditorState): readonly TagRecord[] {
  return tagPluginKey.getState(state)?.unplaced ?? []
}

/** The placed tag with this id, or null. */
export function findPlacedTag(state: EditorState, id: string): PlacedTag | null {
  const plugin = tagPluginKey.getState(state)
  const decoration = plugin
    ? findTag(plugin.decorations, id).find((found) => !(found.spec as TagSpec).label)
    : undefined
  if (!decoration) return null
  return { record: (decoration.spec as TagSpec).record, from: decoration.from, to: decoration.to }
}

function withChangedFrom(record: TagRecord): TagRecord {
  if (record.annotation.changedFrom !== undefined) return record
  return {
    ...record,
    annotation: { ...record.annotation, changedFrom: record.annotation.target.quote.exact },
  }
}

interface Pending {
  tag: PlacedTag
  pos: number
}

/** Applies one transaction's steps, in order, to the tag state. */
function applyTransaction(tr: Transaction, value: TagPluginState): TagPluginState {
  let decorations = value.decorations
  let unplaced = value.unplaced
  let deleted: PlacedTag[] = []
  let pending: Pending[] = []
  let touchedTags = false
  /** Per tag a tag step touched, where it is placed after it (null: nowhere); null once text moved. */
  let touched: Map<string, PlacedTag | null> | null = new Map()
  /** Per tag a tag step touched, where it was placed before the transaction (null: nowhere). */
  const placedBefore = new Map<string, PlacedTag | null>()

  /** Takes a tag out of every list; returns the underline it had in the set, if any. */
  const removeEverywhere = (
    id: string,
    from: number | null,
    to: number | null,
    scan: boolean,
  ): Decoration | undefined => {
    // Look where the tag should be (a tree lookup); scan the whole set only when asked to.
    let found = from !== null && to !== null ? findTag(decorations, id, from, to) : []
    if (found.length === 0 && scan) found = findTag(decorations, id)
    // Before the removal, which empties the array it is given.
    const underline = found.find((decoration) => !(decoration.spec as TagSpec).label)
    if (found.length > 0) decorations = decorations.remove(found)
    unplaced = unplaced.filter((record) => tagId(record) !== id)
    pending = pending.filter((entry) => tagId(entry.tag.record) !== id)
    deleted = deleted.filter((entry) => tagId(entry.record) !== id)
    return underline
  }
  /** Notes where a tag was before the transaction, the first time a tag step touches it. */
  const noteBefore = (id: string, underline: Decoration | undefined) => {
    if (placedBefore.has(id)) return
    const record = underline ? (underline.spec as TagSpec).record : undefined
    placedBefore.set(
      id,
      underline && record ? { record, from: underline.from, to: underline.to } : null,
    )
  }

  tr.steps.forEach((step, index) => {
    const doc: Node = tr.docs[index + 1] ?? tr.doc
    if (step instanceof TagStep) {
      touchedTags = true
      for (const tag of step.removed) {
        const id = tagId(tag.record)
        noteBefore(id, removeEverywhere(id, tag.from, tag.to, true))
        touched?.set(id, null)
      }
      for (const tag of step.added) {
        const id = tagId(tag.record)
        noteBefore(id, removeEverywhere(id, tag.from, tag.to, false))
        let placed: PlacedTag | null = null
        if (tag.from === null || tag.to === null) unplaced = [...unplaced, tag.record]
        else if (tag.from === tag.to) pending = [...pending, { tag, pos: tag.from }]
        else {
          decorations = decorations.add(doc, decorationsFor(tag.record, tag.from, tag.to))
          placed = { record: tag.record, from: tag.from, to: tag.to }
        }
        touched?.set(tagId(tag.record), placed)
      }
      return
    }

    touched = null
    const map = step.getMap()
    if (changesOnlySections(step, tr.docs[index] ?? tr.before)) {
      // Section boundaries moved: the text did not change, the tags just shift.
      decorations = decorations.map(new Mapping([map]), doc)
      pending = pending.map((entry) => ({ ...entry, pos: map.map(entry.pos) }))
      return
    }
    const edited = new Map<string, Decoration>()
    const ranges: [number, number, number, number][] = []
    map.forEach((oldStart, oldEnd, newStart, newEnd) => {
      ranges.push([oldStart, oldEnd, newStart, newEnd])
      for (const decoration of decorations.find(oldStart, oldEnd)) {
        const spec = decoration.spec as TagSpec
        if (spec.record && !spec.label) edited.set(tagId(spec.record), decoration)
      }
    })
    decorations = decorations.map(new Mapping([map]), doc)

    // Tags whose text was deleted, and tags whose text changed.
    for (const [id, before] of edited) {
      const record = (before.spec as TagSpec).record
      const range = ranges.find(([start, end]) => start <= before.to && end >= before.from)
      const near = findTag(decorations, id, map.map(before.from, -1), map.map(before.to, 1))
      const after = near.filter((found) => !(found.spec as TagSpec).label)
      const labels = near.filter((found) => (found.spec as TagSpec).label)
      if (after.length === 0) {
        if (labels.length > 0) decorations = decorations.remove(labels)
        const start = range?.[0] ?? before.from
        deleted = [
          ...deleted,
          {
            record,
            from: map.map(start),
            to: map.map(start),
            restore: { start: before.from - start, end: before.to - start },
          },
        ]
        touchedTags = true
        continue
      }
      const editedInside = ranges.some(
        ([start, end]) =>
          (start < before.to && end > before.from) ||
          (start === end && start > before.from && start < before.to),
      )
      const current = after[0]
      if (!current) continue
      if (editedInside && record.annotation.changedFrom === undefined) {
        decorations = decorations.remove([...after, ...labels])
        decorations = decorations.add(
          doc,
          decorationsFor(withChangedFrom(record), current.from, current.to),
        )
        touchedTags = true
        continue
      }
      // Mapping has moved the tag. Its label maps on its own, and text deleted or typed right
      // at the tag's start can leave it apart from the underline, or delete it: put it back.
      if (labels.length === 0 || labels.some((label) => label.from !== current.from)) {
        decorations = decorations.remove(labels)
        decorations = decorations.add(doc, [
          labelWidget((current.spec as TagSpec).record, current.from),
        ])
      }
    }

    // Collapsed tags come back when the text deleted around them is inserted again at their place
    // (a collapsed tag lives only within the undo or redo that made it, so the insertion there is
    // the deleted text; undoing the deletion of everything replaces the empty block left over).
    pending = pending.flatMap((entry) => {
      const insertion = ranges.find(([start]) => start === entry.pos)
      const restore = entry.tag.restore
      if (insertion && restore && restore.end <= insertion[3] - insertion[2]) {
        const from = insertion[2] + restore.start
        const to = insertion[2] + restore.end
        decorations = decorations.add(doc, decorationsFor(entry.tag.record, from, to))
        touchedTags = true
        return []
      }
      return [{ ...entry, pos: map.map(entry.pos) }]
    })
  })

  // A collapsed tag that nothing restored in this transaction is an orphan.
  for (const entry of pending) {
    unplaced = [...unplaced, { ...entry.tag.record, unplaced: 'orphan' }]
    touchedTags = true
  }

  if (!touchedTags && deleted.length === 0 && decorations === value.decorations) {
    if (value.deleted.length === 0) return value
    const same = { ...value, deleted: [] }
    keepPlacedDelta(value, same, [], [])
    return same
  }
  const next: TagPluginState = {
    decorations,
    unplaced,
    deleted,
    revision: touchedTags ? value.revision + 1 : value.revision,
  }
  // Tag steps alone: the placed list can be patched from the one before.
  if (touched) {
    keepPlacedDelta(
      value,
      next,
      [...placedBefore.values()].filter((tag) => tag !== null),
      [...touched.values()].filter((tag) => tag !== null),
    )
  }
  return next
}

/**
 * Remembers how `next`'s placed tags differ from `value`'s (only tags changed, no text), so that
 * its list is patched from `value`'s when asked for, if `value`'s list is known or can be patched
 * in turn (up to {@link MAX_DELTA_CHAIN} states back).
 */
function keepPlacedDelta(
  value: TagPluginState,
  next: TagPluginState,
  removed: readonly PlacedTag[],
  added: readonly PlacedTag[],
): void {
  const known = placedLists.get(value)
  if (known && removed.length === 0 && added.length === 0) {
    placedLists.set(next, known)
    return
  }
  const depth = known ? 1 : placedDeltas.has(value) ? (chainLengths.get(value) ?? 0) + 1 : null
  if (depth === null || depth > MAX_DELTA_CHAIN) return
  placedDeltas.set(next, { before: value, removed, added })
  chainLengths.set(next, depth)
}

/** The tags an article opens with. */
export interface TagPluginConfig {
  placed: readonly PlacedTag[]
  unplaced: readonly TagRecord[]
}

/**
 * The one plugin that holds the article's tags and draws them as decorations, as ProseMirror's
 * collaborative-comments example does: its state is immutable, it maps positions through every
 * edit, applies the {@link TagStep}s of each transaction, and turns tags whose text was deleted
 * into orphans through an appended (and so undoable) tag step. It does no I/O.
 */
export function tagPlugin(config: TagPluginConfig): Plugin<TagPluginState> {
  return new Plugin<TagPluginState>({
    key: tagPluginKey,
    state: {
      init: (_, state) => {
        const placed: PlacedTag[] = []
        const decorations: Decoration[] = []
        for (const { record, from, to } of config.placed) {
          if (from === null || to === null || from >= to) continue
          placed.push({ record, from, to })
          decorations.push(...decorationsFor(record, from, to))
        }
        const value: TagPluginState = {
          decorations: DecorationSet.create(state.doc, decorations),
          unplaced: config.unplaced,
          deleted: [],
          revision: 0,
        }
        // The list the panel reads first, from the tags in hand rather than read back from the
        // decorations (stored tags come nearly in order, so the sort is about linear).
        placedLists.set(value, PlacedList.of(placed.sort(byPlace)))
        return value
      },
      apply: (tr, value) => (tr.steps.length === 0 ? value : applyTransaction(tr, value)),
    },
    appendTransaction: (_transactions, _old, state) => {
      const deleted = tagPluginKey.getState(state)?.deleted ?? []
      if (deleted.length === 0) return null
      const orphans = deleted.map((tag) => ({
        record: { ...tag.record, unplaced: 'orphan' as const },
        from: null,
        to: null,
      }))
      return state.tr.step(new TagStep(deleted, orphans))
    },
    props: {
      decorations: (state) => tagPluginKey.getState(state)?.decorations,
    },
  })
}
