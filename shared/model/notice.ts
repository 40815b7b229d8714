/** A message for the editor from the main process (a recovered store, a failed save). */
export interface Notice {
  level: 'info' | 'warning' | 'error'
  message: string
}
