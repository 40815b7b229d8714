import { agreementReading, type AgreementCoefficient } from '../../shared/review/agreement-reading'
import { agreementReport, type AgreementFigures } from '../../shared/review/agreement-report'
import { agreementInput } from '../core/review/agreement-input'
import type { LibraryStore } from '../core/store/library-store'
import type { CliIo } from './cli-io'
import { UsageError } from './usage-error'

function figure(value: number | null, percent = false): string {
  if (value === null) return '–'
  return percent ? `${(value * 100).toFixed(1)}%` : value.toFixed(3)
}

/** A coefficient with its usual reading: `kappa 0.538 (moderate)`. */
function coefficient(name: AgreementCoefficient, value: number | null): string {
  const reading = agreementReading(name, value)
  return `${name} ${figure(value)}${reading ? ` (${reading.label})` : ''}`
}

function line(label: string, figures: AgreementFigures): string {
  return [
    label,
    `${figures.pairedUnits}/${figures.units} sentences`,
    `${figures.conflicts} conflict${figures.conflicts === 1 ? '' : 's'}`,
    `${figures.gaps} coverage gap${figures.gaps === 1 ? '' : 's'}`,
    `agreement ${figure(figures.percentAgreement, true)}`,
    coefficient('kappa', figures.kappa),
    coefficient('alpha', figures.alpha),
  ].join('  ')
}

/**
 * `factmark agreement <id> [--json]` and `factmark agreement --all [--json]`: sentence-by-sentence
 * agreement between every editor who tagged the article(s): percent agreement, Cohen's kappa (two
 * editors), Krippendorff's alpha and, for two editors, the confusion matrix.
 */
export async function agreementCommand(
  store: LibraryStore,
  positionals: readonly string[],
  options: { all: boolean; json: boolean },
  io: CliIo,
): Promise<number> {
  if (options.all ? positionals.length !== 0 : positionals.length !== 1) {
    throw new UsageError('agreement takes one article id, or --all')
  }
  const report = agreementReport(
    await agreementInput(store, options.all ? null : [positionals[0] ?? '']),
  )
  if (options.json) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
    return 0
  }
  if (report.editors.length < 2) {
    io.stdout(
      `Agreement needs the tags of two editors; ${report.editors.length === 0 ? 'nobody has' : `only ${report.editors[0]?.name} has`} tagged ${options.all ? 'the library' : 'this article'}.\n`,
    )
    return 0
  }
  io.stdout(`Editors: ${report.editors.map((editor) => editor.name).join(', ')}\n`)
  io.stdout(
    'Conflicts: different kinds on a sentence; coverage gaps: tagged by some editors only (as in review mode).\n',
  )
  for (const article of report.articles)
    io.stdout(`${line(`${article.id} ${article.title}`, article)}\n`)
  if (options.all) io.stdout(`${line('Library', report.library)}\n`)
  const confusion = options.all ? report.library.confusion : report.articles[0]?.confusion
  if (confusion) {
    const width = Math.max(...confusion.labels.map((label) => label.length), 8) + 2
    io.stdout(`\nRows: ${confusion.rows.name}; columns: ${confusion.columns.name}\n`)
    io.stdout(
      `${''.padEnd(width)}${confusion.labels.map((label) => label.padStart(width)).join('')}\n`,
    )
    confusion.counts.forEach((row, index) => {
      const label = confusion.labels[index] ?? ''
      io.stdout(
        `${label.padEnd(width)}${row.map((count) => String(count).padStart(width)).join('')}\n`,
      )
    })
  }
  return 0
}
