import { homedir } from 'node:os'
import { join } from 'node:path'

/** The application's name, which names its data folder on every platform. */
export const APP_NAME = 'Factmark'

/**
 * Where the library lives unless `--data-dir` or `FACTMARK_DATA_DIR` says otherwise: a `library`
 * folder inside the per-user application-data folder that Electron's `userData` uses on each
 * platform. The desktop app and the CLI both call this, so they share one library.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (env.FACTMARK_DATA_DIR) return env.FACTMARK_DATA_DIR
  let appData: string
  if (platform === 'win32') appData = env.APPDATA ?? join(home, 'AppData', 'Roaming')
  else if (platform === 'darwin') appData = join(home, 'Library', 'Application Support')
  else appData = env.XDG_CONFIG_HOME ?? join(home, '.config')
  return join(appData, APP_NAME, 'library')
}
