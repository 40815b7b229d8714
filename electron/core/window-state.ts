import type { WindowState } from './store/settings-store'

/** A rectangle in screen coordinates (Electron's `Rectangle`). */
export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

/** The part of an Electron `Display` this module reads: the area not taken by task bars. */
export interface DisplayArea {
  workArea: Bounds
}

/** A window's size, and its place when a saved one is still on screen. */
export interface RestoredBounds {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

/** How much of a saved window must still show on some display for its position to be kept. */
export const MIN_VISIBLE = { width: 120, height: 60 } as const

/** The area two rectangles share (0 when they do not meet). */
function overlap(a: Bounds, b: Bounds): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return { width: Math.max(0, width), height: Math.max(0, height) }
}

/**
 * Where to open the window: the saved bounds when a large enough piece of them (its title bar's
 * width and some height) shows on one of `displays`, shrunk to fit and moved inside that display;
 * otherwise the saved size (or `defaults`) clamped to the largest display, with no position, so
 * the platform centres it. `minimum` is the window's minimum size; never goes below it.
 */
export function restoreBounds(
  saved: WindowState | undefined,
  displays: readonly DisplayArea[],
  defaults: { width: number; height: number },
  minimum: { width: number; height: number },
): RestoredBounds {
  const maximized = saved?.maximized ?? false
  const fit = (size: { width: number; height: number }, area: Bounds | undefined) => ({
    width: Math.max(minimum.width, area ? Math.min(size.width, area.width) : size.width),
    height: Math.max(minimum.height, area ? Math.min(size.height, area.height) : size.height),
  })
  if (saved) {
    const home = displays.find((display) => {
      const shared = overlap(saved, display.workArea)
      return shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height
    })
    if (home) {
      const area = home.workArea
      const size = fit(saved, area)
      const x = Math.min(Math.max(saved.x, area.x), area.x + Math.max(0, area.width - size.width))
      const y = Math.min(Math.max(saved.y, area.y), area.y + Math.max(0, area.height - size.height))
      return { x, y, ...size, maximized }
    }
  }
  const largest = [...displays].sort(
    (a, b) => b.workArea.width * b.workArea.height - a.workArea.width * a.workArea.height,
  )[0]
  return { ...fit(saved ?? defaults, largest?.workArea), maximized }
}

/** The part of a BrowserWindow that {@link captureWindowState} reads. */
export interface StatefulWindow {
  getNormalBounds(): Bounds
  isMaximized(): boolean
  isMinimized(): boolean
  isFullScreen(): boolean
}

/**
 * What to save of a window: its normal bounds (the ones it returns to from maximized) and whether
 * it is maximized. Full screen counts as maximized, so the next start does not open full screen.
 */
export function captureWindowState(window: StatefulWindow): WindowState {
  const bounds = window.getNormalBounds()
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized: window.isMaximized() || window.isFullScreen(),
  }
}
