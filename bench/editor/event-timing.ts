import type { Page } from 'playwright-core'
import { ms, percentile } from './timing-summary'

/** Starts collecting Chromium's Event Timing entries (input to next paint) of 16 ms or more. */
export async function observeEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    const found: { name: string; duration: number }[] = []
    Object.assign(window, { benchEvents: found })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        found.push({ name: entry.name, duration: entry.duration })
      }
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
  })
}

/** The Event Timing durations of `name` events collected since the last call. */
export async function takeEvents(page: Page, name: string): Promise<number[]> {
  return page.evaluate(async (wanted) => {
    // Entries are reported after the paint that ends them; give the last ones time to arrive.
    await new Promise((resolve) => setTimeout(resolve, 200))
    const found = (window as unknown as { benchEvents: { name: string; duration: number }[] })
      .benchEvents
    const durations = found.filter((entry) => entry.name === wanted).map((entry) => entry.duration)
    found.length = 0
    return durations
  }, name)
}

/** Chromium's Event Timing of `keys` keydowns, from the `durations` of those of 16 ms or more. */
export function eventSummary(durations: number[], keys: number): string {
  const p95 =
    durations.length >= keys * 0.05
      ? `p95 ${ms(percentile([...durations, ...Array<number>(Math.max(0, keys - durations.length)).fill(0)], 0.95))}`
      : 'p95 under 16 ms'
  const max = durations.length > 0 ? `, max ${ms(Math.max(...durations))}` : ''
  return `Chromium Event Timing (keydown → next paint, 8 ms steps): ${durations.length} of ${keys} took 16 ms or more; ${p95}${max}`
}
