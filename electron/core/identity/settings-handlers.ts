import { access, constants, stat } from 'node:fs/promises'
import { isAbsolute, relative, resolve } from 'node:path'
import type { Handlers } from '../../../shared/ipc/contract'
import { FactmarkError } from '../../../shared/ipc/result'
import type { EditorSettings } from '../../../shared/model/editor-settings'
import type { ExchangeDialogs } from '../exchange/exchange-dialogs'
import type { SettingsStore } from '../store/settings-store'
import { errorCode } from '../store/store-fs'
import type { TeamSync } from '../sync/team-sync'

/** What the settings and identity handlers work on. */
export interface SettingsHandlerContext {
  settings: SettingsStore
  /** The library folder: a team folder may not be inside it. */
  dataDir: string
  /** Asks for the team folder; without it the folder cannot be chosen. */
  dialogs?: ExchangeDialogs | undefined
  /** The running team-folder exchange, told about new folders and editors. */
  teamSync?: TeamSync | undefined
}

/** The settings as the dialogs show them. */
export function editorSettings(settings: SettingsStore): EditorSettings {
  return {
    editor: settings.editor,
    confirmed: settings.confirmed,
    editors: [...settings.localEditors],
    teamFolder: settings.teamFolder,
  }
}

/**
 * Checks that `chosen` can be the team folder: an existing folder Factmark may write into, and
 * not the library folder or inside it (the library is one program's alone; the team folder is
 * everyone's). Returns its absolute path.
 */
export async function checkTeamFolder(chosen: string, dataDir: string): Promise<string> {
  const folder = resolve(chosen)
  const inside = relative(resolve(dataDir), folder)
  if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
    throw new FactmarkError(
      'invalid-argument',
      'The team folder cannot be the library folder or inside it: choose a folder of its own.',
    )
  }
  try {
    if (!(await stat(folder)).isDirectory()) {
      throw new FactmarkError('invalid-argument', `${folder} is not a folder.`)
    }
    await access(folder, constants.R_OK | constants.W_OK)
  } catch (error) {
    if (error instanceof FactmarkError) throw error
    const code = errorCode(error)
    throw new FactmarkError(
      'invalid-argument',
      code === 'ENOENT'
        ? `The folder ${folder} does not exist.`
        : `Factmark may not read and write the folder ${folder}.`,
    )
  }
  return folder
}

/**
 * The handlers of identity and settings: who is editing (first-run welcome, rename, switch) and
 * the team folder. Switching editor writes the previous editor's team file first, so nothing of
 * theirs waits unwritten while someone else is the acting editor.
 */
export function settingsHandlers(
  context: SettingsHandlerContext,
): Pick<
  Handlers,
  'getSettings' | 'updateSettings' | 'listEditors' | 'setEditor' | 'getSyncStatus' | 'addTeamEditor'
> {
  const { settings, teamSync } = context
  return {
    getSettings: () => editorSettings(settings),
    listEditors: () => [...settings.localEditors],
    setEditor: async (choice) => {
      await teamSync?.writeNow()
      if ('id' in choice) await settings.switchTo(choice.id)
      else await settings.actAs(choice.name)
      void teamSync?.refresh()
      return editorSettings(settings)
    },
    updateSettings: async ({ name, teamFolder }) => {
      if (name !== undefined && name.trim() !== settings.editor.name) {
        await settings.renameEditor(name)
        teamSync?.noteSaved()
      }
      if (teamFolder === 'none') {
        await settings.setTeamFolder(null)
        await teamSync?.setFolder(null)
      } else if (teamFolder === 'choose') {
        if (!context.dialogs) {
          throw new FactmarkError('cancelled', 'No folder can be chosen here.')
        }
        const chosen = await context.dialogs.chooseTeamFolder()
        if (chosen !== null) {
          const folder = await checkTeamFolder(chosen, context.dataDir)
          await settings.setTeamFolder(folder)
          await teamSync?.setFolder(folder)
        }
      }
      return editorSettings(settings)
    },
    getSyncStatus: () => teamSync?.status ?? { state: 'off' },
    addTeamEditor: async ({ editorId, publicKey }) => {
      if (!teamSync) throw new FactmarkError('invalid-argument', 'This library is in no team.')
      try {
        await teamSync.addToRoster(editorId, publicKey)
      } catch (error) {
        throw new FactmarkError(
          'invalid-argument',
          (error instanceof Error ? error.message : String(error)).replace(/^[a-z-]+: /, ''),
        )
      }
      return teamSync.status
    },
  }
}
