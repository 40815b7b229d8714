/** A message for the editor from the main process (a recovered store, a failed save). */
export interface Notice {
  level: 'info' | 'warning' | 'error'
  message: string
  /** Technical details (a system code such as ENOENT, a path), shown in a "Details" fold. */
  details?: string
}
