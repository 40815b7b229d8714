import { REVIEW_STATE_NAMES, type ClaimRow } from '../../shared/claims/claim-row'
import {
  filterClaims,
  indexClaims,
  verdictName,
  type ClaimsIndex,
} from '../../shared/claims/claims-model'
import { defaultClaimsView, NONE, type ClaimsView } from '../../shared/claims/claims-view'
import { CLAIM_STATUSES, claimStatusName } from '../../shared/model/fact-check'
import { createClaimsQuery } from '../core/claims/claims-query-store'
import type { CliIo } from './cli-io'
import { oneLine } from './tags-command'
import { UsageError } from './usage-error'
import { withLibrary } from './with-library'

/** The options of `factmark claims`. */
export interface ClaimsOptions {
  status?: string | undefined
  verdict?: string | undefined
  editor?: string | undefined
  json: boolean
}

/** How wide the claim's text may be on one line of the table. */
export const CLAIM_TEXT_WIDTH = 60

/** One claim as `claims --json` prints it. */
export interface ClaimJson {
  id: string
  kind: ClaimRow['kind']
  text: string
  claimant: string | null
  status: ClaimRow['status']
  verdict: string | null
  verdictName: string | null
  summary: string | null
  editor: ClaimRow['editor']
  review: ClaimRow['review']
  created: string
  modified: string
  article: { id: string; title: string; outlet: string; published: string | null }
  story: { id: string; name: string } | null
}

function checkedStatus(status: string): ClaimsView['statuses'][number] {
  const value = status.trim().toLowerCase().replace(/\s+/g, '-')
  if (value === NONE || (CLAIM_STATUSES as readonly string[]).includes(value)) {
    return value as ClaimsView['statuses'][number]
  }
  throw new UsageError(`--status must be one of ${[...CLAIM_STATUSES, NONE].join(', ')}`)
}

function checkedVerdict(index: ClaimsIndex, verdict: string): string {
  const wanted = verdict.trim().toLowerCase()
  if (wanted === NONE) return NONE
  const rating = index.list.scale.ratings.find(
    (candidate) => candidate.id === wanted || candidate.name.toLowerCase() === wanted,
  )
  if (rating) return rating.id
  const ids = index.list.scale.ratings.map((candidate) => candidate.id)
  throw new UsageError(`--verdict must be one of ${[...ids, NONE].join(', ')}`)
}

/** The editor ids `--editor` names: an editor's id, or their name (case ignored). */
function editorIds(index: ClaimsIndex, editor: string): string[] {
  const wanted = editor.trim().toLowerCase()
  const ids = new Set<string>()
  for (const row of index.list.rows) {
    if (row.editor.id === wanted || row.editor.name.toLowerCase() === wanted) ids.add(row.editor.id)
  }
  // Nobody by that name: the filter keeps it, and nothing is listed.
  return ids.size > 0 ? [...ids] : [wanted]
}

function asJson(index: ClaimsIndex, at: number): ClaimJson {
  const row = index.list.rows[at] as ClaimRow
  const article = index.articleOf[at]
  const storyId = article?.storyId ?? null
  return {
    id: row.id,
    kind: row.kind,
    text: row.text,
    claimant: row.claimant || null,
    status: row.status,
    verdict: row.verdict,
    verdictName: verdictName(index.list, row.verdict) || null,
    summary: row.summary || null,
    editor: row.editor,
    review: row.review,
    created: row.created,
    modified: row.modified,
    article: {
      id: row.articleId,
      title: article?.title ?? '',
      outlet: article?.outlet ?? '',
      published: article?.published ?? null,
    },
    story: storyId ? { id: storyId, name: index.storyNames.get(storyId) ?? '' } : null,
  }
}

/** The claims as an aligned table: one claim a line, its text cut to fit. */
export function claimsTable(index: ClaimsIndex, shown: readonly number[]): string {
  const header = [
    'TAG',
    'KIND',
    'STATUS',
    'VERDICT',
    'REVIEW',
    'EDITOR',
    'CLAIMANT',
    'ARTICLE',
    'CLAIM',
  ]
  const lines = shown.map((at) => {
    const row = index.list.rows[at] as ClaimRow
    const article = index.articleOf[at]
    const source = [article?.title ?? '', article?.outlet ?? ''].filter(Boolean).join(' · ')
    return [
      row.id,
      row.kind,
      row.status ? claimStatusName(row.status) : '-',
      verdictName(index.list, row.verdict) || '-',
      REVIEW_STATE_NAMES[row.review],
      row.editor.name,
      oneLine(row.claimant, 24) || '-',
      oneLine(source, 32),
      `“${oneLine(row.text, CLAIM_TEXT_WIDTH)}”`,
    ]
  })
  const widths = header.map((title, column) =>
    Math.max(
      Array.from(title).length,
      ...lines.map((cells) => Array.from(cells[column] ?? '').length),
    ),
  )
  const format = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1
          ? cell
          : cell + ' '.repeat((widths[column] ?? 0) - Array.from(cell).length),
      )
      .join('  ')
  return [header, ...lines].map((cells) => `${format(cells)}\n`).join('')
}

/**
 * `factmark claims [--status S] [--verdict V] [--editor E] [--json]`: every claim and disputed
 * tag of the library, as the claims board lists them (by article, in text order), filtered by
 * check status (`none` for none yet), verdict (a rating's id or name, or `none`) and editor (id
 * or name); a table, or JSON with `--json`.
 */
export async function claimsCommand(
  dataDir: string,
  positionals: readonly string[],
  options: ClaimsOptions,
  io: CliIo,
): Promise<number> {
  if (positionals.length > 0) throw new UsageError('claims takes no arguments, only options')
  const status = options.status === undefined ? undefined : checkedStatus(options.status)
  const list = await withLibrary(dataDir, io, (store) => createClaimsQuery(store).list())
  const index = indexClaims(list)
  const view: ClaimsView = {
    ...defaultClaimsView(),
    statuses: status ? [status] : [],
    verdicts: options.verdict === undefined ? [] : [checkedVerdict(index, options.verdict)],
    editors: options.editor === undefined ? [] : editorIds(index, options.editor),
    sort: { key: 'article', direction: 'ascending' },
  }
  const shown = filterClaims(index, view)
  if (options.json) {
    io.stdout(
      `${JSON.stringify(
        shown.map((at) => asJson(index, at)),
        null,
        2,
      )}\n`,
    )
    return 0
  }
  if (shown.length === 0) {
    io.stdout(
      list.rows.length === 0
        ? 'The library has no claims yet. Tag one with: factmark tag <id> --sentence N --kind claim\n'
        : 'No claim matches these options.\n',
    )
    return 0
  }
  io.stdout(claimsTable(index, shown))
  return 0
}
