import { Low } from 'lowdb'
import { z } from 'zod'
import { join } from 'node:path'
import { editorRefSchema, type EditorRef } from '../../../shared/model/annotation'
import { editorIdFor } from '../../../shared/model/editor-id'
import { CorruptFileError, JsonFileAdapter } from './json-file'

const settingsSchema = z.strictObject({
  version: z.literal(1),
  editor: editorRefSchema,
})

/** The app's settings file. */
export type Settings = z.infer<typeof settingsSchema>

/** The settings of one library folder (`settings.json`): for now, who is editing. */
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
}
