/** The part of a BrowserWindow the close guard uses. */
export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown
  close(): void
  isDestroyed(): boolean
}

/**
 * Holds a window's first close until the renderer has saved its pending work: the close is
 * prevented, `askRenderer` tells the page, and the window closes when `release` is called (the
 * renderer's `readyToClose`) or after `timeoutMs`, so a hung page never traps the editor.
 */
export function guardClose(
  window: ClosableWindow,
  askRenderer: () => void,
  timeoutMs = 3000,
): { release: () => void } {
  let allowed = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const release = () => {
    if (allowed) return
    allowed = true
    if (timer) clearTimeout(timer)
    if (!window.isDestroyed()) window.close()
  }
  window.on('close', (event) => {
    if (allowed) return
    event.preventDefault()
    if (timer) return
    timer = setTimeout(release, timeoutMs)
    askRenderer()
  })
  return { release }
}
