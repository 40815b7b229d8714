// A separate process working on a library, for the tests that kill a writer or need a second
// one. Bundled with esbuild at test start (see child-process.ts). Usage:
//   node child.mjs save-loop <dataDir> <articleId> [forgeries.json]
//                                                    once `go` arrives on stdin, saves forever,
//                                                    printing each acknowledged save's number;
//                                                    after `go forge`, also imports a forged
//                                                    package after each save, printing
//                                                    `refused <reason>` (exit 2 if accepted)
//   node child.mjs hold <dataDir>                    holds the library until stdin closes
//   node child.mjs try <dataDir>                     tries to open it, prints the error if refused
import { readFile } from 'node:fs/promises'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { importForged, type Forgery } from './forged-packages'
import { workFor, noteNumber, KILL_EDITOR } from './kill-work'

/**
 * Resolves with the first line that arrives on stdin: lets a test start the process early, then
 * use it.
 */
function goSignal(): Promise<string> {
  return new Promise((resolve) => {
    let buffered = ''
    process.stdin.setEncoding('utf8')
    process.stdin.on('data', (chunk: string) => {
      buffered += chunk
      const end = buffered.indexOf('\n')
      if (end >= 0) resolve(buffered.slice(0, end))
    })
  })
}

async function saveLoop(dataDir: string, articleId: string, forgeriesPath: string): Promise<void> {
  const go = await goSignal()
  const forgeries: Forgery[] =
    go === 'go forge' ? (JSON.parse(await readFile(forgeriesPath, 'utf8')) as Forgery[]) : []
  const store = await LibraryStore.open(dataDir, { holder: 'cli', indexDelayMs: 2 })
  const article = await store.get(articleId)
  const tags = await store.tags(articleId)
  let n = noteNumber(tags)
  process.stdout.write('ready\n')
  for (;;) {
    n += 1
    await store.saveWork(articleId, workFor(article, n), KILL_EDITOR)
    process.stdout.write(`${n}\n`)
    const forgery = forgeries[n % Math.max(1, forgeries.length)]
    if (forgery) {
      const reason = await importForged(store, forgery)
      if (reason !== forgery.reason) {
        throw new Error(`${forgery.label} was refused as ${reason}, not ${forgery.reason}`)
      }
      process.stdout.write(`refused ${reason}\n`)
    }
  }
}

async function hold(dataDir: string): Promise<void> {
  const store = await LibraryStore.open(dataDir, { holder: 'cli' })
  process.stdout.write('ready\n')
  process.stdin.resume()
  await new Promise((resolve) => process.stdin.on('end', resolve))
  await store.close()
  process.stdout.write('closed\n')
}

async function attempt(dataDir: string): Promise<void> {
  try {
    const store = await LibraryStore.open(dataDir, { holder: 'cli' })
    await store.close()
    process.stdout.write('opened\n')
  } catch (error) {
    process.stdout.write(`${(error as { code?: string }).code}: ${(error as Error).message}\n`)
    process.exitCode = 3
  }
}

const [mode = '', dataDir = '', articleId = '', extra = ''] = process.argv.slice(2)
const run =
  mode === 'save-loop'
    ? saveLoop(dataDir, articleId, extra)
    : mode === 'hold'
      ? hold(dataDir)
      : attempt(dataDir)
run.catch((error: unknown) => {
  process.stderr.write(`store-child: ${String((error as Error)?.stack ?? error)}\n`)
  process.exit(1)
})
