import { execFile } from 'node:child_process'
import { TeamError } from '../../../shared/team/team-error'

/** The oldest git that signs and verifies commits with SSH keys. */
export const MIN_GIT_VERSION: readonly [number, number] = [2, 34]

/** How long one git command may run before it is stopped (default 2 min: a first clone). */
export const DEFAULT_GIT_TIMEOUT_MS = 120_000

/** What a git command printed, and how it ended. */
export interface GitOutput {
  stdout: string
  stderr: string
  /** The exit code (0 on success). */
  code: number
}

/** Options of one {@link GitRunner.run}. */
export interface GitRunOptions {
  /** Standard input for the command. */
  input?: string
  /** Return a non-zero exit instead of throwing (the caller reads `code`). */
  allowFailure?: boolean
  timeoutMs?: number
}

/** What a git command's failure reads like, to tell an unreachable server from other errors. */
const UNREACHABLE =
  /could not read from remote repository|unable to access|could not resolve host|connection refused|connection timed out|unable to connect|does not appear to be a git repository|network is unreachable|no route to host|couldn't connect/i

/** Whether git's error text says the server could not be reached. */
export function looksUnreachable(stderr: string): boolean {
  return UNREACHABLE.test(stderr)
}

/** The version numbers in `git --version`'s output (`git version 2.39.5`), or null. */
export function parseGitVersion(output: string): [number, number, number] | null {
  const match = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(output)
  if (!match) return null
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)]
}

const INSTALL_HINT =
  'Install Git 2.34 or later (https://git-scm.com/downloads; on Debian or Ubuntu: apt install git openssh-client; on macOS: xcode-select --install or brew install git)'

/**
 * Runs the system `git` as a child process with an argument list, never through a shell, so no
 * address, path or message is ever parsed as shell syntax. Every command has a timeout, never
 * asks at the terminal (`GIT_TERMINAL_PROMPT=0`: credentials come from the editor's own helper or
 * ssh-agent, and Factmark stores none).
 *
 * System git rather than isomorphic-git: signing and verifying commits with SSH keys
 * (`gpg.format=ssh`, `allowedSignersFile`) is only in git itself, it is much faster on large
 * repositories, and it uses the editor's credential helpers and SSH setup as they are.
 */
export class GitRunner {
  private checked: Promise<string> | null = null

  /** `program` is the git to run (tests may point at another). */
  constructor(
    private readonly program = 'git',
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  /**
   * Checks once that git is installed and at least {@link MIN_GIT_VERSION}; resolves to its
   * version. A `git-missing` or `git-too-old` {@link TeamError} says what to install.
   */
  check(): Promise<string> {
    this.checked ??= this.spawn(['--version'], undefined, 20_000, true).then(
      (output) => {
        const version = parseGitVersion(output.stdout)
        if (output.code !== 0 || !version) {
          throw new TeamError(
            'git-missing',
            `git-runner: git did not run (${output.stderr.trim()}). ${INSTALL_HINT}.`,
          )
        }
        const [major, minor] = version
        const [needMajor, needMinor] = MIN_GIT_VERSION
        if (major < needMajor || (major === needMajor && minor < needMinor)) {
          throw new TeamError(
            'git-too-old',
            `git-runner: Git ${version.join('.')} is too old: teams need ${needMajor}.${needMinor} or later to sign commits with SSH keys. ${INSTALL_HINT}.`,
          )
        }
        return version.join('.')
      },
      (error: unknown) => {
        this.checked = null
        throw error
      },
    )
    return this.checked
  }

  /**
   * Runs `git <args>` in `cwd`. Rejects with a `git-failed` {@link TeamError} holding git's own
   * message when it exits non-zero (unless `allowFailure`), and when it runs past its timeout.
   */
  async run(
    cwd: string | undefined,
    args: readonly string[],
    options: GitRunOptions = {},
  ): Promise<GitOutput> {
    await this.check()
    const output = await this.spawn(
      args,
      cwd,
      options.timeoutMs ?? DEFAULT_GIT_TIMEOUT_MS,
      options.allowFailure ?? false,
      options.input,
    )
    return output
  }

  /** Runs `git <args>` in `cwd` with `input` on stdin; resolves to its raw standard output. */
  async runBytes(cwd: string, args: readonly string[], input: string): Promise<Buffer> {
    await this.check()
    return new Promise((resolve, reject) => {
      const child = execFile(
        this.program,
        [...args],
        {
          cwd,
          timeout: DEFAULT_GIT_TIMEOUT_MS,
          killSignal: 'SIGKILL',
          maxBuffer: 2 * 1024 * 1024 * 1024,
          encoding: 'buffer',
          windowsHide: true,
          env: { ...this.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' },
        },
        (error, stdout, stderr) => {
          if (error) {
            reject(
              new TeamError(
                'git-failed',
                `git-runner: git ${args[0] ?? ''} failed: ${stderr.toString('utf8').trim() || error.message}`,
              ),
            )
          } else resolve(stdout)
        },
      )
      child.stdin?.end(input)
    })
  }

  private spawn(
    args: readonly string[],
    cwd: string | undefined,
    timeoutMs: number,
    allowFailure: boolean,
    input?: string,
  ): Promise<GitOutput> {
    return new Promise((resolve, reject) => {
      const child = execFile(
        this.program,
        [...args],
        {
          cwd,
          timeout: timeoutMs,
          killSignal: 'SIGKILL',
          maxBuffer: 512 * 1024 * 1024,
          encoding: 'utf8',
          windowsHide: true,
          env: {
            ...this.env,
            GIT_TERMINAL_PROMPT: '0',
            GIT_ASKPASS: this.env.GIT_ASKPASS ?? '',
            SSH_ASKPASS: this.env.SSH_ASKPASS ?? '',
            LC_ALL: 'C',
            LANGUAGE: 'C',
          },
        },
        (error, stdout, stderr) => {
          if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
            reject(
              new TeamError(
                'git-missing',
                `git-runner: git is not installed (no “${this.program}” on the PATH). ${INSTALL_HINT}.`,
              ),
            )
            return
          }
          if (error && error.killed) {
            reject(
              new TeamError(
                looksUnreachable(stderr) ? 'unreachable' : 'git-failed',
                `git-runner: git ${args[0] ?? ''} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped.`,
              ),
            )
            return
          }
          const code = error ? Number((error as { code?: unknown }).code ?? 1) || 1 : 0
          if (code !== 0 && !allowFailure) {
            const message = stderr.trim() || stdout.trim() || `exit code ${code}`
            reject(
              new TeamError(
                looksUnreachable(stderr) ? 'unreachable' : 'git-failed',
                `git-runner: git ${args
                  .filter((arg) => !arg.includes('='))
                  .slice(0, 2)
                  .join(' ')} failed: ${message}`,
              ),
            )
            return
          }
          resolve({ stdout, stderr, code })
        },
      )
      if (input !== undefined) child.stdin?.end(input)
      else child.stdin?.end()
    })
  }
}
