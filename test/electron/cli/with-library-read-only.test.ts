import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runCli, type CliIo } from '../../../electron/cli/run-cli'
import { SEEDS_DIR } from '../main/fixtures'

// A folder without write permission, read by a user who is not its owner: the tests run as
// root, who may write anywhere, so the CLI is bundled and run as `nobody` through setpriv(1).
// Where that is not possible (not root, no setpriv), the test is skipped: the in-process tests
// of LibraryStore.openToRead and LockFailedError cover the same paths through the fs seam.
const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const canDropPrivileges =
  process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0

function io(cwd: string): CliIo & { out: string[]; err: string[] } {
  const out: string[] = []
  const err: string[] = []
  return {
    out,
    err,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    env: {},
    cwd,
  }
}

async function tree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort()
}

describe.skipIf(!canDropPrivileges)('a library in a folder its user cannot write', () => {
  let folder = ''
  let cli = ''
  let library = ''
  let ids: string[] = []

  /** Runs the bundled CLI as nobody, from a folder nobody may write (the exports' folder). */
  function asNobody(...args: string[]): { code: number | null; stdout: string; stderr: string } {
    const run = spawnSync(
      'setpriv',
      ['--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath, cli, ...args],
      { encoding: 'utf8', cwd: join(folder, 'out'), env: { PATH: process.env.PATH ?? '' } },
    )
    return { code: run.status, stdout: run.stdout, stderr: run.stderr }
  }

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'factmark-read-only-'))
    cli = join(folder, 'factmark.mjs')
    await build({
      absWorkingDir: ROOT,
      entryPoints: [join(ROOT, 'electron/cli/index.ts')],
      outfile: cli,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'warning',
      banner: {
        js: "import { createRequire as factmarkRequire } from 'node:module'; const require = factmarkRequire(import.meta.url);",
      },
    })
    library = join(folder, 'library')
    const seeds = ['003_40a772719bc21af6.txt', '004_62547c9f4c534b11.txt']
    const setup = io(folder)
    const args = [
      '--data-dir',
      library,
      'import',
      '--json',
      ...seeds.map((s) => join(SEEDS_DIR, s)),
    ]
    expect(await runCli(args, setup), setup.err.join('')).toBe(0)
    ids = (JSON.parse(setup.out.join('')) as { id: string }[]).map((meta) => meta.id)
    for (const editor of ['Ana', 'Ben']) {
      const tag = io(folder)
      const tagArgs = ['--data-dir', library, 'tag', ids[0] ?? '', '--sentence', '1']
      expect(await runCli([...tagArgs, '--kind', 'claim', '--editor', editor], tag)).toBe(0)
    }
    await mkdir(join(folder, 'out'))
    await chmod(folder, 0o755)
    await chmod(join(folder, 'out'), 0o777)
    spawnSync('chmod', ['-R', 'a-w,a+rX', library])
  }, 120_000)

  afterAll(async () => {
    spawnSync('chmod', ['-R', 'u+w', library])
    await rm(folder, { recursive: true, force: true })
  })

  it('lists, shows, prints tags, exports, compares and measures agreement, writing nothing', async () => {
    const before = await tree(library)
    const [first = '', second = ''] = ids
    const runs = [
      ['list'],
      ['list', '--json'],
      ['show', first],
      ['tags', first],
      ['export', first, '--format', 'html', '--out', join(folder, 'out', 'one.html')],
      ['export', '--all', '--format', 'md', '--out', join(folder, 'out')],
      ['story', first, second],
      ['agreement', first],
    ]
    for (const args of runs) {
      const run = asNobody('--data-dir', library, ...args)
      expect(run.stderr, args.join(' ')).toBe('')
      expect(run.code, args.join(' ')).toBe(0)
      expect(run.stdout.length, args.join(' ')).toBeGreaterThan(0)
    }
    expect(asNobody('--data-dir', library, 'list').stdout).toContain(first.slice(0, 8))
    expect(await tree(library)).toEqual(before)
    // Nine Node processes, each loading the whole bundle: about 7 s here alone, 80 s when the
    // machine is loaded.
  }, 300_000)

  it('refuses a change in plain words, with the system code on a detail line only', async () => {
    const before = await tree(library)
    const args = ['tag', ids[0] ?? '', '--sentence', '2', '--kind', 'quote', '--editor', 'Ana']
    const run = asNobody('--data-dir', library, ...args)
    expect(run.code).toBe(1)
    const [first = '', detail = ''] = run.stderr.split('\n')
    expect(first).toBe(
      `factmark: Factmark cannot change the library at ${library}: Factmark is not allowed to write in the library folder. Nothing was changed.`,
    )
    expect(first).not.toMatch(/EACCES|EROFS|\.new/)
    expect(detail).toMatch(/^Detail: EACCES/)
    expect(await tree(library)).toEqual(before)
  }, 60_000)
})
