import { acceptTagWork, rejectTagWork } from '../../shared/review/review-actions'
import { actingEditor } from './acting-editor'
import type { CliIo } from './cli-io'
import { actOnTag, tagIdArgument } from './review-target'
import { UsageError } from './usage-error'
import { withLibrary } from './with-library'

/** The options `review` reads. */
export interface ReviewCommandOptions {
  accept: boolean
  reject: boolean
  reason: string | undefined
  editor: string | undefined
  json: boolean
}

/**
 * `factmark review <tag-id> --accept | --reject --reason R [--editor E] [--json]`: accepts or
 * rejects another editor's tag as review mode does (an accept gives the editor a copy crediting
 * the original author; a reject needs a reason and removes such a copy), replacing the editor's
 * earlier verdict on the tag. Prints the review's id (and the copy's), or with --json the review
 * and the copy.
 */
export async function reviewCommand(
  dataDir: string,
  positionals: readonly string[],
  options: ReviewCommandOptions,
  io: CliIo,
): Promise<number> {
  const tagId = tagIdArgument('review', positionals)
  if (options.accept === options.reject) {
    throw new UsageError('review needs --accept or --reject (one of them)')
  }
  if (options.accept && options.reason !== undefined) {
    throw new UsageError('--reason goes with --reject')
  }
  if (options.reject && !options.reason?.trim()) {
    throw new UsageError('a reject needs a reason: --reason R')
  }
  const editor = await actingEditor(dataDir, options.editor)
  const result = await withLibrary(dataDir, io, (store) =>
    actOnTag(store, tagId, editor, (input) =>
      options.accept ? acceptTagWork(input) : rejectTagWork(input, options.reason ?? ''),
    ),
  )
  if (options.json) {
    io.stdout(
      `${JSON.stringify({ articleId: result.articleId, changed: result.changed, review: result.review, copy: result.copy }, null, 2)}\n`,
    )
    return 0
  }
  if (!result.changed) {
    io.stdout(`${editor.name} had already accepted tag ${tagId}; nothing changed.\n`)
    return 0
  }
  io.stdout(
    options.accept
      ? `Accepted tag ${tagId} as ${editor.name}: review ${result.review.id}, copy ${result.copy?.id ?? ''}\n`
      : `Rejected tag ${tagId} as ${editor.name}: review ${result.review.id}\n`,
  )
  return 0
}
