import type { EditorRef } from './annotation'

/** What the Settings, Welcome and Switch Editor dialogs show: who is editing, and the team folder. */
export interface EditorSettings {
  /** The acting editor: new tags and reviews are written as them. */
  editor: EditorRef
  /** False until the editor has confirmed their name (the first-run welcome). */
  confirmed: boolean
  /** Every identity used on this machine, the acting editor first. */
  editors: EditorRef[]
  /** The team folder, or null when work is exchanged by package files only. */
  teamFolder: string | null
}

/** A change made in the Settings dialog. Paths never come from the page: main asks for them. */
export interface SettingsChange {
  /** The acting editor's new display name (their id stays the same). */
  name?: string | undefined
  /** `choose`: ask for a folder with the system's dialog; `none`: stop using a team folder. */
  teamFolder?: 'choose' | 'none' | undefined
}

/** Whom to act as: a local identity by id, or the editor with this name (new if unknown). */
export type EditorChoice = { id: string } | { name: string }
