import { dialog, type BrowserWindow } from 'electron'

/** The window a native dialog belongs to, when there is one (a sheet on macOS, modal elsewhere). */
export type DialogParent = () => BrowserWindow | null

/** Shows the system's save dialog over `parent()`'s window; the path chosen, or null if cancelled. */
export async function askSavePath(
  parent: DialogParent,
  options: Electron.SaveDialogOptions,
): Promise<string | null> {
  const window = parent()
  const result = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options)
  return result.canceled || !result.filePath ? null : result.filePath
}

/** Shows the system's open dialog over `parent()`'s window; the paths chosen ([] if cancelled). */
export async function askOpenPaths(
  parent: DialogParent,
  options: Electron.OpenDialogOptions,
): Promise<string[]> {
  const window = parent()
  const result = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options)
  return result.canceled ? [] : result.filePaths
}
