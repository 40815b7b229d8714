import type { LibraryStore } from '../store/library-store'
import type { GitTeam, TeamSyncReport } from './git-team'

/** Timings of a {@link TeamScheduler}; tests shorten them. */
export interface TeamSchedulerTiming {
  /** How often a sync runs (default 30 s). */
  intervalMs?: number
  /** How long after a save own work is committed (saves come in bursts; default 1.5 s). */
  commitDelayMs?: number
  /** The longest wait between syncs while the server fails (default 5 min). */
  maxBackoffMs?: number
}

/** Options of a {@link TeamScheduler}. */
export interface TeamSchedulerOptions {
  team: Pick<GitTeam, 'sync' | 'commitOwn'>
  store: LibraryStore
  timing?: TeamSchedulerTiming
  /** Each sync's report (the toolbar's state comes from it). */
  report?: (report: TeamSyncReport) => void
  /** A sync or commit that threw (git missing, history replaced …). */
  error?: (error: unknown) => void
}

/**
 * Runs a team's syncs on a timer (every 30 s by default) and on demand, and commits own work
 * shortly after saves, batched. A sync that finds the server unreachable, or whose push is
 * refused twice, or that fails, is retried with back-off (the interval doubled each time, up to
 * `maxBackoffMs`); a good sync returns to the interval. One sync at a time: asking while one
 * runs returns that one.
 */
export class TeamScheduler {
  private readonly timing: Required<TeamSchedulerTiming>
  private timer: ReturnType<typeof setTimeout> | null = null
  private commitTimer: ReturnType<typeof setTimeout> | null = null
  private running: Promise<TeamSyncReport | null> | null = null
  private failures = 0
  private stopped = false

  constructor(private readonly options: TeamSchedulerOptions) {
    this.timing = {
      intervalMs: 30_000,
      commitDelayMs: 1500,
      maxBackoffMs: 300_000,
      ...options.timing,
    }
  }

  /** The wait before the next sync: the interval, doubled for each failure in a row. */
  get nextDelayMs(): number {
    return Math.min(this.timing.intervalMs * 2 ** this.failures, this.timing.maxBackoffMs)
  }

  /** Syncs now, then on the timer. */
  start(): void {
    void this.syncNow()
  }

  /** The editor saved: own work is committed a moment later. */
  noteSaved(): void {
    if (this.stopped) return
    if (this.commitTimer) clearTimeout(this.commitTimer)
    this.commitTimer = setTimeout(() => {
      this.commitTimer = null
      this.options.team
        .commitOwn(this.options.store)
        .catch((error: unknown) => this.options.error?.(error))
    }, this.timing.commitDelayMs)
  }

  /** Syncs now (or joins the sync under way); resolves to its report, null if it threw. */
  syncNow(): Promise<TeamSyncReport | null> {
    if (this.running) return this.running
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    const run = this.options.team.sync(this.options.store).then(
      (report) => {
        this.failures =
          report.state === 'offline' || report.state === 'rejected' ? this.failures + 1 : 0
        this.options.report?.(report)
        return report
      },
      (error: unknown) => {
        this.failures += 1
        this.options.error?.(error)
        return null
      },
    )
    this.running = run.finally(() => {
      this.running = null
      if (!this.stopped) {
        this.timer = setTimeout(() => void this.syncNow(), this.nextDelayMs)
      }
    })
    return this.running
  }

  /** Stops the timers and waits for the sync under way. */
  async stop(): Promise<void> {
    this.stopped = true
    if (this.timer) clearTimeout(this.timer)
    if (this.commitTimer) clearTimeout(this.commitTimer)
    this.timer = null
    this.commitTimer = null
    await this.running
  }
}
