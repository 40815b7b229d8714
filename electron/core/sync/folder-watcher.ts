import { watch, type FSWatcher } from 'node:fs'

/** Options of {@link watchFolder}. */
export interface FolderWatchOptions {
  /** How long to wait after the last change event before calling back (default 400 ms). */
  debounceMs?: number
  /** How often to call back anyway, for folders whose changes raise no events (default 10 s). */
  pollMs?: number
  /** Whether to listen to the system's change events at all (default true). */
  events?: boolean
}

/**
 * Calls `onChange` when something in `folder` may have changed: shortly after the system's
 * change events (`fs.watch`, debounced, since a sync client writes a file in several steps) and
 * every `pollMs` regardless, because network shares and some sync clients raise no events. When
 * `fs.watch` is not available or fails, polling alone carries on. Returns a function that stops.
 */
export function watchFolder(
  folder: string,
  onChange: () => void,
  options: FolderWatchOptions = {},
): () => void {
  const debounceMs = options.debounceMs ?? 400
  let debounce: ReturnType<typeof setTimeout> | null = null
  let watcher: FSWatcher | null = null
  const soon = () => {
    if (debounce) clearTimeout(debounce)
    debounce = setTimeout(() => {
      debounce = null
      onChange()
    }, debounceMs)
  }
  if (options.events ?? true) {
    try {
      watcher = watch(folder, { persistent: false }, soon)
      watcher.on('error', () => {
        watcher?.close()
        watcher = null
      })
    } catch {
      // Not supported here (some network file systems): polling below still notices changes.
      watcher = null
    }
  }
  const poll = setInterval(onChange, options.pollMs ?? 10_000)
  poll.unref?.()
  return () => {
    clearInterval(poll)
    if (debounce) clearTimeout(debounce)
    watcher?.close()
    watcher = null
  }
}
