import { mkdir, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { EXPORT_FORMATS, type ExportFormat, type ExportOptions } from '../../shared/export/types'
import { FactmarkError } from '../../shared/ipc/result'
import { TAG_KINDS, type TagKind } from '../../shared/model/annotation'
import { editorIdFor } from '../../shared/model/editor-id'
import type { HtmlRenderer } from '../core/export/html-renderer'
import { renderExport } from '../core/export/render-export'
import { writeExportFile, writeIntoFolder } from '../core/export/write-export'
import type { LibraryStore } from '../core/store/library-store'
import { chromiumRenderer, findChromium } from './chromium-renderer'
import type { CliIo } from './cli-io'
import { exportEach } from './export-all'
import { UsageError } from './usage-error'

/** The parsed options of `factmark export`. */
export interface ExportCommandOptions {
  all: boolean
  format: string | undefined
  out: string | undefined
  editors: readonly string[]
  kinds: readonly string[]
  notes: boolean
  force: boolean
  version: string
}

function checkedFormat(format: string | undefined): ExportFormat {
  if (format === undefined)
    throw new UsageError(`export needs --format (${EXPORT_FORMATS.join(', ')})`)
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format “${format}”; use one of ${EXPORT_FORMATS.join(', ')}`)
  }
  return format as ExportFormat
}

function checkedKinds(kinds: readonly string[]): TagKind[] {
  for (const kind of kinds) {
    if (!(TAG_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`unknown kind “${kind}”; use one of ${TAG_KINDS.join(', ')}`)
    }
  }
  return [...new Set(kinds)] as TagKind[]
}

async function isFolder(path: string): Promise<boolean | null> {
  try {
    return (await stat(path)).isDirectory()
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

function printer(format: ExportFormat, io: CliIo): HtmlRenderer | null {
  if (format !== 'pdf') return null
  const executable = findChromium(io.env)
  if (!executable) {
    throw new FactmarkError(
      'export-failure',
      'PDF export from the command line prints with Chrome or Chromium, and none was found; install one or set FACTMARK_CHROMIUM to its path.',
    )
  }
  return chromiumRenderer(executable)
}

/**
 * `factmark export <id>|--all --format F --out PATH [--editor NAME …] [--kind K …] [--no-notes]
 * [--force]`: one article to a file (or into PATH when it is a folder), or every article into the
 * folder PATH, one file each. Never replaces a file unless --force is given; prints each path.
 */
export async function exportCommand(
  store: LibraryStore,
  positionals: readonly string[],
  options: ExportCommandOptions,
  io: CliIo,
): Promise<number> {
  const format = checkedFormat(options.format)
  if (options.all ? positionals.length !== 0 : positionals.length !== 1) {
    throw new UsageError('export takes one article id, or --all')
  }
  if (!options.out) throw new UsageError('export needs --out PATH')
  const exportOptions: ExportOptions = {
    editors: [...new Set(options.editors.map((name) => editorIdFor(name)))],
    kinds: checkedKinds(options.kinds),
    notes: options.notes,
  }
  const out = resolve(io.cwd, options.out)
  const renderer = printer(format, io)
  const stamp = { appVersion: options.version }
  const folder = await isFolder(out)
  if (options.all) {
    if (folder === false) throw new UsageError(`--out ${out} is a file; --all needs a folder`)
    await mkdir(out, { recursive: true })
    return exportEach(
      store.list(),
      async (meta) => {
        const rendered = await renderExport(store, meta.id, format, exportOptions, stamp, renderer)
        return writeIntoFolder(out, rendered.fileName, rendered.data)
      },
      io,
    )
  }
  const rendered = await renderExport(
    store,
    positionals[0] ?? '',
    format,
    exportOptions,
    stamp,
    renderer,
  )
  if (folder === true) {
    io.stdout(`${await writeIntoFolder(out, rendered.fileName, rendered.data)}\n`)
    return 0
  }
  if (folder === false && !options.force) {
    throw new FactmarkError('duplicate', `${out} already exists; pass --force to replace it.`)
  }
  io.stdout(`${await writeExportFile(out, rendered.data)}\n`)
  return 0
}
