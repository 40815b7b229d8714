import type { TagMenuCommand } from '../shared/model/menu-command'
import { TAG_KINDS } from '../shared/model/tag-kinds'

/** A listener of the Tag menu's commands. */
export type MenuCommandListener = (command: TagMenuCommand) => void

const listeners = new Set<MenuCommandListener>()

/**
 * Listens to the Tag menu's commands (App forwards them from the main process); the open
 * article's editor subscribes while it is mounted. Returns a function that stops listening.
 */
export function onMenuCommand(listener: MenuCommandListener): () => void {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** Hands a Tag menu command to every listener; false when nobody listens (no article open). */
export function dispatchMenuCommand(command: TagMenuCommand): boolean {
  for (const listener of [...listeners]) listener(command)
  return listeners.size > 0
}

/** Whether a menu command is one of the Tag menu's, for the editor. */
export function isTagMenuCommand(command: string): command is TagMenuCommand {
  return TAG_MENU_COMMANDS.has(command)
}

const TAG_MENU_COMMANDS: ReadonlySet<string> = new Set<TagMenuCommand>([
  ...TAG_KINDS.map((kind) => `tag-${kind}` as const),
  'clear-tag',
  'edit-note',
  'toggle-review',
])
