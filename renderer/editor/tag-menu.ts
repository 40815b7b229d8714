import type { Command } from 'prosemirror-state'
import type { TagMenuCommand } from '../../shared/model/menu-command'
import type { TagKind } from '../../shared/model/annotation'
import { clearTags, type TagContext } from './commands'
import { toggleReviewMode } from './review-commands'
import { tagSelectionAs } from './tag-selection'

/**
 * The editor command a Tag menu command stands for: the same commands the keys run. Null for
 * Edit Note, which opens the panel's note field (no change to the editor's state).
 */
export function tagMenuCommand(command: TagMenuCommand, context: TagContext): Command | null {
  if (command === 'edit-note') return null
  if (command === 'clear-tag') return clearTags(context)
  if (command === 'toggle-review') return toggleReviewMode
  return tagSelectionAs(command.slice('tag-'.length) as TagKind, context)
}
