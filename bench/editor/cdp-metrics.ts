import type { CDPSession } from 'playwright-core'
import { ms } from './timing-summary'

/** Chromium's performance metrics now (script, style, layout and task durations, heap, nodes). */
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics')
  return Object.fromEntries(list.map((metric) => [metric.name, metric.value]))
}

/** Main-thread time per keystroke by kind, from CDP metric deltas (measuring included). */
export function perKey(
  before: Record<string, number>,
  after: Record<string, number>,
  keys: number,
) {
  const each = (name: string) => (((after[name] ?? 0) - (before[name] ?? 0)) * 1000) / keys
  return `main thread per key (CDP metrics): script ${ms(each('ScriptDuration'))}, style ${ms(each('RecalcStyleDuration'))}, layout ${ms(each('LayoutDuration'))}, all tasks ${ms(each('TaskDuration'))}`
}
