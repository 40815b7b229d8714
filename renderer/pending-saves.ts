const flushers = new Set<() => Promise<void>>()

/** Registers a function that saves pending work at once; returns a function that unregisters it. */
export function registerFlush(flush: () => Promise<void>): () => void {
  flushers.add(flush)
  return () => {
    flushers.delete(flush)
  }
}

/** Saves all pending work (before the window closes); failures are left to each saver to show. */
export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushers].map((flush) => flush()))
}
