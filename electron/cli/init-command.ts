import type { CommandContext } from './command-context'
import { actingEditor, loginName } from './acting-editor'
import { text } from './command-context'
import { withLibrary } from './with-library'

/**
 * `factmark init [--editor NAME]`: creates the library in the data folder (or opens the one
 * there), sets its editor when --editor is given, and says where the library is and whose it is.
 */
export async function initCommand(context: CommandContext): Promise<number> {
  const { UsageError } = await import('./usage-error')
  if (context.args.length > 0) throw new UsageError('init takes no arguments')
  const count = await withLibrary(context.dataDir, context.io, async (store) => store.list().length)
  const { SettingsStore } = await import('../core/store/settings-store')
  const settings = await SettingsStore.open(context.dataDir, loginName())
  const name = text(context, 'editor')
  const editor =
    name === undefined
      ? settings.editor
      : await settings.setEditorName((await actingEditor(context.dataDir, name)).name)
  context.io.stdout(
    `Library in ${context.dataDir}: ${count} article${count === 1 ? '' : 's'}; its editor is ${editor.name}.\n`,
  )
  return 0
}
