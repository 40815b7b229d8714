import { dialog, type BrowserWindow } from 'electron'
import type { Dialogs } from './handlers'
import { PLAIN_TEXT_EXTENSIONS } from './import/import-files'

/** The native dialogs, attached to the window `parent()` returns when it has one. */
export function electronDialogs(parent: () => BrowserWindow | null): Dialogs {
  return {
    async chooseImportFiles() {
      const options: Electron.OpenDialogOptions = {
        title: 'Import articles',
        buttonLabel: 'Import',
        properties: ['openFile', 'multiSelections'],
        filters: [
          { name: 'Articles', extensions: PLAIN_TEXT_EXTENSIONS.map((ext) => ext.slice(1)) },
          { name: 'All files', extensions: ['*'] },
        ],
      }
      const window = parent()
      const result = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? [] : result.filePaths
    },
  }
}
