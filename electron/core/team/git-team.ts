import { join } from 'node:path'
import type { EditorRef } from '../../../shared/model/annotation'
import { parsePublicKey } from '../../../shared/team/roster'
import { teamAddressKind } from '../../../shared/team/team-address'
import type { LibraryStore } from '../store/library-store'
import { readArticleTrail } from './article-trail'
import { commitRosterEntry } from './clone-roster'
import { GitRunner } from './git-runner'
import { commitOwnWork } from './own-work'
import { runSync } from './sync-run'
import { TEAM_FOLDER, teamClone, type TeamClone } from './team-clone'
import { cloneTeam, foundTeam, prepareTeamState, type TeamSetup } from './team-founding'
import type { TeamStatusReport, TeamSyncReport, TrailEntry } from './team-reports'
import { readTeamState, type TeamState } from './team-state'
import { readTeamStatus } from './team-status'

export { TEAM_FOLDER } from './team-clone'
export type { TeamSetup } from './team-founding'
export type { TeamStatusReport, TeamSyncReport, TrailEntry } from './team-reports'

/**
 * A library's team: a Git repository named by an address, cloned into `<library>/team/repo`.
 * Each editor writes only `editors/<their id>/articles/<article>.json` (a package of their work on
 * that article) and new `texts/<hash>.json` (an article's text, stored once), so merges never
 * conflict. Every commit is signed with the editor's SSH key; the roster (`allowed_signers`,
 * `team.json`) lists each editor's key and the admins. Each sync commits own work, fetches,
 * verifies every new commit against the roster (refused ones are kept aside and never applied),
 * imports the other editors' accepted work through the store's public API, rebases own commits
 * and pushes, fetching again once if the push is rejected. This class only coordinates: it runs
 * the steps (each in its own module) one at a time on the clone.
 */
export class GitTeam {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly clone: TeamClone

  private constructor(dataDir: string, state: TeamState, git: GitRunner) {
    this.clone = teamClone(dataDir, state, git)
  }

  /** The folder of the clone. */
  get repo(): string {
    return this.clone.repo
  }

  /** The acting editor of this library's team. */
  get editor(): EditorRef {
    return this.clone.state.editor
  }

  /** The acting editor's public key (`ssh-ed25519 AAAA…`), for the team's admin to add. */
  get publicKey(): string {
    return this.clone.state.publicKey
  }

  /** The team's address. */
  get address(): string {
    return this.clone.state.address
  }

  /** The team of the library in `dataDir`, or null when it has none. */
  static async open(dataDir: string, git = new GitRunner()): Promise<GitTeam | null> {
    const state = await readTeamState(join(dataDir, TEAM_FOLDER, 'state.json'))
    return state ? new GitTeam(dataDir, state, git) : null
  }

  /**
   * Starts a team at `setup.address` (an empty repository on a Git host, or a path where a bare
   * repository is made if there is none) with the acting editor as its first member and admin:
   * one signed commit holding the roster, then a first sync that sends it with their work.
   */
  static async create(
    store: LibraryStore,
    setup: TeamSetup,
    git = new GitRunner(),
  ): Promise<GitTeam> {
    const kind = teamAddressKind(setup.address)
    await git.check()
    const team = new GitTeam(store.dataDir, await prepareTeamState(store.dataDir, setup), git)
    await foundTeam(team.clone, setup, kind)
    await team.sync(store)
    return team
  }

  /**
   * Joins the team at `setup.address`: clones it, verifies its whole history and imports the
   * accepted work. The editor's work is sent once an admin has added their public key
   * ({@link publicKey}) to the roster.
   */
  static async join(
    store: LibraryStore,
    setup: TeamSetup,
    git = new GitRunner(),
  ): Promise<GitTeam> {
    teamAddressKind(setup.address)
    await git.check()
    const team = new GitTeam(store.dataDir, await prepareTeamState(store.dataDir, setup), git)
    await cloneTeam(team.clone, setup)
    await team.sync(store)
    return team
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  /**
   * Commits the acting editor's work as it is in the library (batched: one commit for every
   * change since the last), signed. Writes only their own files and texts not yet in the team.
   * Returns how many files changed.
   */
  commitOwn(store: LibraryStore): Promise<number> {
    return this.serial(() => commitOwnWork(this.clone, store))
  }

  /**
   * Syncs: commits own work, fetches, verifies and imports what others sent, rebases own commits
   * on it and pushes; a rejected push is retried once after fetching again. Never throws for an
   * unreachable server or a rejected push: the report says so and the work waits, committed.
   */
  sync(store: LibraryStore): Promise<TeamSyncReport> {
    return this.serial(() => runSync(this.clone, store))
  }

  /**
   * Adds editor `editorId` with `publicKey` to the roster (or replaces their key): a signed
   * commit by the acting editor, who must be an admin, sent with a sync.
   */
  async addToRoster(
    store: LibraryStore,
    editorId: string,
    publicKey: string,
  ): Promise<TeamSyncReport> {
    const key = parsePublicKey(publicKey)
    await this.serial(() => commitRosterEntry(this.clone, editorId, key))
    return this.sync(store)
  }

  /** The team's state now, without contacting the server. */
  async status(): Promise<TeamStatusReport> {
    return this.serial(() => readTeamStatus(this.clone))
  }

  /**
   * The trail of article `articleId`: every commit that changed an editor's file of it, oldest
   * first, with what they did (tagged, accepted, rejected, changed a verdict …), who signed it and
   * whether it checks out against the roster as it stood then.
   */
  async log(articleId: string): Promise<TrailEntry[]> {
    return this.serial(() => readArticleTrail(this.clone, articleId))
  }
}
