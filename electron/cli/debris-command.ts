import { debrisKey, findDebris, type DebrisFinding } from '../../shared/import/debris'
import { DEBRIS_LABELS } from '../../shared/import/debris-kinds'
import type { LibraryStore } from '../core/store/library-store'
import type { CliIo } from './cli-io'
import { loadArticle } from './load-article'
import { oneLine } from './tags-command'
import { UsageError } from './usage-error'

/** A piece of possible web debris as `debris --json` prints it. */
export type ListedDebris = DebrisFinding & {
  /** The flagged text. */
  text: string
  /** The key an editor's "keep" decision is stored under. */
  key: string
  /** Whether the editor kept it (the app no longer flags it). */
  kept: boolean
}

/** How long the flagged text may be on one line of `debris` output. */
const TEXT_WIDTH = 80

/** Every piece of possible web debris in an article, with the editor's keep decisions. */
export async function listDebris(
  store: LibraryStore,
  articleId: string,
): Promise<{ title: string; debris: ListedDebris[] }> {
  const { article, doc, text } = await loadArticle(store, articleId)
  const kept = new Set(article.debrisKept ?? [])
  const debris = findDebris(doc).map((finding) => {
    const flagged = text.slice(finding.from, finding.to)
    const key = debrisKey(finding.kind, flagged)
    return { ...finding, text: flagged, key, kept: kept.has(key) }
  })
  return { title: article.title, debris }
}

/**
 * `factmark debris <id> [--json]`: lists what looks like web-copy debris in an article (comment
 * forms, photo credits and captions, image residue, embedded posts' leftovers, a cut-off end),
 * with offsets into its plain text and whether the editor kept it. Changes nothing.
 */
export async function debrisCommand(
  store: LibraryStore,
  positionals: readonly string[],
  json: boolean,
  io: CliIo,
): Promise<number> {
  if (positionals.length !== 1) {
    throw new UsageError(`debris takes exactly one article id, got ${positionals.length}`)
  }
  const { title, debris } = await listDebris(store, positionals[0] ?? '')
  if (json) {
    io.stdout(`${JSON.stringify(debris, null, 2)}\n`)
    return 0
  }
  if (debris.length === 0) {
    io.stdout(`No possible web debris in “${title}”.\n`)
    return 0
  }
  const count = debris.length === 1 ? '1 possible piece' : `${debris.length} possible pieces`
  io.stdout(`${count} of web debris in “${title}”:\n`)
  debris.forEach((piece, index) => {
    const kept = piece.kept ? ' (kept)' : ''
    io.stdout(
      `${index + 1}. ${DEBRIS_LABELS[piece.kind]}${kept}, block ${piece.blockIndex}, characters ${piece.from}–${piece.to}: “${oneLine(piece.text, TEXT_WIDTH)}”\n   ${piece.reason}\n`,
    )
  })
  return 0
}
