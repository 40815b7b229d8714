import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { createPackage, parsePackage, type PackageArticle } from '../../../shared/exchange/package'
import { FactmarkError } from '../../../shared/ipc/result'
import type { EditorRef } from '../../../shared/model/annotation'
import { articleTextFile, parseArticleTextFile } from '../../../shared/team/article-text-file'
import {
  ALLOWED_SIGNERS_FILE,
  formatAllowedSigners,
  formatPublicKey,
  formatTeamFile,
  parsePublicKey,
  parseRoster,
  TEAM_FILE,
  withEntry,
  type Roster,
} from '../../../shared/team/roster'
import { teamAddressKind } from '../../../shared/team/team-address'
import { TeamError } from '../../../shared/team/team-error'
import {
  classifyPath,
  EDITORS_FOLDER,
  editorArticlePath,
  editorFolder,
  TEAM_BRANCH,
  TEXTS_FOLDER,
  textPath,
} from '../../../shared/team/team-paths'
import { trailActions, type TrailAction } from '../../../shared/team/trail'
import type { LibraryStore } from '../store/library-store'
import { readBlobs, readCommits } from './commit-log'
import { GitRunner } from './git-runner'
import { verifyCommits, type RefusedCommit } from './history-verifier'
import { ensureSigningKey } from './signing-key'
import { readTeamState, writeTeamState, type TeamState } from './team-state'

/** The folder of a library that holds its team: the clone, the state, the verifier's scratch. */
export const TEAM_FOLDER = 'team'

/** How a team is joined or created: where it is, who is acting, and which key signs. */
export interface TeamSetup {
  address: string
  editor: EditorRef
  /** An SSH private key the editor already has (its `.pub` beside it); else Factmark makes one. */
  keyPath?: string | undefined
}

/** What one sync did. */
export interface TeamSyncReport {
  /**
   * `synced` (everything sent and received), `offline` (the server could not be reached: work
   * waits), `rejected` (the push was refused twice: work waits for the next sync) or
   * `not-in-roster` (received, but an admin has yet to add this editor, so nothing is sent).
   */
  state: 'synced' | 'offline' | 'rejected' | 'not-in-roster'
  /** Commits received and verified. */
  received: number
  /** Own commits sent. */
  sent: number
  /** Articles whose tags or reviews changed in the library. */
  changedArticles: string[]
  /** Articles added to the library from the team's texts. */
  addedArticles: string[]
  /** Commits refused by this sync, never applied. */
  refused: RefusedCommit[]
  /** Whether the remote's history was rewritten since the last sync (a force-push). */
  forcePush: boolean
  /** What went wrong, for `offline` and `rejected`. */
  message: string | null
}

/** The team's state as `team status` shows it. */
export interface TeamStatusReport {
  address: string
  editor: EditorRef
  publicKey: string
  inRoster: boolean
  admin: boolean
  /** Own commits not yet on the server, plus 1 when own work is not yet committed. */
  outgoing: number
  /** Commits fetched but not yet taken in. */
  incoming: number
  lastSync: string | null
  lastError: string | null
  forcePushSeen: string | null
  refused: RefusedCommit[]
}

/** One signed change in an article's trail. */
export interface TrailEntry {
  commit: string
  at: string
  /** Whose file changed. */
  editorId: string
  /** Whose roster key signed the commit (null: unsigned or unknown key). */
  signer: string | null
  /** Whether the commit's signature and rules checked out. */
  verified: boolean
  reason: string | null
  actions: TrailAction[]
}

/** How many refused changes the state keeps, newest last. */
const MAX_REFUSED = 500

const PUSH_REJECTED =
  /\[rejected\]|\[remote rejected\]|fetch first|non-fast-forward|stale info|failed to push/i

