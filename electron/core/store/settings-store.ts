import { Low } from 'lowdb'
import { z } from 'zod'
import { join } from 'node:path'
import { editorRefSchema, type EditorRef } from '../../../shared/model/annotation'
import { FactmarkError } from '../../../shared/ipc/result'
import { articleIdSchema } from '../../../shared/model/article'
import { factCheckSettingsSchema, type FactCheckSettings } from '../../../shared/model/fact-check'
import { editorIdFor } from '../../../shared/model/editor-id'
import type { Notice } from '../../../shared/model/notice'
import { BackupRotation } from './backup-rotation'
import { readOrRecover } from './file-recovery'
import { JsonFileAdapter } from './json-file'
import { salvageSettings, settingsLostNotice, settingsRestoredNotice } from './settings-recovery'
import { BACKUPS_FOLDER } from './store-context'
import { nodeStoreFs, type StoreFs } from './store-fs'

/** How many recently opened articles the settings remember. */
export const MAX_RECENT_ARTICLES = 10

const coordinate = z.number().int().min(-100_000).max(100_000)
const extent = z.number().int().min(1).max(100_000)

/** A window's saved place: its normal (unmaximized) bounds and whether it was maximized. */
export const windowStateSchema = z.strictObject({
  x: coordinate,
  y: coordinate,
  width: extent,
  height: extent,
  maximized: z.boolean(),
})

/** A window's saved place (see {@link windowStateSchema}). */
export type WindowState = z.infer<typeof windowStateSchema>

/** How many local identities (File > Switch Editor) the settings remember. */
export const MAX_LOCAL_EDITORS = 50

/** A team folder's path as the settings keep it: absolute, no NUL. */
export const teamFolderSchema = z
  .string()
  .min(1)
  .max(4096)
  .refine((path) => !path.includes('\0'), 'a path cannot hold a NUL character')

// Version 1 as first written had only `editor`; the later fields are optional, so those files
// still load unchanged.
const settingsSchema = z.strictObject({
  version: z.literal(1),
  editor: editorRefSchema,
  window: windowStateSchema.optional(),
  recent: z.array(articleIdSchema).max(MAX_RECENT_ARTICLES).optional(),
  /** True once the editor has confirmed their name (the first-run welcome). */
  confirmed: z.boolean().optional(),
  /** Other identities used on this machine, besides `editor`, to switch back to. */
  editors: z.array(editorRefSchema).max(MAX_LOCAL_EDITORS).optional(),
  /** The shared folder each editor writes their own package into (see electron/main/sync). */
  teamFolder: teamFolderSchema.optional(),
  /** The fact-check pipeline's rating scale, publisher and fact-check address pattern. */
  factCheck: factCheckSettingsSchema.optional(),
})

/** The app's settings file. */
export type Settings = z.infer<typeof settingsSchema>

