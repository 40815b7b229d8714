import { access, mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TeamFolderSync } from '../../../../electron/core/sync/team-folder-sync'
import { TeamSync, teamRepositoryIn } from '../../../../electron/core/sync/team-sync'
import type { Notice } from '../../../../shared/model/notice'
import type { SyncStatus } from '../../../../shared/sync/sync-status'
import { withTempDir } from '../../main/fixtures'
import { ana, articleIdOf, ben, cho, openSide, tag, tagKeys, type Side } from '../team/team-fixture'

const FAST = { intervalMs: 60_000, commitDelayMs: 20, writeDelayMs: 20, scanDelayMs: 20 }

interface AppSide {
  side: Side
  sync: TeamSync
  statuses: SyncStatus[]
  changed: string[][]
  notices: Notice[]
}

function appSide(side: Side): AppSide {
  const statuses: SyncStatus[] = []
  const changed: string[][] = []
  const notices: Notice[] = []
  const sync = new TeamSync({
    store: side.store,
    editor: () => side.editor,
    timing: FAST,
    status: (status) => statuses.push(status),
    changed: (ids) => changed.push(ids),
    notice: (notice) => notices.push(notice),
  })
  return { side, sync, statuses, changed, notices }
}

function phase(status: SyncStatus): string {
  return status.state === 'team' ? status.phase : status.state
}

async function close(...sides: AppSide[]): Promise<void> {
  for (const { sync, side } of sides) {
    await sync.stop()
    await side.store.close()
  }
}

// Each case runs git many times over: room for a machine four times slower than an idle one.
describe(
  'TeamSync: the app’s team is a Git repository, in a team folder or at an address',
  { timeout: 120_000 },
  () => {
    it('starts a team in a chosen folder, lets a second editor join once an admin adds them, and brings their tags into the open library', async () => {
      await withTempDir(async (dir) => {
        const folder = join(dir, 'shared-drive')
        await mkdir(folder)
        const benApp = appSide(await openSide(join(dir, 'ben'), ben))
        const anaApp = appSide(await openSide(join(dir, 'ana'), ana))
        try {
          await benApp.sync.setFolder(folder)
          expect(phase(benApp.sync.status)).toBe('synced')
          await access(join(teamRepositoryIn(folder), 'HEAD'))
          const benStatus = benApp.sync.status
          expect(benStatus.state === 'team' && benStatus.admin).toBe(true)

          await anaApp.sync.setFolder(folder)
          const anaStatus = anaApp.sync.status
          expect(phase(anaStatus)).toBe('not-in-roster')
          if (anaStatus.state !== 'team') throw new Error('Ana is not in a team')
          expect(anaStatus.publicKey).toMatch(/^ssh-ed25519 /)

          await benApp.sync.addToRoster(ana.id, anaStatus.publicKey)
          const id = await articleIdOf(anaApp.side)
          const made = await tag(anaApp.side, id, 'It cost 40 million dollars.', 'disputed')
          await anaApp.sync.refresh()
          expect(phase(anaApp.sync.status)).toBe('synced')

          await benApp.sync.refresh()
          const benId = await articleIdOf(benApp.side)
          expect(benId).toBe(id)
          expect(await tagKeys(benApp.side, id)).toContain(`ana-ruiz:${made.id}:disputed`)
          expect(benApp.changed.flat()).toContain(id)
        } finally {
          await close(benApp, anaApp)
        }
      })
    })

    it('moves an older team folder over: the package files’ work is taken in, then the folder holds the team’s repository', async () => {
      await withTempDir(async (dir) => {
        const folder = join(dir, 'old-team-folder')
        await mkdir(folder)
        // Cho used the folder the old way: her package file is all there is.
        const cho1 = await openSide(join(dir, 'cho'), cho)
        const id = await articleIdOf(cho1)
        const made = await tag(cho1, id, 'Traffic fell by half, officials said.', 'quote')
        const old = new TeamFolderSync({
          store: cho1.store,
          folder,
          editor: () => cho,
          timing: { events: false, writeDelayMs: 10 },
        })
        await old.writeNow()
        await old.stop()
        await cho1.store.close()
        expect((await readdir(folder)).some((name) => name.startsWith('cho-min'))).toBe(true)

        const benApp = appSide(await openSide(join(dir, 'ben'), ben))
        try {
          await benApp.sync.setFolder(folder)
          expect(phase(benApp.sync.status)).toBe('synced')
          expect(await tagKeys(benApp.side, id)).toContain(`cho-min:${made.id}:quote`)
          expect(await readdir(folder)).toContain('factmark-team.git')
          // The package file is left where it was: nothing is deleted from a shared folder.
          expect((await readdir(folder)).some((name) => name.startsWith('cho-min'))).toBe(true)
        } finally {
          await close(benApp)
        }
      })
    })

    it('picks up the library’s own team at start, and says so when another folder is chosen', async () => {
      await withTempDir(async (dir) => {
        const first = join(dir, 'first')
        const second = join(dir, 'second')
        await mkdir(first)
        await mkdir(second)
        const side = await openSide(join(dir, 'ben'), ben)
        const one = appSide(side)
        await one.sync.setFolder(first)
        await one.sync.stop()

        const again = appSide(side)
        try {
          await again.sync.start(null)
          const status = again.sync.status
          expect(status.state === 'team' && status.address).toBe(teamRepositoryIn(first))
          await again.sync.setFolder(second)
          const after = again.sync.status
          expect(after.state === 'team' && after.address).toBe(teamRepositoryIn(first))
          expect(again.notices.map((notice) => notice.message).join('\n')).toMatch(
            /already in the team at/,
          )
        } finally {
          await close(again)
        }
      })
    })

    it('shows a team folder that cannot be used as an error in words, and stops cleanly', async () => {
      await withTempDir(async (dir) => {
        const app = appSide(await openSide(join(dir, 'ben'), ben))
        try {
          await app.sync.setFolder(join(dir, 'no-such-folder'))
          const status = app.sync.status
          expect(status.state).toBe('error')
          expect(status.state === 'error' && status.message).not.toMatch(/^[a-z-]+:/)
          await app.sync.setFolder(null)
          expect(app.sync.status).toEqual({ state: 'off' })
        } finally {
          await close(app)
        }
      })
    })
  },
)
