import type { Node } from 'prosemirror-model'
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Mapping } from 'prosemirror-transform'
import { Decoration, DecorationSet } from 'prosemirror-view'
import { KIND_LETTERS, type TagKind } from '../../shared/model/tag-kinds'
import { changesOnlySections } from './sections'
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

/** Every placed tag in document order, with its positions. */
export function placedTags(state: EditorState): PlacedTag[] {
  const plugin = tagPluginKey.getState(state)
  if (!plugin) return []
  return plugin.decorations
    .find(undefined, undefined, (spec: TagSpec) => spec.record !== undefined && !spec.label)
    .sort((a, b) => a.from - b.from || a.to - b.to)
    .map((decoration) => ({
      record: (decoration.spec as TagSpec).record,
      from: decoration.from,
      to: decoration.to,
    }))
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

  const removeEverywhere = (id: string, from: number | null, to: number | null, scan: boolean) => {
    // Look where the tag should be (a tree lookup); scan the whole set only when asked to.
    let found = from !== null && to !== null ? findTag(decorations, id, from, to) : []
    if (found.length === 0 && scan) found = findTag(decorations, id)
    if (found.length > 0) decorations = decorations.remove(found)
    unplaced = unplaced.filter((record) => tagId(record) !== id)
    pending = pending.filter((entry) => tagId(entry.tag.record) !== id)
    deleted = deleted.filter((entry) => tagId(entry.record) !== id)
  }

  tr.steps.forEach((step, index) => {
    const doc: Node = tr.docs[index + 1] ?? tr.doc
    if (step instanceof TagStep) {
      touchedTags = true
      for (const tag of step.removed) removeEverywhere(tagId(tag.record), tag.from, tag.to, true)
      for (const tag of step.added) {
        removeEverywhere(tagId(tag.record), tag.from, tag.to, false)
        if (tag.from === null || tag.to === null) unplaced = [...unplaced, tag.record]
        else if (tag.from === tag.to) pending = [...pending, { tag, pos: tag.from }]
        else decorations = decorations.add(doc, decorationsFor(tag.record, tag.from, tag.to))
      }
      return
    }

    const map = step.getMap()
    if (changesOnlySections(step, tr.docs[index] ?? tr.before)) {
      // Section boundaries moved: the text did not change, the tags just shift.
      decorations = decorations.map(new Mapping([map]), doc)
      pending = pending.map((entry) => ({ ...entry, pos: map.map(entry.pos) }))
      return
    }
    const touched = new Map<string, Decoration>()
    const ranges: [number, number, number, number][] = []
    map.forEach((oldStart, oldEnd, newStart, newEnd) => {
      ranges.push([oldStart, oldEnd, newStart, newEnd])
      for (const decoration of decorations.find(oldStart, oldEnd)) {
        const spec = decoration.spec as TagSpec
        if (spec.record && !spec.label) touched.set(tagId(spec.record), decoration)
      }
    })
    decorations = decorations.map(new Mapping([map]), doc)

    // Tags whose text was deleted, and tags whose text changed.
    for (const [id, before] of touched) {
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
      if (editedInside) {
        const current = after[0]
        // Already marked as changed: mapping has moved it, there is nothing to redraw.
        if (!current || record.annotation.changedFrom !== undefined) continue
        decorations = decorations.remove([...after, ...labels])
        decorations = decorations.add(
          doc,
          decorationsFor(withChangedFrom(record), current.from, current.to),
        )
        touchedTags = true
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
    return value.deleted.length === 0 ? value : { ...value, deleted: [] }
  }
  return {
    decorations,
    unplaced,
    deleted,
    revision: touchedTags ? value.revision + 1 : value.revision,
  }
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
      init: (_, state) => ({
        decorations: DecorationSet.create(
          state.doc,
          config.placed.flatMap((tag) =>
            tag.from !== null && tag.to !== null && tag.from < tag.to
              ? decorationsFor(tag.record, tag.from, tag.to)
              : [],
          ),
        ),
        unplaced: config.unplaced,
        deleted: [],
        revision: 0,
      }),
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
