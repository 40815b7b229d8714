import { parseArgs } from 'node:util'
import { resolve } from 'node:path'
import { Node } from 'prosemirror-model'
import { articleSchema as editorSchema } from '../../shared/editor/schema'
import { FactmarkError } from '../../shared/ipc/result'
import { articleSentences } from '../../shared/text/article-sentences'
import { articleText, textBlocks } from '../../shared/text/article-text'
import { defaultDataDir } from '../main/data-dir'
import { importFiles } from '../main/import/import-files'
import { LibraryStore } from '../main/store/library-store'

/** Where the CLI writes and what environment it reads; the real process's in production. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
  env: NodeJS.ProcessEnv
  cwd: string
}

/** Bad usage: exit code 2 with the usage text. */
class UsageError extends Error {}

/** The CLI's help text. */
export const USAGE = `Usage: factmark [--data-dir DIR] <command> [options]

Commands:
  import <file>... [--json]   add articles (.txt, .md) to the library; prints the new ids
  list [--json]               list the library's articles
  show <id>                   print an article's text with its sentences numbered from 0

Options:
  --data-dir DIR   the library folder (default: $FACTMARK_DATA_DIR, else the desktop app's)
  -h, --help       show this help
`

function pad(value: string | number, width: number): string {
  return String(value).padEnd(width)
}

async function openStore(dataDir: string): Promise<LibraryStore> {
  const store = await LibraryStore.open(dataDir)
  return store
}

/**
 * Runs one CLI invocation and returns its exit code: 0 on success, 1 on an error (its message
 * on stderr), 2 on bad usage. Never calls process.exit, so tests can run it in-process.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    })
    const [command, ...rest] = positionals
    if (values.help || !command) {
      ;(values.help ? io.stdout : io.stderr)(USAGE)
      return values.help ? 0 : 2
    }
    const dataDir = resolve(io.cwd, values['data-dir'] ?? defaultDataDir(process.platform, io.env))
    switch (command) {
      case 'import':
        return await importCommand(dataDir, rest, values.json, io)
      case 'list':
        if (rest.length > 0) throw new UsageError('list takes no arguments')
        return await listCommand(dataDir, values.json, io)
      case 'show':
        if (rest.length !== 1) throw new UsageError('show takes exactly one article id')
        return await showCommand(dataDir, rest[0] ?? '', io)
      default:
        throw new UsageError(`unknown command “${command}”`)
    }
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`factmark: ${(error as Error).message}\n\n${USAGE}`)
      return 2
    }
    const message =
      error instanceof FactmarkError ? error.message : String((error as Error).message)
    io.stderr(`factmark: ${message}\n`)
    return 1
  }
}

async function importCommand(
  dataDir: string,
  files: string[],
  json: boolean,
  io: CliIo,
): Promise<number> {
  if (files.length === 0) throw new UsageError('import needs at least one file')
  const store = await openStore(dataDir)
  const report = await importFiles(
    store,
    files.map((file) => resolve(io.cwd, file)),
  )
  if (json) {
    io.stdout(
      `${JSON.stringify(
        report.imported.map(({ id, title }) => ({ id, title })),
        null,
        2,
      )}\n`,
    )
  } else {
    for (const article of report.imported) io.stdout(`${article.id}\n`)
  }
  for (const failure of report.failures)
    io.stderr(`factmark: ${failure.file}: ${failure.message}\n`)
  return report.failures.length > 0 ? 1 : 0
}

async function listCommand(dataDir: string, json: boolean, io: CliIo): Promise<number> {
  const articles = (await openStore(dataDir)).list()
  if (json) {
    io.stdout(`${JSON.stringify(articles, null, 2)}\n`)
    return 0
  }
  if (articles.length === 0) {
    io.stdout('The library is empty. Add articles with: factmark import <file>...\n')
    return 0
  }
  io.stdout(`${pad('ID', 17)}${pad('DATE', 11)}${pad('SENT', 5)}TITLE\n`)
  for (const article of articles) {
    const outlet = article.outlet ? ` (${article.outlet})` : ''
    io.stdout(
      `${pad(article.id, 17)}${pad(article.published ?? '-', 11)}${pad(article.sentenceCount, 5)}${article.title}${outlet}\n`,
    )
  }
  return 0
}

async function showCommand(dataDir: string, id: string, io: CliIo): Promise<number> {
  const article = await (await openStore(dataDir)).get(id)
  const doc = Node.fromJSON(editorSchema, article.body)
  const text = articleText(doc)
  const sentences = articleSentences(doc)
  const header = [article.title, article.outlet, article.published].filter(Boolean).join(' · ')
  io.stdout(`${header}\n`)
  let index = 0
  for (const block of textBlocks(doc)) {
    io.stdout('\n')
    const end = block.start + block.text.length
    while (index < sentences.length && (sentences[index]?.start ?? Infinity) < end) {
      const sentence = sentences[index]
      if (sentence) io.stdout(`${pad(index, 5)}${text.slice(sentence.start, sentence.end)}\n`)
      index += 1
    }
  }
  return 0
}
