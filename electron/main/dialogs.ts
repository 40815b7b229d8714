import { shell } from 'electron'
import type { ExportFormat } from '../../shared/export/types'
import type { Dialogs } from '../core/handlers'
import { IMPORT_FILE_EXTENSIONS } from '../core/import/import-files'
import { askOpenPaths, askSavePath, type DialogParent } from './native-dialog'

/** The save dialog's file-type filter for each export format. */
const EXPORT_FILTERS: { readonly [F in ExportFormat]: Electron.FileFilter } = {
  html: { name: 'Web page', extensions: ['html'] },
  md: { name: 'Markdown', extensions: ['md'] },
  w3c: { name: 'W3C Web Annotations (JSON-LD)', extensions: ['jsonld', 'json'] },
  csv: { name: 'CSV spreadsheet', extensions: ['csv'] },
  jsonl: { name: 'JSON Lines', extensions: ['jsonl'] },
  docx: { name: 'Word document', extensions: ['docx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  claimreview: { name: 'ClaimReview (JSON-LD)', extensions: ['jsonld', 'json'] },
}

/** The native dialogs, attached to the window `parent()` returns when it has one. */
export function electronDialogs(parent: DialogParent): Dialogs {
  return {
    async chooseExportFile(defaultName, format) {
      const options: Electron.SaveDialogOptions = {
        title: 'Export',
        buttonLabel: 'Export',
        defaultPath: defaultName,
        filters: [EXPORT_FILTERS[format] ?? { name: 'All files', extensions: ['*'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }
      return askSavePath(parent, options)
    },
    async chooseExportFolder() {
      const options: Electron.OpenDialogOptions = {
        title: 'Export the library into a folder',
        buttonLabel: 'Export Here',
        properties: ['openDirectory', 'createDirectory'],
      }
      return (await askOpenPaths(parent, options))[0] ?? null
    },
    showInFolder(path) {
      shell.showItemInFolder(path)
    },
    async chooseImportFiles() {
      const options: Electron.OpenDialogOptions = {
        title: 'Import articles',
        buttonLabel: 'Import',
        properties: ['openFile', 'multiSelections'],
        filters: [
          {
            name: 'Articles and annotations (web pages, Word, PDF, text, W3C JSON-LD)',
            extensions: IMPORT_FILE_EXTENSIONS.map((ext) => ext.slice(1)),
          },
          { name: 'All files', extensions: ['*'] },
        ],
      }
      return askOpenPaths(parent, options)
    },
  }
}
