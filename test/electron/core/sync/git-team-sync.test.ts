import { mkdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { GitTeamSync } from '../../../../electron/core/sync/git-team-sync'
import { TeamSync } from '../../../../electron/core/sync/team-sync'
import {
  GitRunner,
  type GitOutput,
  type GitRunOptions,
} from '../../../../electron/core/team/git-runner'
import { GitTeam } from '../../../../electron/core/team/git-team'
import type { SyncStatus } from '../../../../shared/sync/sync-status'
import { withTempDir } from '../../main/fixtures'
import { ana, articleIdOf, openSide, tag } from '../team/team-fixture'

/** The real git, with every command it runs written down (its first argument past the `-c`s). */
class CountingRunner extends GitRunner {
  readonly commands: string[] = []

  override run(
    cwd: string | undefined,
    args: readonly string[],
    options?: GitRunOptions,
  ): Promise<GitOutput> {
    this.commands.push(commandOf(args))
    return super.run(cwd, args, options)
  }

  override runBytes(cwd: string, args: readonly string[], input: string): Promise<Buffer> {
    this.commands.push(commandOf(args))
    return super.runBytes(cwd, args, input)
  }

  /** The commands run by `body`. */
  async during(body: () => Promise<unknown>): Promise<string[]> {
    const from = this.commands.length
    await body()
    return this.commands.slice(from)
  }
}

function commandOf(args: readonly string[]): string {
  for (let index = 0; index < args.length; index += 1) {
    if (args[index] === '-c') index += 1
    else return args[index] ?? ''
  }
  return ''
}

const TIMING = { intervalMs: 600_000, commitDelayMs: 600_000 }

afterEach(() => {
  vi.restoreAllMocks()
})

// Each case runs git dozens of times: room for a machine four times slower than an idle one.
describe(
  'GitTeamSync: the toolbar’s state comes from the sync’s own report',
  { timeout: 120_000 },
  () => {
    it('runs no git command beyond the sync’s own, and shows nothing waiting once it is sent', async () => {
      await withTempDir(async (dir) => {
        const side = await openSide(join(dir, 'ana'), ana)
        const address = join(dir, 'remote', 'team.git')
        const git = new CountingRunner()
        const team = await GitTeam.create(side.store, { address, editor: ana }, git)
        const statuses: SyncStatus[] = []
        const sync = new GitTeamSync({
          team,
          store: side.store,
          timing: TIMING,
          status: (status) => statuses.push(status),
        })
        try {
          // A no-op sync through the app costs exactly what the team's own sync costs.
          const bare = await git.during(() => team.sync(side.store))
          const viaApp = await git.during(() => sync.scan())
          expect(viaApp).toEqual(bare)
          expect(viaApp).not.toContain('status')
          expect(statuses.at(-1)).toMatchObject({ phase: 'synced', outgoing: 0, admin: true })

          // New work, sent by the sync: nothing waits, and still no extra command.
          const id = await articleIdOf(side)
          await tag(side, id, 'It cost 40 million dollars.', 'claim')
          const sending = await git.during(() => sync.scan())
          expect(sending).toContain('push')
          expect(sending).not.toContain('status')
          const sent = statuses.at(-1)
          expect(sent).toMatchObject({ phase: 'synced', outgoing: 0 })
          expect(sent?.state === 'team' && sent.lastSync).not.toBeNull()
        } finally {
          await sync.stop()
          await side.store.close()
        }
      })
    })

    it('counts the own commits that wait while the server cannot be reached', async () => {
      await withTempDir(async (dir) => {
        const side = await openSide(join(dir, 'ana'), ana)
        const address = join(dir, 'remote', 'team.git')
        const git = new CountingRunner()
        const team = await GitTeam.create(side.store, { address, editor: ana }, git)
        const sync = new GitTeamSync({ team, store: side.store, timing: TIMING })
        try {
          await sync.scan()
          const synced = sync.status
          await rename(address, `${address}.away`)
          const id = await articleIdOf(side)
          await tag(side, id, 'It cost 40 million dollars.', 'claim')
          await sync.scan()
          await tag(side, id, 'The mayor opened the bridge on Monday.', 'quote', 1)
          const commands = await git.during(() => sync.scan())
          expect(commands).not.toContain('status')
          const offline = sync.status
          expect(offline).toMatchObject({ phase: 'offline', outgoing: 2 })
          // The last sync that reached the server is still the one shown.
          expect(offline.state === 'team' && offline.lastSync).toBe(
            synced.state === 'team' && synced.lastSync,
          )

          await rename(`${address}.away`, address)
          await sync.scan()
          expect(sync.status).toMatchObject({ phase: 'synced', outgoing: 0 })
        } finally {
          await sync.stop()
          await side.store.close()
        }
      })
    })
  },
)

describe('TeamSync: the library’s team state is read once at start', { timeout: 120_000 }, () => {
  it('opens the library’s team once when it starts the team in a folder', async () => {
    await withTempDir(async (dir) => {
      const side = await openSide(join(dir, 'ana'), ana)
      const folder = join(dir, 'shared-drive')
      await mkdir(folder)
      const open = vi.spyOn(GitTeam, 'open')
      const app = new TeamSync({ store: side.store, editor: () => ana, timing: TIMING })
      try {
        await app.start(folder)
        expect(app.status).toMatchObject({ state: 'team', phase: 'synced' })
        expect(open).toHaveBeenCalledTimes(1)
      } finally {
        await app.stop()
        await side.store.close()
      }
    })
  })
})
