import { mkdir, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { z } from 'zod'
import {
  EXPORT_FORMATS,
  EXPORT_PRESETS,
  REJECTED_CHOICES,
  type ExportFormat,
  type ExportOptions,
} from '../../shared/export/types'
import { factCheckSettingsSchema } from '../../shared/model/fact-check'
import { FactmarkError } from '../../shared/ipc/result'
import { TAG_KINDS, type TagKind } from '../../shared/model/annotation'
import { editorIdFor } from '../../shared/model/editor-id'
import type { HtmlRenderer } from '../core/export/html-renderer'
import {
  hasClaimVerdict,
  renderExport,
  type ClaimReviewOverrides,
} from '../core/export/render-export'
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
  /** `--rejected omit|mark`. */
  rejected?: string | undefined
  /** `--preset publishable`. */
  preset?: string | undefined
  /** `--publisher NAME`, for ClaimReview. */
  publisher?: string | undefined
  /** `--review-url PATTERN`, for ClaimReview. */
  reviewUrl?: string | undefined
}

function checkedChoice<T extends string>(
  name: string,
  value: string | undefined,
  choices: readonly T[],
): T | undefined {
  if (value === undefined) return undefined
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} takes ${choices.join(' or ')}, not “${value}”`)
  }
  return value as T
}

/** The ClaimReview flags, checked as the settings check them. */
function claimReviewOverrides(
  format: ExportFormat,
  options: ExportCommandOptions,
): ClaimReviewOverrides {
  if (format !== 'claimreview') {
    if (options.publisher !== undefined || options.reviewUrl !== undefined) {
      throw new UsageError('--publisher and --review-url go with --format claimreview')
    }
    return {}
  }
  const settings = factCheckSettingsSchema.shape
  if (options.publisher !== undefined) {
    const name = z.string().trim().min(1).max(200).safeParse(options.publisher)
    if (!name.success) throw new UsageError('--publisher needs a name of 1 to 200 characters')
  }
  if (options.reviewUrl !== undefined) {
    const pattern = settings.reviewUrlPattern.safeParse(options.reviewUrl)
    if (!pattern.success) {
      throw new UsageError(
        `--review-url must be an http(s) address holding {id}, e.g. https://example.org/checks/{id}`,
      )
    }
  }
  return { publisher: options.publisher, reviewUrlPattern: options.reviewUrl }
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
 * [--force] [--rejected omit|mark] [--preset publishable] [--publisher NAME] [--review-url P]`:
 * one article to a file (or into PATH when it is a folder), or every article into the folder
 * PATH, one file each (for ClaimReview, every article with a claim that has a verdict). Never
 * replaces a file unless --force is given; prints each path, and on stderr the recommended
 * ClaimReview fields that are missing. A ClaimReview lacking a required field fails (exit 1)
 * listing them.
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
  const rejected = checkedChoice('rejected', options.rejected, REJECTED_CHOICES)
  if (rejected) exportOptions.rejected = rejected
  const preset = checkedChoice('preset', options.preset, EXPORT_PRESETS)
  if (preset) exportOptions.preset = preset
  const overrides = claimReviewOverrides(format, options)
  const render = (id: string) =>
    renderExport(store, id, format, exportOptions, stamp, renderer, overrides).then((rendered) => {
      for (const warning of rendered.warnings ?? []) io.stderr(`factmark: warning: ${warning}\n`)
      return rendered
    })
  const out = resolve(io.cwd, options.out)
  const renderer = printer(format, io)
  const stamp = { appVersion: options.version }
  const folder = await isFolder(out)
  if (options.all) {
    if (folder === false) throw new UsageError(`--out ${out} is a file; --all needs a folder`)
    await mkdir(out, { recursive: true })
    let articles = store.list()
    if (format === 'claimreview') {
      const withVerdict = []
      for (const meta of articles) if (await hasClaimVerdict(store, meta.id)) withVerdict.push(meta)
      if (withVerdict.length === 0) {
        throw new FactmarkError(
          'not-found',
          'No article in the library has a claim with a verdict.',
        )
      }
      articles = withVerdict
    }
    return exportEach(
      articles,
      async (meta) => {
        const rendered = await render(meta.id)
        return writeIntoFolder(out, rendered.fileName, rendered.data)
      },
      io,
    )
  }
  const rendered = await render(positionals[0] ?? '')
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