/** Reads settings data, or throws a RangeError naming its first problems in words. */
function parseSettings(data: unknown): Settings {
  const parsed = settingsSchema.safeParse(data)
  if (parsed.success) return parsed.data
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`)
    .join('; ')
  throw new RangeError(`not a settings file (${issues})`)
}

/** The settings file's key in the library's backups. */
export const SETTINGS_BACKUP_KEY = 'settings'

/** Options of {@link SettingsStore.open}. */
export interface SettingsStoreOptions {
  /** The file system (tests inject faults through it). */
  fs?: StoreFs
  /** Shows a notice (settings restored); without it, notices wait for `takeNotices`. */
  onNotice?: (notice: Notice) => void
}

/**
 * The settings of one library folder (`settings.json`): who is editing (and the other identities
 * used on this machine), where the window was, the articles opened last, and the team folder.
 */
export class SettingsStore {
  private readonly pending: Notice[] = []

  private constructor(private readonly db: Low<Settings>) {}

  /**
   * Opens the settings, starting from `defaultName` as the editor's name when there are none.
   * Every save keeps a checksummed copy in the library's backups, like every store file. A
   * damaged `settings.json` is moved aside, never overwritten, and restored from its newest
   * backup that verifies; with no such backup, what can be read from the damaged copy (the
   * editor first) is kept. Either way the editor is told (a notice), so that who they are never
   * changes silently.
   */
  static async open(
    dataDir: string,
    defaultName: string,
    options: SettingsStoreOptions = {},
  ): Promise<SettingsStore> {
    const fs = options.fs ?? nodeStoreFs
    const name = defaultName.trim() || 'Editor'
    const fallback: Settings = { version: 1, editor: { id: editorIdFor(name), name } }
    const backups = new BackupRotation(join(dataDir, BACKUPS_FOLDER), undefined, fs)
    const adapter = new JsonFileAdapter(join(dataDir, 'settings.json'), parseSettings, {
      fs,
      backups,
      backupKey: SETTINGS_BACKUP_KEY,
    })
    const db = new Low(adapter, fallback)
    const loaded = await readOrRecover(adapter, SETTINGS_BACKUP_KEY, 'Your settings', {
      fs,
      backups,
    })
    const store = new SettingsStore(db)
    if (loaded.kind === 'ok') db.data = loaded.data
    if (loaded.kind === 'restored') {
      db.data = loaded.data
      store.notify(
        settingsRestoredNotice(
          loaded.damage?.reason ?? '',
          loaded.damage?.aside ?? null,
          loaded.modified.toISOString(),
          loaded.data.editor.name,
        ),
        options,
      )
      await adapter.writeBytes(loaded.bytes).catch(() => undefined)
    }
    if (loaded.kind === 'lost') {
      const damaged = await fs.readFile(loaded.aside).catch(() => Buffer.alloc(0))
      const kept = salvageSettings(damaged.toString('utf8'), settingsSchema)
      db.data = { ...fallback, ...kept, version: 1 }
      store.notify(
        settingsLostNotice(loaded.reason, loaded.aside, db.data.editor.name, !!kept.editor),
        options,
      )
      await db.write().catch(() => undefined)
    }
    return store
  }

  /** The notices not shown yet (settings restored); each is returned once. */
  takeNotices(): Notice[] {
    return this.pending.splice(0)
  }

  private notify(notice: Notice, options: SettingsStoreOptions): void {
    if (options.onNotice) options.onNotice(notice)
    else this.pending.push(notice)
  }

  /** The acting editor. */
  get editor(): EditorRef {
    return this.db.data.editor
  }

  /** Changes the acting editor's name (and so their id); the CLI's and older tests' way. */
  async setEditorName(name: string): Promise<EditorRef> {
    const clean = editorRefSchema.shape.name.parse(name)
    this.db.data = { ...this.db.data, editor: { id: editorIdFor(clean), name: clean } }
    await this.db.write()
    return this.db.data.editor
  }

  /** Whether the editor has confirmed their name (false until the first-run welcome is done). */
  get confirmed(): boolean {
    return this.db.data.confirmed === true
  }

  /**
   * Every identity used on this machine, the acting editor first, then the others by name: the
   * editors File > Switch Editor offers.
   */
  get localEditors(): readonly EditorRef[] {
    const others = (this.db.data.editors ?? [])
      .filter((editor) => editor.id !== this.editor.id)
      .sort((a, b) => a.name.localeCompare(b.name))
    return [this.editor, ...others]
  }

  /**
   * Acts as the editor named `name` (trimmed, 1–100 characters) from now on: the identity whose
   * id {@link editorIdFor} gives for the name, taken up again (with this spelling) if it was
   * used here before, or new. The previous identity stays in {@link localEditors}. Confirms the
   * name (the first-run welcome uses this).
   */
  async actAs(name: string): Promise<EditorRef> {
    const clean = editorRefSchema.shape.name.parse(name)
    return this.become({ id: editorIdFor(clean), name: clean })
  }

  /** Acts as the local identity `id` (one of {@link localEditors}); a not-found error otherwise. */
  async switchTo(id: string): Promise<EditorRef> {
    const known = this.localEditors.find((editor) => editor.id === id)
    if (!known) {
      throw new FactmarkError('not-found', `No editor with id ${id} has worked on this machine.`)
    }
    return this.become(known)
  }

  /**
   * Renames the acting editor, keeping their id: the id is what their tags and reviews point to
   * (and the name of their team-folder file), so a new spelling must not make them a stranger to
   * their own work. Records keep the name they were made under until they are next changed.
   */
  async renameEditor(name: string): Promise<EditorRef> {
    const clean = editorRefSchema.shape.name.parse(name)
    return this.become({ id: this.editor.id, name: clean })
  }

  private async become(editor: EditorRef): Promise<EditorRef> {
    const previous = this.editor
    const editors = [
      ...(this.db.data.editors ?? []).filter(
        (other) => other.id !== editor.id && other.id !== previous.id,
      ),
      ...(previous.id === editor.id ? [] : [previous]),
    ].slice(-MAX_LOCAL_EDITORS)
    this.db.data = { ...this.db.data, editor, editors, confirmed: true }
    await this.db.write()
    return editor
  }

  /** The team folder, if one is set. */
  get teamFolder(): string | null {
    return this.db.data.teamFolder ?? null
  }

  /** Sets (a path) or clears (null) the team folder. */
  async setTeamFolder(folder: string | null): Promise<void> {
    const { teamFolder: _old, ...rest } = this.db.data
    this.db.data = folder === null ? rest : { ...rest, teamFolder: teamFolderSchema.parse(folder) }
    await this.db.write()
  }

  /** The main window's saved place, if it was ever saved. */
  get windowState(): WindowState | undefined {
    return this.db.data.window
  }

  /** Saves the main window's place. */
  async setWindowState(state: WindowState): Promise<void> {
    this.db.data = { ...this.db.data, window: windowStateSchema.parse(state) }
    await this.db.write()
  }

  /** The ids of the articles opened last, most recent first. */
  get recentArticles(): readonly string[] {
    return this.db.data.recent ?? []
  }

  /**
   * Puts `id` first in the recent articles (once), keeping {@link MAX_RECENT_ARTICLES}; returns
   * the new list. Writes nothing when `id` already was first.
   */
  async addRecentArticle(id: string): Promise<readonly string[]> {
    const clean = articleIdSchema.parse(id)
    const current = this.recentArticles
    if (current[0] === clean) return current
    const recent = [clean, ...current.filter((other) => other !== clean)].slice(
      0,
      MAX_RECENT_ARTICLES,
    )
    this.db.data = { ...this.db.data, recent }
    await this.db.write()
    return recent
  }

  /**
   * Takes `id` out of the recent articles (a deleted article); returns the new list and where
   * `id` was in the old one (-1 when it was not there, and nothing is written).
   */
  async removeRecentArticle(id: string): Promise<{ recent: readonly string[]; position: number }> {
    const current = this.recentArticles
    const position = current.indexOf(id)
    if (position === -1) return { recent: current, position }
    const recent = current.filter((other) => other !== id)
    this.db.data = { ...this.db.data, recent }
    await this.db.write()
    return { recent, position }
  }

  /**
   * Puts `id` back into the recent articles at `position` (where {@link removeRecentArticle}
   * found it), keeping {@link MAX_RECENT_ARTICLES}; returns the new list.
   */
  async insertRecentArticle(id: string, position: number): Promise<readonly string[]> {
    const clean = articleIdSchema.parse(id)
    const others = this.recentArticles.filter((other) => other !== clean)
    const at = Math.max(0, Math.min(position, others.length))
    const recent = [...others.slice(0, at), clean, ...others.slice(at)].slice(
      0,
      MAX_RECENT_ARTICLES,
    )
    this.db.data = { ...this.db.data, recent }
    await this.db.write()
    return recent
  }

  /** The fact-check settings: rating scale, publisher and fact-check address pattern ({} unset). */
  get factCheck(): FactCheckSettings {
    return this.db.data.factCheck ?? {}
  }

  /** Replaces the fact-check settings (checked against their schema); returns them. */
  async setFactCheck(value: FactCheckSettings): Promise<FactCheckSettings> {
    const factCheck = factCheckSettingsSchema.parse(value)
    this.db.data = { ...this.db.data, factCheck }
    await this.db.write()
    return factCheck
  }
}
