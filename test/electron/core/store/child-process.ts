import { build } from 'esbuild'
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../../..', import.meta.url))

/**
 * A child script bundled into a temp folder (the store child, store-child.ts, unless `entry`
 * names another); `remove` deletes it.
 */
export async function buildStoreChild(
  entry: URL = new URL('./store-child.ts', import.meta.url),
): Promise<{ script: string; remove: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'factmark-child-'))
  const script = join(folder, 'child.mjs')
  await build({
    absWorkingDir: ROOT,
    entryPoints: [fileURLToPath(entry)],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // Bundled CommonJS dependencies may call require.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  })
  return { script, remove: () => rm(folder, { recursive: true, force: true }) }
}

/** A running store child, with its stdout lines as they arrive. */
export interface StoreChild {
  process: ChildProcessWithoutNullStreams
  lines: string[]
  /** Resolves with the first line that `match` accepts (rejects if the child exits first). */
  waitFor(match: (line: string) => boolean): Promise<string>
  /** Resolves when the child has exited, with its exit code or signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
  stderr(): string
}

/** Starts the bundled store child with `args`. */
export function startStoreChild(script: string, args: string[]): StoreChild {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
  const lines: string[] = []
  const waiters: { match: (line: string) => boolean; resolve: (line: string) => void }[] = []
  let buffered = ''
  let errors = ''
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', (chunk: string) => {
    buffered += chunk
    const parts = buffered.split('\n')
    buffered = parts.pop() ?? ''
    for (const line of parts) {
      lines.push(line)
      for (const waiter of [...waiters]) {
        if (waiter.match(line)) {
          waiters.splice(waiters.indexOf(waiter), 1)
          waiter.resolve(line)
        }
      }
    }
  })
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => {
    errors += chunk
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  )
  return {
    process: child,
    lines,
    exited,
    stderr: () => errors,
    waitFor: (match) => {
      const seen = lines.find(match)
      if (seen !== undefined) return Promise.resolve(seen)
      return new Promise((resolve, reject) => {
        waiters.push({ match, resolve })
        void exited.then(({ code, signal }) =>
          reject(new Error(`store child exited (${code ?? signal}) first: ${errors}`)),
        )
      })
    },
  }
}
