import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import type { Annotation, EditorRef } from '../../shared/model/annotation'
import type { Review } from '../../shared/model/review'
import { KIND_NAMES } from '../../shared/model/tag-kinds'
import { verdictsOn } from '../../shared/review/review-verdicts'
import { setCursor } from './cursor-plugin'
import { focusText } from './focus-text'
import type { DocRange } from './positions'
import { reviewMarks, type SentenceMark } from './review-marks'
import { ReviewStep } from './review-step'
import { tagsToSave } from './save-tags'
import { sentenceAt } from './sentence-steps'
import { KIND_LABELS, tagPluginKey } from './tag-plugin'
import { changesText } from './changes-text'

/** The width of one editor's lane in the margin, in pixels (the CSS uses the same). */
export const LANE_WIDTH_PX = 24

/** The review plugin's state: who is compared, every review, and the marks drawn. Immutable. */
export interface ReviewPluginState {
  /** The acting editor: the only author whose reviews change here. */
  readonly me: EditorRef
  /** Whether review mode is on (lanes and agreement marks drawn, review keys active). */
  readonly active: boolean
  /** Whether N and P stop at coverage gaps too, not only at conflicts of kind. */
  readonly includeGaps: boolean
  /** The editors compared, one lane each, in lane order. */
  readonly editors: readonly EditorRef[]
  /** Other editors' tags on the article, as loaded (they never change here). */
  readonly others: readonly Annotation[]
  /** Every reviewer's reviews on the article; the acting editor's change through review steps. */
  readonly reviews: readonly Review[]
  /** The other editor's tag picked in a lane (by a click), if any. */
  readonly focusedTagId: string | null
  /** Grows whenever the acting editor's reviews change (to tell the saver). */
  readonly revision: number
  /** The sentences marked, in document order (empty outside review mode). */
  readonly marks: readonly SentenceMark[]
  readonly decorations: DecorationSet
  /** The tag plugin's revision the marks were computed for. */
  readonly tagRevision: number
}

/** The key of the review plugin, to read its state. */
export const reviewPluginKey = new PluginKey<ReviewPluginState>('factmark-review')

/** What a transaction can ask of the review plugin through its meta. */
export type ReviewMeta =
  | { type: 'mode'; active: boolean; editors: readonly EditorRef[] }
  | { type: 'focus'; tagId: string | null }
  /** Whether N and P stop at coverage gaps as well as at conflicts. */
  | { type: 'gaps'; include: boolean }
  /**
   * Other editors' work came in (the team folder, an imported package): their tags and their
   * reviews replace those loaded. The acting editor's own reviews are kept as they are here.
   */
  | { type: 'others'; others: readonly Annotation[]; reviews: readonly Review[] }

/** What the review plugin starts with. */
export interface ReviewConfig {
  me: EditorRef
  others: readonly Annotation[]
  reviews: readonly Review[]
}

/** The sign drawn after the lanes for each standing, and what it says on hover. */
export const AGREEMENT_SIGNS = {
  agree: { sign: '✓', title: 'The editors agree' },
  conflict: { sign: '≠', title: 'Conflict: the editors chose different kinds' },
  gap: { sign: '○', title: 'Coverage gap: tagged by some editors, not by others' },
} as const

