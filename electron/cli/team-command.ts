import { resolve } from 'node:path'
import { editorIdFor } from '../../shared/model/editor-id'
import { TeamError } from '../../shared/team/team-error'
import { describeTrailAction } from '../../shared/team/trail'
import { GitTeam, type TeamSyncReport } from '../core/team/git-team'
import type { RefusedCommit } from '../core/team/history-verifier'
import { actingEditor } from './acting-editor'
import type { CliIo } from './cli-io'
import { UsageError } from './usage-error'
import { withLibrary } from './with-library'

/** The options `team` reads, as `parseArgs` returns them. */
export interface TeamOptions {
  json: boolean
  editor?: string | undefined
  key?: string | undefined
}

async function openTeam(dataDir: string): Promise<GitTeam> {
  const team = await GitTeam.open(dataDir)
  if (!team) {
    throw new TeamError(
      'no-team',
      'This library is in no team yet: start one with team create <address> --editor NAME, or join one with team join <address> --editor NAME.',
    )
  }
  return team
}

function describeRefused(entry: RefusedCommit): string {
  const signer = entry.signer ? `signed by ${entry.signer}` : 'not signed by anyone in the roster'
  return `refused ${entry.commit.slice(0, 12)} (claims to be by ${entry.authorClaimed || 'nobody'}, ${signer}): ${entry.reason}`
}

function printReport(report: TeamSyncReport, io: CliIo): void {
  const parts = [
    `${report.received} commit${report.received === 1 ? '' : 's'} received`,
    `${report.sent} sent`,
  ]
  if (report.changedArticles.length > 0)
    parts.push(`${report.changedArticles.length} articles changed`)
  if (report.addedArticles.length > 0) parts.push(`${report.addedArticles.length} articles added`)
  io.stdout(`${report.state}: ${parts.join(', ')}\n`)
  if (report.forcePush) {
    io.stdout(
      'The team’s history was rewritten on the server (a force-push): your work was kept and sent again.\n',
    )
  }
  if (report.message) io.stdout(`${report.message}\n`)
  for (const entry of report.refused) io.stderr(`factmark: ${describeRefused(entry)}\n`)
}

/** Exit code of a sync: 0 when it went through (or waits for the roster), 1 when work waits. */
function exitOf(report: TeamSyncReport): number {
  return report.state === 'offline' || report.state === 'rejected' ? 1 : 0
}

/**
 * `factmark team …`: `create <address>` and `join <address>` (with `--editor NAME`, `--key PATH`
 * for an existing SSH key), `roster add NAME "<public key>"`, `sync`, `status` and
 * `log <article-id>`; each prints JSON with `--json`.
 */
export async function teamCommand(
  dataDir: string,
  positionals: readonly string[],
  options: TeamOptions,
  io: CliIo,
): Promise<number> {
  const [action, ...rest] = positionals
  const json = (value: unknown) => io.stdout(`${JSON.stringify(value, null, 2)}\n`)
  switch (action) {
    case 'create':
    case 'join': {
      if (rest.length !== 1) throw new UsageError(`team ${action} takes one address`)
      const address = rest[0] ?? ''
      const editor = await actingEditor(dataDir, options.editor)
      const keyPath = options.key === undefined ? undefined : resolve(io.cwd, options.key)
      const setup = { address, editor, keyPath }
      const team = await withLibrary(dataDir, io, (store) =>
        action === 'create' ? GitTeam.create(store, setup) : GitTeam.join(store, setup),
      )
      const status = await team.status()
      if (options.json) {
        json({
          address,
          editor,
          publicKey: team.publicKey,
          inRoster: status.inRoster,
          admin: status.admin,
        })
        return 0
      }
      io.stdout(
        action === 'create'
          ? `Started the team at ${address}; ${editor.name} (${editor.id}) is its admin.\n`
          : `Joined the team at ${address} as ${editor.name} (${editor.id}).\n`,
      )
      io.stdout(`Public key:\n${team.publicKey}\n`)
      if (!status.inRoster) {
        io.stdout(
          `Ask an admin of the team to run:\n  factmark team roster add ${editor.id} "${team.publicKey}"\n`,
        )
      }
      return 0
    }
    case 'roster': {
      const [sub, name, key] = rest
      if (sub !== 'add' || name === undefined || key === undefined || rest.length !== 3) {
        throw new UsageError('team roster takes: add NAME "<public key>"')
      }
      const editorId = editorIdFor(name)
      const team = await openTeam(dataDir)
      const report = await withLibrary(dataDir, io, (store) =>
        team.addToRoster(store, editorId, key),
      )
      if (options.json) json({ added: editorId, sync: report })
      else {
        io.stdout(`${editorId} is in the roster.\n`)
        printReport(report, io)
      }
      return exitOf(report)
    }
    case 'sync': {
      if (rest.length !== 0) throw new UsageError('team sync takes no arguments')
      const team = await openTeam(dataDir)
      const report = await withLibrary(dataDir, io, (store) => team.sync(store))
      if (options.json) json(report)
      else printReport(report, io)
      return exitOf(report)
    }
    case 'status': {
      if (rest.length !== 0) throw new UsageError('team status takes no arguments')
      const status = await (await openTeam(dataDir)).status()
      if (options.json) {
        json(status)
        return 0
      }
      io.stdout(`Team: ${status.address}\n`)
      io.stdout(
        `Editor: ${status.editor.name} (${status.editor.id})${status.admin ? ', admin' : ''}${status.inRoster ? '' : ', not in the roster yet'}\n`,
      )
      io.stdout(`Public key: ${status.publicKey}\n`)
      io.stdout(`Waiting to send: ${status.outgoing}; waiting to take in: ${status.incoming}\n`)
      io.stdout(`Last sync: ${status.lastSync ?? 'never'}\n`)
      if (status.lastError) io.stdout(`Last problem: ${status.lastError}\n`)
      if (status.forcePushSeen)
        io.stdout(`History rewritten on the server, seen at ${status.forcePushSeen}\n`)
      io.stdout(`Refused changes: ${status.refused.length}\n`)
      for (const entry of status.refused) io.stdout(`  ${describeRefused(entry)}\n`)
      return 0
    }
    case 'log': {
      if (rest.length !== 1) throw new UsageError('team log takes one article id')
      const trail = await (await openTeam(dataDir)).log(rest[0] ?? '')
      if (options.json) {
        json(trail)
        return 0
      }
      if (trail.length === 0)
        io.stdout('No signed changes to this article in the team’s history.\n')
      for (const entry of trail) {
        const check = entry.verified
          ? `signed by ${entry.signer}`
          : `REFUSED (${entry.reason ?? 'not verified'})`
        for (const action of entry.actions) {
          io.stdout(
            `${entry.at}  ${entry.editorId}  ${describeTrailAction(action)}  [${check}, ${entry.commit.slice(0, 12)}]\n`,
          )
        }
      }
      return 0
    }
    default:
      throw new UsageError('team takes create, join, roster add, sync, status or log')
  }
}
