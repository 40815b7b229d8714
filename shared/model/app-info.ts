/** Facts about the running app that the renderer shows (About box, settings). */
export interface AppInfo {
  name: string
  version: string
  dataDir: string
  platform: string
}
