import { keymap } from 'prosemirror-keymap'
import { Plugin, type Command } from 'prosemirror-state'
import { isEditing } from './mode-plugin'
import { moveToDisagreement, toggleIncludeGaps } from './review-commands'
import { reviewPluginKey } from './review-plugin'

/** What the review keys reach outside the editor (the panel asks for a reason or a comment). */
export interface ReviewKeyHooks {
  /** Accepts the other editor's tag on the selected sentence (A). */
  accept: () => void
  /** Asks for the reason to reject it (R). */
  reject: () => void
  /** Opens its comment thread (M). */
  comment: () => void
}

/** The review keys, by key: the letters and the bracket keys. */
export const REVIEW_KEYS = {
  next: ['n', ']'],
  previous: ['p', '['],
  accept: ['a'],
  reject: ['r'],
  comment: ['m'],
  gaps: ['g'],
} as const

function hook(run: () => void): Command {
  return () => {
    run()
    return true
  }
}

/**
 * The keys of review mode, active only while it is on and the text is not being edited: N or ]
 * and P or [ jump to the next and previous conflict (coverage gaps too once G has switched them
 * in); A accepts, R rejects (asking a reason)
 * and M comments on the other editor's tag on the selected sentence.
 */
export function reviewKeys(hooks: ReviewKeyHooks): Plugin {
  const bindings: Record<string, Command> = {}
  for (const key of REVIEW_KEYS.next) bindings[key] = moveToDisagreement(1)
  for (const key of REVIEW_KEYS.previous) bindings[key] = moveToDisagreement(-1)
  for (const key of REVIEW_KEYS.accept) bindings[key] = hook(hooks.accept)
  for (const key of REVIEW_KEYS.reject) bindings[key] = hook(hooks.reject)
  for (const key of REVIEW_KEYS.comment) bindings[key] = hook(hooks.comment)
  for (const key of REVIEW_KEYS.gaps) bindings[key] = toggleIncludeGaps
  const keys = keymap(bindings)
  return new Plugin({
    props: {
      handleKeyDown: (view, event) => {
        if (isEditing(view.state) || !reviewPluginKey.getState(view.state)?.active) return false
        // A disagreement key with nothing to jump to still belongs to review mode.
        const handled = keys.props.handleKeyDown?.call(keys, view, event) ?? false
        return (
          handled ||
          REVIEW_KEYS.next.includes(event.key as never) ||
          REVIEW_KEYS.previous.includes(event.key as never)
        )
      },
    },
  })
}
