import type { AgreementReport, EditorConfusion } from './agreement-report'
import { toCsv } from '../text/csv'

/** The columns of `agreementCsv`, in order. */
export const AGREEMENT_CSV_COLUMNS = [
  'scope',
  'article_id',
  'title',
  'units',
  'paired_units',
  'coders',
  'percent_agreement',
  'kappa',
  'alpha',
  'agreements',
  'conflicts',
  'coverage_gaps',
] as const

/**
 * The agreement report as CSV (RFC 4180, CRLF line ends, see `toCsv`): a header row
 * (`AGREEMENT_CSV_COLUMNS`), one row per article (scope `article`) in the report's order, and a
 * last row for the whole library (scope `library`, empty id and title). `coders` lists the ids of
 * the editors who coded the scope, separated by spaces; `percent_agreement` is a proportion in
 * [0, 1]; an undefined or inapplicable figure (`null`: kappa with other than two editors, or no
 * sentence coded by two editors) is an empty field. The last three columns are review mode's
 * counts of tagged sentences: same kind, different kinds, and tagged by some editors only.
 */
export function agreementCsv(report: AgreementReport): string {
  const rows = report.articles.map((article) => [
    'article',
    article.id,
    article.title,
    article.units,
    article.pairedUnits,
    article.coders.join(' '),
    article.percentAgreement,
    article.kappa,
    article.alpha,
    article.agreements,
    article.conflicts,
    article.gaps,
  ])
  const { library } = report
  rows.push([
    'library',
    '',
    '',
    library.units,
    library.pairedUnits,
    library.coders.join(' '),
    library.percentAgreement,
    library.kappa,
    library.alpha,
    library.agreements,
    library.conflicts,
    library.gaps,
  ])
  return toCsv([[...AGREEMENT_CSV_COLUMNS], ...rows])
}

/**
 * A confusion matrix as CSV (RFC 4180, CRLF line ends, see `toCsv`). The first cell names the
 * sides, `<rows editor> \ <columns editor>` (display names); the header row goes on with one column
 * per label and `total`; then one row per label of the rows editor (its counts against each label
 * of the columns editor, and the row total), and a last `total` row with the column totals and the
 * number of sentences both coded.
 */
export function confusionCsv(confusion: EditorConfusion): string {
  const { labels, counts, rows, columns } = confusion
  const columnTotals = labels.map((_, column) =>
    counts.reduce((sum, row) => sum + (row[column] ?? 0), 0),
  )
  const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0)
  return toCsv([
    [`${rows.name} \\ ${columns.name}`, ...labels, 'total'],
    ...labels.map((label, row) => [label, ...counts[row]!, sum(counts[row]!)]),
    ['total', ...columnTotals, sum(columnTotals)],
  ])
}
