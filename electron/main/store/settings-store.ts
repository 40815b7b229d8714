import { Low } from 'lowdb'
import { z } from 'zod'
import { join } from 'node:path'
import { editorRefSchema, type EditorRef } from '../../../shared/model/annotation'
import { articleIdSchema } from '../../../shared/model/article'
import { editorIdFor } from '../../../shared/model/editor-id'
import { CorruptFileError, JsonFileAdapter } from './json-file'

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

// Version 1 as first written had only `editor`; the later fields are optional, so those files
// still load unchanged.
const settingsSchema = z.strictObject({
  version: z.literal(1),
  editor: editorRefSchema,
  window: windowStateSchema.optional(),
  recent: z.array(articleIdSchema).max(MAX_RECENT_ARTICLES).optional(),
})

/** The app's settings file. */
export type Settings = z.infer<typeof settingsSchema>

/**
 * The settings of one library folder (`settings.json`): who is editing, where the window was,
 * and the articles opened last.
 */
export class SettingsStore {
  private constructor(private readonly db: Low<Settings>) {}

  /** Opens the settings, starting from `defaultName` as the editor's name when there are none. */
  static async open(dataDir: string, defaultName: string): Promise<SettingsStore> {
    const name = defaultName.trim() || 'Editor'
    const fallback: Settings = { version: 1, editor: { id: editorIdFor(name), name } }
    const db = new Low(
      new JsonFileAdapter(join(dataDir, 'settings.json'), (data) => settingsSchema.parse(data)),
      fallback,
    )
    try {
      await db.read()
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error
      db.data = fallback
    }
    return new SettingsStore(db)
  }

  /** The acting editor. */
  get editor(): EditorRef {
    return this.db.data.editor
  }

  /** Changes the acting editor's name (and so their id). */
  async setEditorName(name: string): Promise<EditorRef> {
    const clean = editorRefSchema.shape.name.parse(name)
    this.db.data = { ...this.db.data, editor: { id: editorIdFor(clean), name: clean } }
    await this.db.write()
    return this.db.data.editor
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
}
