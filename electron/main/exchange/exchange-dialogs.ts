import type { ExchangeDialogs } from '../../core/exchange/exchange-dialogs'
import { askOpenPaths, askSavePath, type DialogParent } from '../native-dialog'

/** File-type filter of package files (`.factmark.json`, as the app and the CLI write them). */
const PACKAGE_FILTERS: Electron.FileFilter[] = [
  { name: 'Factmark package', extensions: ['json', 'factmark'] },
  { name: 'All files', extensions: ['*'] },
]

/** The native dialogs of package exchange, attached to the window `parent()` returns. */
export function electronExchangeDialogs(parent: DialogParent): ExchangeDialogs {
  const open = async (options: Electron.OpenDialogOptions) =>
    (await askOpenPaths(parent, options))[0] ?? null
  return {
    async choosePackageSaveFile(defaultName) {
      const options: Electron.SaveDialogOptions = {
        title: 'Export my tags',
        buttonLabel: 'Export',
        defaultPath: defaultName,
        filters: PACKAGE_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }
      return askSavePath(parent, options)
    },
    choosePackageFile: () =>
      open({
        title: 'Import another editor’s tags',
        buttonLabel: 'Import',
        properties: ['openFile'],
        filters: PACKAGE_FILTERS,
      }),
    chooseTeamFolder: () =>
      open({
        title: 'Choose the team folder',
        buttonLabel: 'Use This Folder',
        message: 'A folder that Dropbox, OneDrive, a network share or git keeps in sync.',
        properties: ['openDirectory', 'createDirectory'],
      }),
  }
}
