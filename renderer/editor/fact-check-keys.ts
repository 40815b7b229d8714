import { Plugin, PluginKey, type Command, type EditorState } from 'prosemirror-state'
import {
  CLAIM_STATUS_SPECS,
  DEFAULT_RATING_SCALE,
  carriesFactCheck,
  type ClaimStatus,
} from '../../shared/model/fact-check'
import { myTagAtCursor, type TagContext } from './commands'
import { setFactCheckAtCursor } from './fact-check-commands'
import { isEditing } from './mode-plugin'

/** The two prefix keys: S then a status's key sets the status, V then a rating's key the verdict. */
export const FACT_CHECK_PREFIX_KEYS = { status: 's', verdict: 'v' } as const

/** Which prefix key was pressed last, waiting for its second key. */
export type FactCheckPrefix = keyof typeof FACT_CHECK_PREFIX_KEYS

/** The state of the fact-check keys: the prefix waiting for its second key, or null. */
export const factCheckKeysKey = new PluginKey<FactCheckPrefix | null>('factCheckKeys')

/** The prefix waiting for its second key (the panel shows what it expects), or null. */
export function pendingFactCheckPrefix(state: EditorState): FactCheckPrefix | null {
  return factCheckKeysKey.getState(state) ?? null
}

/** The status a key sets after the status prefix, from the statuses' table. */
export function statusForKey(key: string): ClaimStatus | null {
  return (CLAIM_STATUS_SPECS.find((spec) => spec.key === key)?.status as ClaimStatus) ?? null
}

function setPrefix(prefix: FactCheckPrefix | null): Command {
  return (state, dispatch) => {
    if (dispatch) dispatch(state.tr.setMeta(factCheckKeysKey, prefix))
    return true
  }
}

/**
 * The status and verdict keys, in read mode: S then 1–4 or 0 sets the status of the editor's
 * claim or disputed tag under the cursor (from `CLAIM_STATUS_SPECS`); V then a rating's key sets
 * the verdict (from the library's scale, read when the key is pressed). Any other second key
 * (Escape included) cancels the prefix and does nothing else, so a stray digit never tags.
 * Elsewhere (no such tag under the cursor) S and V are not taken.
 * Must come before the read-mode keys, which bind the digits to tagging.
 */
export function factCheckKeys(context: TagContext): Plugin {
  return new Plugin<FactCheckPrefix | null>({
    key: factCheckKeysKey,
    state: {
      init: () => null,
      apply: (tr) => {
        const meta = tr.getMeta(factCheckKeysKey) as FactCheckPrefix | null | undefined
        // Anything else that happens (a click, a move, an edit) drops a waiting prefix.
        return meta !== undefined ? meta : null
      },
    },
    props: {
      handleKeyDown: (view, event) => {
        if (isEditing(view.state) || event.ctrlKey || event.metaKey || event.altKey) return false
        if (['Shift', 'Control', 'Alt', 'Meta'].includes(event.key)) return false
        const pending = factCheckKeysKey.getState(view.state) ?? null
        if (pending === null) {
          const prefix = (Object.keys(FACT_CHECK_PREFIX_KEYS) as FactCheckPrefix[]).find(
            (name) => FACT_CHECK_PREFIX_KEYS[name] === event.key,
          )
          // Only over the editor's own claim or disputed tag: elsewhere S and V stay free.
          const tag = myTagAtCursor(view.state, context.editor)?.record.annotation
          if (!prefix || !tag || !carriesFactCheck(tag.kind)) return false
          return setPrefix(prefix)(view.state, view.dispatch)
        }
        setPrefix(null)(view.state, view.dispatch)
        const key = event.key.toLowerCase()
        if (pending === 'status') {
          const status = statusForKey(key)
          if (status) setFactCheckAtCursor({ status }, context)(view.state, view.dispatch, view)
        } else {
          const scale = context.ratingScale?.() ?? DEFAULT_RATING_SCALE
          const rating = scale.ratings.find((entry) => entry.key === key)
          if (rating) {
            setFactCheckAtCursor({ verdict: rating.id }, context)(view.state, view.dispatch, view)
          }
        }
        return true
      },
    },
  })
}
