import type { TagKind } from './tag-kinds'

/** Commands the application menu sends to the renderer. */
export type MenuCommand =
  | 'import'
  | 'export'
  | 'show-library'
  | 'shortcuts'
  | 'about'
  | 'agreement'
  /** Review > Story View…: the library's stories, to compare several outlets' articles. */
  | 'story-view'
  /** View > Claims Board: every claim and disputed tag of the library. */
  | 'claims-board'
  | IdentityMenuCommand
  | TagMenuCommand

/** Settings, switching editor, and package exchange: the commands of identity and sync. */
export type IdentityMenuCommand = 'settings' | 'switch-editor' | 'export-package' | 'import-package'

/** The Tag menu's commands, which the renderer routes to the open article's editor. */
export type TagMenuCommand =
  | `tag-${TagKind}`
  | 'clear-tag'
  | 'edit-note'
  /** Review > Review Mode: compare editors' tags on the open article. */
  | 'toggle-review'