function laneWidget(
  mark: SentenceMark,
  editors: readonly EditorRef[],
  reviews: readonly Review[],
  me: EditorRef,
): Decoration {
  const parts = mark.lanes.map((lane, index) => {
    if (!lane.tagId) return `${index}:${lane.label ?? '-'}`
    const { verdicts, conflict } = verdictsOn(reviews, lane.tagId)
    const mine = verdicts.find((verdict) => verdict.reviewer.id === me.id)?.verdict ?? ''
    return `${index}:${lane.label}:${lane.tagId}:${conflict ? 'c' : ''}${mine}`
  })
  const key = `review-${mark.agreement ?? 'none'}-${parts.join('|')}`
  return Decoration.widget(
    mark.range.from,
    () => {
      const box = document.createElement('span')
      box.className = 'review-lanes'
      box.setAttribute('aria-hidden', 'true')
      mark.lanes.forEach((lane, index) => {
        const editor = editors[index]
        const cell = document.createElement('span')
        cell.className = 'lane-mark'
        cell.style.left = `${index * LANE_WIDTH_PX}px`
        cell.dataset.lane = String(index)
        if (lane.label && lane.label !== 'none') {
          cell.classList.add(`lane-kind-${lane.label}`)
          cell.textContent = KIND_LABELS[lane.label]
          cell.title = `${editor?.name ?? 'An editor'}: ${KIND_NAMES[lane.label].toLowerCase()}`
          if (lane.tagId) {
            cell.dataset.tagId = lane.tagId
            const { verdicts, conflict } = verdictsOn(reviews, lane.tagId)
            const mine = verdicts.find((verdict) => verdict.reviewer.id === me.id)
            if (conflict) cell.classList.add('has-conflict')
            if (mine) cell.classList.add(`is-${mine.verdict}ed`)
          }
        } else if (lane.label === 'none') {
          cell.classList.add('lane-none')
          cell.textContent = '·'
          cell.title = `${editor?.name ?? 'An editor'}: no tag`
        } else {
          cell.classList.add('lane-missing')
        }
        box.append(cell)
      })
      if (mark.agreement) {
        const sign = document.createElement('span')
        sign.className = `agreement-mark agreement-${mark.agreement}`
        sign.style.left = `${mark.lanes.length * LANE_WIDTH_PX}px`
        sign.textContent = AGREEMENT_SIGNS[mark.agreement].sign
        sign.title = AGREEMENT_SIGNS[mark.agreement].title
        box.append(sign)
      }
      return box
    },
    { side: -1, key, ignoreSelection: true, reviewMark: true },
  )
}

/** The marks and their decorations for `state` as it is now. */
function computeMarks(
  state: EditorState,
  value: Pick<ReviewPluginState, 'editors' | 'others' | 'reviews' | 'me'>,
): { marks: SentenceMark[]; decorations: DecorationSet } {
  const tags = [...tagsToSave(state, value.me.id), ...value.others]
  const marks = reviewMarks(state.doc, tags, value.editors)
  return {
    marks,
    decorations: DecorationSet.create(
      state.doc,
      marks.map((mark) => laneWidget(mark, value.editors, value.reviews, value.me)),
    ),
  }
}

function applyReviewSteps(tr: Transaction, reviews: readonly Review[]): readonly Review[] {
  let next = reviews
  for (const step of tr.steps) {
    if (!(step instanceof ReviewStep)) continue
    const removed = new Set(step.removed.map((review) => review.id))
    next = [...next.filter((review) => !removed.has(review.id)), ...step.added]
  }
  return next
}

function mapRange(range: DocRange, tr: Transaction): DocRange {
  return { from: tr.mapping.map(range.from, 1), to: tr.mapping.map(range.to, -1) }
}

function apply(tr: Transaction, value: ReviewPluginState, state: EditorState): ReviewPluginState {
  const meta = tr.getMeta(reviewPluginKey) as ReviewMeta | undefined
  const reviews = applyReviewSteps(tr, value.reviews)
  const reviewsChanged = reviews !== value.reviews
  let next: ReviewPluginState = reviewsChanged
    ? { ...value, reviews, revision: value.revision + 1 }
    : value
  if (meta?.type === 'focus') next = { ...next, focusedTagId: meta.tagId }
  if (meta?.type === 'gaps') next = { ...next, includeGaps: meta.include }
  if (meta?.type === 'others') {
    const mine = next.reviews.filter((review) => review.author.id === next.me.id)
    const theirs = meta.reviews.filter((review) => review.author.id !== next.me.id)
    const others = meta.others.filter((tag) => tag.author.id !== next.me.id)
    next = { ...next, others, reviews: [...mine, ...theirs] }
  }
  const modeChanged = meta?.type === 'mode' || meta?.type === 'others'
  if (meta?.type === 'mode') next = { ...next, active: meta.active, editors: meta.editors }
  const tagRevision = tagPluginKey.getState(state)?.revision ?? 0
  if (!next.active) {
    if (next.marks.length === 0 && !modeChanged) return next
    return { ...next, marks: [], decorations: DecorationSet.empty, tagRevision }
  }
  if (modeChanged || reviewsChanged || tagRevision !== next.tagRevision) {
    return { ...next, ...computeMarks(state, next), tagRevision }
  }
  if (changesText(tr)) {
    // Text edits: the marks follow their sentences; they are worked out again with the tags.
    return {
      ...next,
      marks: next.marks.map((mark) => ({ ...mark, range: mapRange(mark.range, tr) })),
      decorations: next.decorations.map(tr.mapping, tr.doc),
    }
  }
  return next
}

