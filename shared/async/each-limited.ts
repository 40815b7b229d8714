/**
 * Runs `task` on every item, at most `limit` at a time, and resolves when all are done (to the
 * results in the items' order). The first rejection rejects the whole, once the tasks already
 * started have settled; no task starts after it. Many small fsynced writes finish several times
 * sooner side by side than one after the other, because the file system commits them together.
 */
export async function eachLimited<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(
      `each-limited: the limit must be a whole number of at least 1, not ${limit}`,
    )
  }
  const results = new Array<R>(items.length)
  let next = 0
  let failure: { error: unknown } | null = null
  const worker = async (): Promise<void> => {
    while (failure === null && next < items.length) {
      const index = next
      next += 1
      try {
        results[index] = await task(items[index] as T, index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure !== null) throw (failure as { error: unknown }).error
  return results
}
