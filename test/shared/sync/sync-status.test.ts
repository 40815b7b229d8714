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

describe('describeSyncStatus for a Git team', () => {
  function team(changes: Partial<Extract<SyncStatus, { state: 'team' }>> = {}): SyncStatus {
    return {
      state: 'team',
      address: '/srv/team/factmark-team.git',
      phase: 'synced',
      lastSync: '2025-11-17T11:58:00.000Z',
      outgoing: 0,
      refused: 0,
      message: null,
      publicKey: 'ssh-ed25519 AAAA',
      admin: false,
      ...changes,
    }
  }

  it('says when the team last synced, and what waits or was refused', () => {
    expect(describeSyncStatus(team(), NOW)).toBe('Team: synced 2 min ago')
    expect(describeSyncStatus(team({ outgoing: 2, refused: 1 }), NOW)).toBe(
      'Team: synced 2 min ago · 2 changes waiting · 1 change refused',
    )
  })

  it('names each state that keeps work waiting, in words', () => {
    expect(describeSyncStatus(team({ phase: 'offline', outgoing: 1 }), NOW)).toBe(
      'Team: offline, will retry · 1 change waiting',
    )
    expect(describeSyncStatus(team({ phase: 'not-in-roster' }), NOW)).toBe(
      'Team: waiting for an admin to add your key',
    )
    expect(
      describeSyncStatus(team({ phase: 'failed', message: 'Install git 2.34 or later.' }), NOW),
    ).toBe('Team: Install git 2.34 or later.')
    expect(describeSyncStatus(team({ phase: 'syncing' }), NOW)).toBe('Team: syncing…')
  })
})