/** The height a row of lane marks takes, in pixels: marks of sentences on one line stack. */
const LANE_ROW_PX = 22

/**
 * Stacks the lane marks of sentences that start on one line (or so close that they would
 * overlap): each row of marks sits at its sentence's line, or just below the row before it.
 * Sections the browser has not laid out (off screen, `content-visibility: auto`) are skipped and
 * done when they come into view. Reads every position first, then writes, for one layout.
 */
function stackLaneMarks(root: HTMLElement): void {
  const moves: [HTMLElement, number][] = []
  for (const section of Array.from(root.children)) {
    if (!(section instanceof HTMLElement)) continue
    if (section.checkVisibility?.({ contentVisibilityAuto: true }) === false) continue
    let free = -Infinity
    for (const box of Array.from(section.querySelectorAll<HTMLElement>('.review-lanes'))) {
      const natural = box.offsetTop
      const top = Math.max(natural, free)
      moves.push([box, top - natural])
      free = top + LANE_ROW_PX
    }
  }
  for (const [box, shift] of moves) {
    const transform = shift > 0 ? `translateY(${shift}px)` : ''
    if (box.style.transform !== transform) box.style.transform = transform
  }
}

/** Selects the sentence of a lane mark that was clicked, and picks its editor's tag. */
function clickLane(view: EditorView, event: MouseEvent): boolean {
  const target = event.target instanceof Element ? event.target : null
  const cell = target?.closest('.lane-mark')
  const box = cell?.closest('.review-lanes')
  if (!cell || !box) return false
  event.preventDefault()
  const pos = view.posAtDOM(box, 0)
  const sentence = sentenceAt(view.state.doc, pos)
  if (!sentence) return true
  const tagId = cell instanceof HTMLElement ? (cell.dataset.tagId ?? null) : null
  const tr = setCursor(view.state.tr, { anchor: sentence, head: sentence }).setMeta(
    reviewPluginKey,
    { type: 'focus', tagId } satisfies ReviewMeta,
  )
  view.dispatch(tr)
  focusText(view)
  return true
}

/**
 * Review mode, as a plugin that does no I/O: it holds the other editors' tags and every review,
 * applies the acting editor's review steps (undoable like tag steps), and, while review mode is
 * on, draws one lane per compared editor in the margin of each tagged sentence with the
 * editors' agreement (✓), conflict of kinds (≠) or coverage gap (○), worked out as the
 * agreement figures do. A
 * click on a lane mark selects its sentence and picks that editor's tag. Must come after the tag
 * plugin, whose tags it reads.
 */
export function reviewPlugin(config: ReviewConfig): Plugin<ReviewPluginState> {
  return new Plugin<ReviewPluginState>({
    key: reviewPluginKey,
    state: {
      init: () => ({
        me: config.me,
        active: false,
        includeGaps: false,
        editors: [],
        others: config.others,
        reviews: config.reviews,
        focusedTagId: null,
        revision: 0,
        marks: [],
        decorations: DecorationSet.empty,
        tagRevision: 0,
      }),
      apply: (tr, value, _old, state) => apply(tr, value, state),
    },
    view: (editorView) => {
      let frame = 0
      const schedule = () => {
        if (frame) return
        frame = requestAnimationFrame(() => {
          frame = 0
          stackLaneMarks(editorView.dom)
        })
      }
      const resizes = new ResizeObserver(schedule)
      resizes.observe(editorView.dom)
      // Fired (without bubbling) when a section starts or stops being drawn.
      editorView.dom.addEventListener('contentvisibilityautostatechange', schedule, true)
      return {
        update: (view, previous) => {
          const before = reviewPluginKey.getState(previous)?.decorations
          if (reviewPluginKey.getState(view.state)?.decorations !== before) schedule()
        },
        destroy: () => {
          cancelAnimationFrame(frame)
          resizes.disconnect()
          editorView.dom.removeEventListener('contentvisibilityautostatechange', schedule, true)
        },
      }
    },
    props: {
      decorations: (state) => reviewPluginKey.getState(state)?.decorations,
      handleDOMEvents: {
        mousedown: (view, event) => clickLane(view, event),
      },
    },
  })
}

/** The acting editor's reviews as they are to be stored. */
export function reviewsToSave(state: EditorState): Review[] {
  const plugin = reviewPluginKey.getState(state)
  if (!plugin) return []
  return plugin.reviews.filter((review) => review.author.id === plugin.me.id)
}
