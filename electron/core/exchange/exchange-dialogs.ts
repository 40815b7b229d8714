/** The native dialogs of package exchange and the team folder; Electron's in the app (electron/main/exchange/exchange-dialogs.ts), fakes in tests. */
export interface ExchangeDialogs {
  /** Asks where to save a package, offering `defaultName`; null when the editor cancels. */
  choosePackageSaveFile(defaultName: string): Promise<string | null>
  /** Asks for a package file to import; null when the editor cancels. */
  choosePackageFile(): Promise<string | null>
  /** Asks for the team folder; null when the editor cancels. */
  chooseTeamFolder(): Promise<string | null>
}
