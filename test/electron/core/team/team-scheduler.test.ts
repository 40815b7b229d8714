import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TeamSyncReport } from '../../../../electron/core/team/git-team'
import { TeamScheduler } from '../../../../electron/core/team/team-scheduler'
import type { LibraryStore } from '../../../../electron/core/store/library-store'

function report(state: TeamSyncReport['state']): TeamSyncReport {
  return {
    state,
    received: 0,
    sent: 0,
    changedArticles: [],
    addedArticles: [],
    refused: [],
    forcePush: false,
    message: null,
    outgoing: 0,
    lastSync: null,
    refusedKept: 0,
    admin: false,
  }
}

/** A team whose syncs answer from a script of states, counting calls. */
function scriptedTeam(states: TeamSyncReport['state'][]) {
  const calls = { sync: 0, commit: 0 }
  const team = {
    sync: async () => {
      const state = states[Math.min(calls.sync, states.length - 1)] ?? 'synced'
      calls.sync += 1
      return report(state)
    },
    commitOwn: async () => {
      calls.commit += 1
      return 1
    },
  }
  return { team, calls }
}

const store = {} as LibraryStore

afterEach(() => {
  vi.useRealTimers()
})

describe('TeamScheduler', () => {
  it('syncs on start and then on the interval', async () => {
    vi.useFakeTimers()
    const { team, calls } = scriptedTeam(['synced'])
    const reports: string[] = []
    const scheduler = new TeamScheduler({
      team,
      store,
      timing: { intervalMs: 1000 },
      report: (value) => reports.push(value.state),
    })
    scheduler.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(calls.sync).toBe(1)
    await vi.advanceTimersByTimeAsync(1000)
    expect(calls.sync).toBe(2)
    await vi.advanceTimersByTimeAsync(3000)
    expect(calls.sync).toBe(5)
    expect(reports.every((state) => state === 'synced')).toBe(true)
    await scheduler.stop()
    await vi.advanceTimersByTimeAsync(5000)
    expect(calls.sync).toBe(5)
  })

  it('backs off while the server is unreachable, and returns to the interval once it is back', async () => {
    vi.useFakeTimers()
    const { team, calls } = scriptedTeam(['offline', 'offline', 'offline', 'synced'])
    const scheduler = new TeamScheduler({
      team,
      store,
      timing: { intervalMs: 1000, maxBackoffMs: 3000 },
    })
    scheduler.start()
    await vi.advanceTimersByTimeAsync(0)
    expect(scheduler.nextDelayMs).toBe(2000)
    await vi.advanceTimersByTimeAsync(1999)
    expect(calls.sync).toBe(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls.sync).toBe(2)
    expect(scheduler.nextDelayMs).toBe(3000) // capped
    await vi.advanceTimersByTimeAsync(3000)
    expect(calls.sync).toBe(3)
    await vi.advanceTimersByTimeAsync(3000)
    expect(calls.sync).toBe(4)
    expect(scheduler.nextDelayMs).toBe(1000)
    await scheduler.stop()
  })

  it('commits own work once after a burst of saves, and joins a sync under way', async () => {
    vi.useFakeTimers()
    const { team, calls } = scriptedTeam(['synced'])
    const scheduler = new TeamScheduler({
      team,
      store,
      timing: { commitDelayMs: 100, intervalMs: 60_000 },
    })
    for (let save = 0; save < 5; save += 1) {
      scheduler.noteSaved()
      await vi.advanceTimersByTimeAsync(50)
    }
    expect(calls.commit).toBe(0)
    await vi.advanceTimersByTimeAsync(100)
    expect(calls.commit).toBe(1)
    const first = scheduler.syncNow()
    expect(scheduler.syncNow()).toBe(first)
    await first
    expect(calls.sync).toBe(1)
    await scheduler.stop()
  })
})