/** The latest time in an article's share of a package: what its file is dated, deterministically. */
function latestTime(article: PackageArticle): string {
  const times = [
    ...article.annotations.map((tag) => tag.modified),
    ...article.reviews.map((review) => review.modified),
    ...article.deleted.map((stone) => stone.deletedAt),
    ...article.deletedReviews.map((stone) => stone.deletedAt),
  ]
  const latest = Math.max(0, ...times.map((time) => Date.parse(time)).filter(Number.isFinite))
  return new Date(latest).toISOString()
}

async function readIfExists(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch {
    return null
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

/**
 * A library's team: a Git repository named by an address, cloned into `<library>/team/repo`.
 * Each editor writes only `editors/<their id>/articles/<article>.json` (a package of their work on
 * that article) and new `texts/<hash>.json` (an article's text, stored once), so merges never
 * conflict. Every commit is signed with the editor's SSH key; the roster (`allowed_signers`,
 * `team.json`) lists each editor's key and the admins. Each sync commits own work, fetches,
 * verifies every new commit against the roster (refused ones are kept aside and never applied),
 * imports the other editors' accepted work through the store's public API, rebases own commits
 * and pushes, fetching again once if the push is rejected.
 */
export class GitTeam {
  private queue: Promise<unknown> = Promise.resolve()

  private constructor(
    private readonly dataDir: string,
    private state: TeamState,
    private readonly git: GitRunner,
  ) {}

  /** The folder of the clone. */
  get repo(): string {
    return join(this.dataDir, TEAM_FOLDER, 'repo')
  }

  private get statePath(): string {
    return join(this.dataDir, TEAM_FOLDER, 'state.json')
  }

  private get scratch(): string {
    return join(this.dataDir, TEAM_FOLDER)
  }

  /** The acting editor of this library's team. */
  get editor(): EditorRef {
    return this.state.editor
  }

  /** The acting editor's public key (`ssh-ed25519 AAAA…`), for the team's admin to add. */
  get publicKey(): string {
    return this.state.publicKey
  }

  /** The team's address. */
  get address(): string {
    return this.state.address
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
    const team = await GitTeam.prepare(store.dataDir, setup, git)
    if (kind === 'path' && !(await exists(setup.address))) {
      await mkdir(setup.address, { recursive: true })
      await git.run(setup.address, ['init', '--bare', '--quiet', `--initial-branch=${TEAM_BRANCH}`])
    }
    const heads = await git.run(undefined, [
      'ls-remote',
      '--heads',
      '--',
      setup.address,
      TEAM_BRANCH,
    ])
    if (heads.stdout.trim().length > 0) {
      throw new TeamError(
        'not-a-team',
        `git-team: ${setup.address} already holds a history: join it (team join) instead of creating a team there.`,
      )
    }
    const repo = team.repo
    await mkdir(repo, { recursive: true })
    await git.run(repo, ['init', '--quiet', `--initial-branch=${TEAM_BRANCH}`])
    await team.configureClone()
    await git.run(repo, ['remote', 'add', 'origin', setup.address])
    const roster: Roster = {
      entries: [{ editorId: setup.editor.id, key: parsePublicKey(team.publicKey) }],
      admins: [setup.editor.id],
    }
    await team.writeRoster(roster)
    await git.run(repo, ['add', '--', ALLOWED_SIGNERS_FILE, TEAM_FILE])
    await team.commit(`${setup.editor.name} starts the team`)
    const root = await team.revParse('HEAD')
    if (root !== null) await team.verifyOwn(root)
    await team.save()
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
    const team = await GitTeam.prepare(store.dataDir, setup, git)
    await mkdir(dirname(team.repo), { recursive: true })
    const heads = await git.run(undefined, [
      'ls-remote',
      '--heads',
      '--',
      setup.address,
      TEAM_BRANCH,
    ])
    if (heads.stdout.trim().length === 0) {
      throw new TeamError(
        'not-a-team',
        `git-team: there is no team at ${setup.address} yet (the repository is empty): start one there with team create.`,
      )
    }
    await git.run(undefined, [
      'clone',
      '--quiet',
      '--branch',
      TEAM_BRANCH,
      '--',
      setup.address,
      team.repo,
    ])
    await team.configureClone()
    await team.save()
    await team.sync(store)
    return team
  }

  private static async prepare(
    dataDir: string,
    setup: TeamSetup,
    git: GitRunner,
  ): Promise<GitTeam> {
    const existing = await readTeamState(join(dataDir, TEAM_FOLDER, 'state.json'))
    if (existing) {
      throw new TeamError(
        'not-a-team',
        `git-team: this library is already in the team at ${existing.address}.`,
      )
    }
    await rm(join(dataDir, TEAM_FOLDER), { recursive: true, force: true })
    const key = await ensureSigningKey(dataDir, setup.editor.id, setup.keyPath)
    const state: TeamState = {
      version: 1,
      address: setup.address,
      editor: setup.editor,
      keyPath: key.privateKeyPath,
      publicKey: key.publicKey,
      root: null,
      verified: null,
      roster: null,
      applied: {},
      imported: {},
      refused: [],
      lastSync: null,
      lastError: null,
      forcePushSeen: null,
      exported: {},
    }
    return new GitTeam(dataDir, state, git)
  }

  private async configureClone(): Promise<void> {
    // The clone's own settings: no hooks of anyone's run, and every commit is signed.
    const settings: [string, string][] = [
      ['core.hooksPath', '/dev/null'],
      ['gpg.format', 'ssh'],
      ['commit.gpgsign', 'true'],
      ['pull.rebase', 'true'],
    ]
    for (const [name, value] of settings) await this.git.run(this.repo, ['config', name, value])
  }

  /** The `-c` options that make git sign as the acting editor. */
  private signing(): string[] {
    const { editor, keyPath } = this.state
    return [
      '-c',
      'gpg.format=ssh',
      '-c',
      `user.signingkey=${keyPath}`,
      '-c',
      'commit.gpgsign=true',
      '-c',
      `user.name=${editor.name}`,
      '-c',
      `user.email=${editor.id}@factmark.invalid`,
    ]
  }

  private async commit(message: string): Promise<void> {
    await this.git.run(this.repo, [...this.signing(), 'commit', '--quiet', '-S', '-m', message])
  }

  private async save(): Promise<void> {
    await writeTeamState(this.statePath, this.state)
  }

  private roster(): Roster | null {
    const texts = this.state.roster
    return texts ? parseRoster(texts.allowedSigners, texts.teamFile) : null
  }

  private async writeRoster(roster: Roster): Promise<void> {
    await writeFile(join(this.repo, ALLOWED_SIGNERS_FILE), formatAllowedSigners(roster.entries))
    await writeFile(join(this.repo, TEAM_FILE), formatTeamFile(roster.admins))
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
    return this.serial(() => this.commitOwnNow(store))
  }

  private async commitOwnNow(store: LibraryStore): Promise<number> {
    const me = this.state.editor
    const exported = this.state.exported
    const stale = store.list().filter((meta) => exported[meta.id] !== meta.updatedAt)
    if (stale.length === 0) return 0
    const pkg = await store.exportPackage(
      me,
      stale.map((meta) => meta.id),
    )
    let changed = 0
    const texts: string[] = []
    for (const article of pkg.articles) {
      const work =
        article.annotations.length +
        article.reviews.length +
        article.deleted.length +
        article.deletedReviews.length
      if (work === 0) continue
      const single = createPackage(me, [article], latestTime(article))
      const path = join(this.repo, editorArticlePath(me.id, article.articleId))
      const content = `${JSON.stringify(single, null, 2)}\n`
      if ((await readIfExists(path)) !== content) {
        await mkdir(dirname(path), { recursive: true })
        await writeFile(path, content)
        changed += 1
      }
      const textFile = join(this.repo, textPath(article.textHash))
      if (!(await exists(textFile))) {
        const full = await store.get(article.articleId)
        const shared = articleTextFile(full.id, full)
        if (shared) {
          await mkdir(dirname(textFile), { recursive: true })
          await writeFile(join(this.repo, textPath(shared.textHash)), shared.content)
          texts.push(textPath(shared.textHash))
          changed += 1
        }
      }
    }
    const done = () => {
      for (const meta of stale) this.state.exported[meta.id] = meta.updatedAt
    }
    if (changed === 0) {
      done()
      return 0
    }
    // Only own files are staged: never a text or someone else's file a crash left half-written.
    await this.git.run(this.repo, ['add', '-A', '--', editorFolder(me.id)])
    if (texts.length > 0) await this.git.run(this.repo, ['add', '--', ...texts])
    const staged = await this.git.run(this.repo, ['diff', '--cached', '--quiet'], {
      allowFailure: true,
    })
    if (staged.code === 0) {
      done()
      return 0
    }
    const articles = pkg.articles.length
    await this.commit(`${me.name}: work on ${articles} article${articles === 1 ? '' : 's'}`)
    done()
    return changed
  }

  /**
   * Syncs: commits own work, fetches, verifies and imports what others sent, rebases own commits
   * on it and pushes; a rejected push is retried once after fetching again. Never throws for an
   * unreachable server or a rejected push: the report says so and the work waits, committed.
   */
  sync(store: LibraryStore): Promise<TeamSyncReport> {
    return this.serial(() => this.syncNow(store))
  }

  private async syncNow(store: LibraryStore): Promise<TeamSyncReport> {
    const report: TeamSyncReport = {
      state: 'synced',
      received: 0,
      sent: 0,
      changedArticles: [],
      addedArticles: [],
      refused: [],
      forcePush: false,
      message: null,
    }
    // A marker of a sync under way: found at the start, the previous sync was killed.
    const marker = join(this.scratch, 'sync.pending')
    await this.recover(await exists(marker))
    await writeFile(marker, `${process.pid}\n`)
    await this.commitOwnNow(store)
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const fetched = await this.git.run(
        this.repo,
        [
          'fetch',
          '--quiet',
          '--prune',
          'origin',
          `+refs/heads/${TEAM_BRANCH}:refs/remotes/origin/${TEAM_BRANCH}`,
        ],
        { allowFailure: true, timeoutMs: 60_000 },
      )
      if (fetched.code !== 0) {
        const emptyRemote = /couldn't find remote ref/i.test(fetched.stderr)
        if (!emptyRemote) {
          report.state = 'offline'
          report.message = `the team at ${this.state.address} could not be reached (${fetched.stderr.trim().split('\n').pop() ?? ''}); your work is committed and waits for the next sync`
          break
        }
      }
      const [headBefore, tip] = await this.heads()
      let head = headBefore
      if (tip !== null && tip !== this.state.verified) {
        await this.receive(store, tip, report)
        // Own files again on the new history (after a force-push, or over a forged change).
        await this.commitOwnNow(store)
        head = await this.revParse('HEAD')
      }
      if (!this.inRoster()) {
        report.state = 'not-in-roster'
        report.message = `${this.state.editor.id} is not in the team’s roster with this key yet: an admin adds it with team roster add ${this.state.editor.id} "${this.state.publicKey}"`
        break
      }
      if (head === null || head === tip) break
      const pushed = await this.git.run(
        this.repo,
        ['push', '--porcelain', 'origin', `HEAD:refs/heads/${TEAM_BRANCH}`],
        { allowFailure: true, timeoutMs: 60_000 },
      )
      if (pushed.code === 0) {
        report.sent += await this.countCommits(tip === null ? head : `${tip}..${head}`)
        await this.verifyOwn(head)
        await this.git.run(this.repo, ['update-ref', `refs/remotes/origin/${TEAM_BRANCH}`, head])
        break
      }
      const output = `${pushed.stdout}\n${pushed.stderr}`
      if (!PUSH_REJECTED.test(output)) {
        report.state = 'offline'
        report.message = `the team at ${this.state.address} could not be reached (${pushed.stderr.trim().split('\n').pop() ?? ''}); your work is committed and waits for the next sync`
        break
      }
      if (attempt === 1) {
        report.state = 'rejected'
        report.message =
          'the server refused the push twice (others were sending at the same time); your work is committed and the next sync sends it'
      }
    }
    this.state.lastError =
      report.state === 'synced' || report.state === 'not-in-roster' ? null : report.message
    if (report.state === 'synced') this.state.lastSync = new Date().toISOString()
    if (report.forcePush) this.state.forcePushSeen = new Date().toISOString()
    await this.save()
    await rm(marker, { force: true })
    return report
  }

  /** HEAD and the remote branch as last fetched, in one git call when both exist. */
  private async heads(): Promise<[string | null, string | null]> {
    const remote = `refs/remotes/origin/${TEAM_BRANCH}`
    const both = await this.git.run(this.repo, ['rev-parse', 'HEAD', remote], {
      allowFailure: true,
    })
    const [head, tip] = both.stdout.trim().split('\n')
    if (both.code === 0 && head && tip) return [head, tip]
    return [await this.revParse('HEAD'), await this.revParse(remote)]
  }

  /**
   * Clears what a sync killed half-way (kill -9, a crash, a power cut) left in the clone: a
   * rebase under way, git's lock files, half-written files. Safe because the caller holds the
   * library's lock (no other Factmark works in this clone) and nothing uncommitted in the clone
   * is needed: the editor's own files are written again from the library by the next commit.
   */
  private async recover(interrupted: boolean): Promise<void> {
    const gitDir = join(this.repo, '.git')
    const leftovers = ['rebase-merge', 'rebase-apply', 'index.lock']
    for (const name of leftovers) if (await exists(join(gitDir, name))) interrupted = true
    if (!interrupted) return
    for (const name of ['rebase-merge', 'rebase-apply']) {
      if (!(await exists(join(gitDir, name)))) continue
      await this.git.run(this.repo, ['rebase', '--abort'], { allowFailure: true })
      await rm(join(gitDir, name), { recursive: true, force: true })
    }
    for (const lock of ['index.lock', 'HEAD.lock', 'ORIG_HEAD.lock', 'config.lock']) {
      await rm(join(gitDir, lock), { force: true })
    }
    for (const ref of [
      `refs/heads/${TEAM_BRANCH}.lock`,
      `refs/remotes/origin/${TEAM_BRANCH}.lock`,
    ]) {
      await rm(join(gitDir, ref), { force: true })
    }
    if ((await this.revParse('HEAD')) === null) return
    await this.git.run(this.repo, ['reset', '--quiet', '--hard', 'HEAD'])
    await this.git.run(this.repo, ['clean', '-fdq', '--', EDITORS_FOLDER, TEXTS_FOLDER])
  }

  /** Whether the roster holds the acting editor with this library's key (not just their id). */
  private inRoster(): boolean {
    const key = this.roster()?.entries.find((entry) => entry.editorId === this.state.editor.id)?.key
    return key !== undefined && formatPublicKey(key) === this.state.publicKey
  }

  private async revParse(ref: string): Promise<string | null> {
    const out = await this.git.run(
      this.repo,
      ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`],
      {
        allowFailure: true,
      },
    )
    return out.code === 0 ? out.stdout.trim() : null
  }

  private async isAncestor(ancestor: string, of: string): Promise<boolean> {
    const out = await this.git.run(this.repo, ['merge-base', '--is-ancestor', ancestor, of], {
      allowFailure: true,
    })
    return out.code === 0
  }

  private async countCommits(range: string): Promise<number> {
    const out = await this.git.run(this.repo, ['rev-list', '--count', range])
    return Number(out.stdout.trim()) || 0
  }

  /** Verifies and applies the remote's new commits up to `tip`, then puts own commits on top. */
  private async receive(store: LibraryStore, tip: string, report: TeamSyncReport): Promise<void> {
    const previous = this.state.verified
    const forcePush = previous !== null && !(await this.isAncestor(previous, tip))
    const fromRoot = previous === null || forcePush
    if (fromRoot && this.state.root !== null) {
      const roots = (
        await this.git.run(this.repo, ['rev-list', '--max-parents=0', tip])
      ).stdout.split('\n')
      if (!roots.includes(this.state.root)) {
        throw new TeamError(
          'not-a-team',
          `git-team: the history at ${this.state.address} was replaced by one with another start: nothing of it was applied and your work is kept. Ask the team’s admin what happened.`,
        )
      }
    }
    const commits = await readCommits(this.git, this.repo, fromRoot ? tip : `${previous}..${tip}`)
    const outcome = await verifyCommits(
      this.git,
      this.repo,
      this.scratch,
      commits,
      fromRoot
        ? { roster: null, applied: {} }
        : { roster: this.state.roster, applied: this.state.applied },
    )
    if (this.state.root === null && commits[0] && outcome.verdicts.get(commits[0].sha)?.accepted) {
      this.state.root = commits[0].sha
    }
    const known = new Set(this.state.refused.map((entry) => entry.commit))
    const fresh = outcome.refused.filter((entry) => !known.has(entry.commit))
    // The newest refusals are kept (a flood of forged commits cannot grow the state without end).
    this.state.refused = [...this.state.refused, ...fresh].slice(-MAX_REFUSED)
    report.refused.push(...fresh)
    report.forcePush ||= forcePush
    report.received += commits.length
    this.state.roster = outcome.state.roster
    this.state.applied = outcome.state.applied
    this.state.verified = tip
    // Own files someone else changed (refused, but in the tree), or a rewritten history: written
    // again from the library by the next commit.
    if (forcePush) this.state.exported = {}
    for (const commit of commits) {
      if (outcome.verdicts.get(commit.sha)?.signer === this.state.editor.id) continue
      for (const change of commit.changes) {
        const kind = classifyPath(change.path)
        if (kind.kind === 'editor-article' && kind.editorId === this.state.editor.id) {
          delete this.state.exported[kind.articleId]
        }
      }
    }
    await this.apply(store, report)
    await this.save()
    await this.integrate(tip, previous, forcePush)
  }

  /** Imports every accepted file whose blob the library has not taken in yet: texts first. */
  private async apply(store: LibraryStore, report: TeamSyncReport): Promise<void> {
    const me = this.state.editor
    const pending = Object.entries(this.state.applied).filter(([path, blob]) => {
      if (this.state.imported[path] === blob) return false
      const kind = classifyPath(path)
      return kind.kind === 'text' || (kind.kind === 'editor-article' && kind.editorId !== me.id)
    })
    if (pending.length === 0) return
    const contents = await readBlobs(
      this.git,
      this.repo,
      pending.map(([, blob]) => blob),
    )
    const held = new Set(store.list().map((meta) => meta.id))
    const ordered = [
      ...pending.filter(([path]) => classifyPath(path).kind === 'text'),
      ...pending.filter(([path]) => classifyPath(path).kind !== 'text'),
    ]
    const changed = new Set<string>()
    for (const [path, blob] of ordered) {
      const content = contents.get(blob)
      if (content === undefined) continue
      const kind = classifyPath(path)
      try {
        if (kind.kind === 'text') {
          const file = parseArticleTextFile(content, kind.textHash)
          if (!held.has(file.articleId)) {
            await store.add(file.draft, `team:${path}`).catch((error: unknown) => {
              if (!(error instanceof FactmarkError && error.code === 'duplicate')) throw error
            })
            held.add(file.articleId)
            report.addedArticles.push(file.articleId)
          }
          this.state.imported[path] = blob
        } else if (kind.kind === 'editor-article') {
          const pkg = parsePackage(content)
          const entry = pkg.articles[0]
          if (
            pkg.author.id !== kind.editorId ||
            pkg.articles.length !== 1 ||
            entry?.articleId !== kind.articleId
          ) {
            throw new TeamError(
              'not-a-team',
              `${path} does not hold ${kind.editorId}’s work on article ${kind.articleId}`,
            )
          }
          if (!held.has(kind.articleId)) continue // its text has not arrived: tried again later
          const imported = await store.importPackage(pkg, me)
          for (const article of imported.articles) {
            if (article.added + article.updated + article.deleted > 0)
              changed.add(article.articleId)
            if (article.reviews.added + article.reviews.updated + article.reviews.deleted > 0) {
              changed.add(article.articleId)
            }
          }
          this.state.imported[path] = blob
        }
      } catch (error) {
        if (error instanceof FactmarkError && error.code === 'store-failure') throw error
        this.state.imported[path] = blob
        const entry: RefusedCommit = {
          commit: blob,
          authorClaimed: kind.kind === 'editor-article' ? kind.editorId : '',
          signer: kind.kind === 'editor-article' ? kind.editorId : null,
          reason: `the file ${path} was refused: ${(error as Error).message}`,
          committedAt: new Date().toISOString(),
        }
        this.state.refused.push(entry)
        report.refused.push(entry)
      }
    }
    report.changedArticles.push(...[...changed].sort())
  }

  /**
   * Puts own commits on top of the verified remote `tip`: a fast-forward when there are none, a
   * signed rebase of them otherwise (they touch only own files, so it never conflicts). After a
   * force-push, or if the rebase fails, own files are written again from the library on the new
   * history instead: nothing of the editor's work is lost, since the library holds it all.
   */
  private async integrate(tip: string, previous: string | null, forcePush: boolean): Promise<void> {
    const head = await this.revParse('HEAD')
    if (head === null || head === tip) {
      if (head === null) await this.git.run(this.repo, ['reset', '--quiet', '--hard', tip])
      return
    }
    if (await this.isAncestor(head, tip)) {
      await this.git.run(this.repo, ['reset', '--quiet', '--hard', tip])
      return
    }
    if (!forcePush && previous !== null) {
      const rebased = await this.git.run(
        this.repo,
        [...this.signing(), 'rebase', '--quiet', '--onto', tip, previous],
        { allowFailure: true },
      )
      if (rebased.code === 0) return
      await this.git.run(this.repo, ['rebase', '--abort'], { allowFailure: true })
    }
    await this.git.run(this.repo, ['reset', '--quiet', '--hard', tip])
    // Own commits were dropped: the caller writes own work again from the library on top.
    this.state.exported = {}
  }

  /** Verifies own commits just pushed, so the roster (own roster changes) stays current. */
  private async verifyOwn(head: string): Promise<void> {
    const previous = this.state.verified
    const commits = await readCommits(
      this.git,
      this.repo,
      previous === null ? head : `${previous}..${head}`,
    )
    const outcome = await verifyCommits(this.git, this.repo, this.scratch, commits, {
      roster: previous === null ? null : this.state.roster,
      applied: previous === null ? {} : this.state.applied,
    })
    if (this.state.root === null && commits[0] && outcome.verdicts.get(commits[0].sha)?.accepted) {
      this.state.root = commits[0].sha
    }
    this.state.roster = outcome.state.roster
    this.state.applied = outcome.state.applied
    this.state.verified = head
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
    await this.serial(async () => {
      const roster = this.roster()
      if (!roster || !roster.admins.includes(this.state.editor.id)) {
        throw new TeamError(
          'not-admin',
          `git-team: only the team’s admins (${roster?.admins.join(', ') ?? 'none known yet'}) can add editors to the roster; ${this.state.editor.id} is not one.`,
        )
      }
      // The roster is written from the verified roster, never from whatever the folder holds.
      await this.writeRoster(withEntry(roster, editorId, key))
      await this.git.run(this.repo, ['add', '--', ALLOWED_SIGNERS_FILE, TEAM_FILE])
      await this.commit(`${this.state.editor.name} adds ${editorId} to the roster`)
    })
    return this.sync(store)
  }

  /** The team's state now, without contacting the server. */
  async status(): Promise<TeamStatusReport> {
    return this.serial(async () => {
      const head = await this.revParse('HEAD')
      const remote = await this.revParse(`refs/remotes/origin/${TEAM_BRANCH}`)
      let outgoing = 0
      let incoming = 0
      if (head !== null)
        outgoing = await this.countCommits(remote === null ? head : `${remote}..${head}`)
      if (head !== null && remote !== null) incoming = await this.countCommits(`${head}..${remote}`)
      const dirty = await this.git.run(this.repo, [
        'status',
        '--porcelain',
        '--',
        EDITORS_FOLDER,
        TEXTS_FOLDER,
      ])
      if (dirty.stdout.trim().length > 0) outgoing += 1
      const roster = this.roster()
      return {
        address: this.state.address,
        editor: this.state.editor,
        publicKey: this.state.publicKey,
        inRoster: this.inRoster(),
        admin: roster?.admins.includes(this.state.editor.id) ?? false,
        outgoing,
        incoming,
        lastSync: this.state.lastSync,
        lastError: this.state.lastError,
        forcePushSeen: this.state.forcePushSeen,
        refused: [...this.state.refused],
      }
    })
  }

  /**
   * The trail of article `articleId`: every commit that changed an editor's file of it, oldest
   * first, with what they did (tagged, accepted, rejected, changed a verdict …), who signed it and
   * whether it checks out against the roster as it stood then.
   */
  async log(articleId: string): Promise<TrailEntry[]> {
    return this.serial(async () => {
      const head = await this.revParse('HEAD')
      if (head === null) return []
      const articlePaths = `${EDITORS_FOLDER}/*/articles/${articleId}.json`
      const commits = await readCommits(this.git, this.repo, head, [
        ALLOWED_SIGNERS_FILE,
        TEAM_FILE,
        `:(glob)${articlePaths}`,
      ])
      const outcome = await verifyCommits(this.git, this.repo, this.scratch, commits, {
        roster: null,
        applied: {},
      })
      const blobs: string[] = []
      for (const commit of commits) {
        for (const change of commit.changes) {
          const kind = classifyPath(change.path)
          if (kind.kind !== 'editor-article' || kind.articleId !== articleId) continue
          const before = commit.previous.get(change.path)
          const after = commit.blobs.get(change.path)
          if (before) blobs.push(before)
          if (after) blobs.push(after)
        }
      }
      const contents = await readBlobs(this.git, this.repo, blobs)
      const articleOf = (blob: string | undefined): PackageArticle | null => {
        const text = blob === undefined ? undefined : contents.get(blob)
        if (text === undefined) return null
        try {
          return parsePackage(text).articles[0] ?? null
        } catch {
          return null
        }
      }
      const trail: TrailEntry[] = []
      for (const commit of commits) {
        const verdict = outcome.verdicts.get(commit.sha)
        for (const change of commit.changes) {
          const kind = classifyPath(change.path)
          if (kind.kind !== 'editor-article' || kind.articleId !== articleId) continue
          trail.push({
            commit: commit.sha,
            at: commit.committedAt,
            editorId: kind.editorId,
            signer: verdict?.signer ?? null,
            verified: verdict?.accepted ?? false,
            reason: verdict && !verdict.accepted ? verdict.reason : null,
            actions: trailActions(
              articleOf(commit.previous.get(change.path)),
              articleOf(commit.blobs.get(change.path)),
            ),
          })
        }
      }
      return trail
    })
  }
}
