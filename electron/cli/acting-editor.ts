import { userInfo } from 'node:os'
import { editorRefSchema, type EditorRef } from '../../shared/model/annotation'
import { editorIdFor } from '../../shared/model/editor-id'
import { SettingsStore } from '../core/store/settings-store'
import { printSettingsNotice } from './settings-notices'
import { UsageError } from './usage-error'

/**
 * Opens the library's settings for a CLI command: a damaged `settings.json` is restored (see
 * `SettingsStore.open`) and the editor told on stderr, so their identity never changes silently.
 */
export function openSettings(dataDir: string, defaultName: string): Promise<SettingsStore> {
  return SettingsStore.open(dataDir, defaultName, {
    onNotice: (notice) => printSettingsNotice(notice.message),
  })
}

/** The login name, or '' where the system has none (the settings then default to "Editor"). */
export function loginName(): string {
  try {
    return userInfo().username
  } catch {
    return ''
  }
}

/**
 * Who a CLI command acts as: `--editor NAME` (checked as the app checks an editor's name), or the
 * library's editor from its settings.
 */
export async function actingEditor(dataDir: string, name: string | undefined): Promise<EditorRef> {
  if (name === undefined) return (await openSettings(dataDir, loginName())).editor
  const parsed = editorRefSchema.shape.name.safeParse(name)
  if (!parsed.success) {
    throw new UsageError(`--editor is not valid: ${parsed.error.issues[0]?.message ?? 'bad name'}`)
  }
  return { id: editorIdFor(parsed.data), name: parsed.data }
}
