import { describe, expect, it } from 'vitest'
import { describeSyncStatus, timeAgo, type SyncStatus } from '../../../shared/sync/sync-status'

const NOW = Date.parse('2025-11-17T12:00:00.000Z')

function synced(changes: Partial<Extract<SyncStatus, { editors: number }>> = {}): SyncStatus {
  return {
    state: 'synced',
    folder: '/srv/team',
    lastSync: '2025-11-17T11:58:00.000Z',
    editors: 3,
    missingArticles: 0,
    refused: 0,
    ...changes,
  }
}

describe('describeSyncStatus', () => {
  it('says when the folder was last synced and how many editors share it', () => {
    expect(describeSyncStatus(synced(), NOW)).toBe('Team folder: synced 2 min ago · 3 editors')
    expect(describeSyncStatus(synced({ editors: 1, lastSync: '2025-11-17T11:59:50Z' }), NOW)).toBe(
      'Team folder: synced just now · 1 editor',
    )
  })

  it('adds articles the library lacks and refused files, and says when it is still reading', () => {
    expect(describeSyncStatus(synced({ missingArticles: 2, refused: 1 }), NOW)).toBe(
      'Team folder: synced 2 min ago · 3 editors · 2 articles you don’t have · 1 file refused',
    )
    expect(describeSyncStatus(synced({ state: 'syncing', lastSync: null }), NOW)).toBe(
      'Team folder: syncing… · 3 editors',
    )
  })

  it('shows the error, and nothing when there is no team folder', () => {
    expect(
      describeSyncStatus(
        { state: 'error', folder: '/srv/team', message: 'cannot be read', lastSync: null },
        NOW,
      ),
    ).toBe('Team folder: cannot be read')
    expect(describeSyncStatus({ state: 'off' }, NOW)).toBe('')
  })

  it('rounds the time since to minutes, hours and days', () => {
    expect(timeAgo('2025-11-17T09:00:00.000Z', NOW)).toBe('3 h ago')
    expect(timeAgo('2025-11-15T12:00:00.000Z', NOW)).toBe('2 days ago')
    expect(timeAgo('2025-11-16T12:00:00.000Z', NOW)).toBe('1 day ago')
    expect(timeAgo('not a time', NOW)).toBe('just now')
  })
})
