import { writeFile } from 'node:fs/promises'
import type { CDPSession } from 'playwright-core'

/**
 * Where to write a CPU profile of the in-page tag keys (BENCH_EDITOR_PROFILE=path), or null to
 * take none: the way to see where a key's time goes, function by function.
 */
export const PROFILE_PATH = process.env.BENCH_EDITOR_PROFILE || null

/**
 * Where to write a CPU profile of the last opening of the article (BENCH_EDITOR_PROFILE_OPEN=path),
 * or null to take none: the way to see where the renderer's own work on an opening goes. The
 * openings timed under it are slowed, so leave it unset for the figures.
 */
export const OPEN_PROFILE_PATH = process.env.BENCH_EDITOR_PROFILE_OPEN || null

/**
 * Runs `work` under Chromium's sampling CPU profiler (a sample every 100 µs) and writes the
 * profile to `path` as a `.cpuprofile` (Chromium's DevTools open it), returning what `work` did.
 * The profiler slows the page: figures timed under it compare only with each other.
 */
export async function withCpuProfile<T>(
  cdp: CDPSession,
  path: string,
  work: () => Promise<T>,
): Promise<T> {
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  try {
    return await work()
  } finally {
    const { profile } = await cdp.send('Profiler.stop')
    await cdp.send('Profiler.disable')
    await writeFile(path, JSON.stringify(profile))
  }
}
