import { commentTagWork } from '../../shared/review/review-actions'
import { actingEditor } from './acting-editor'
import type { CliIo } from './cli-io'
import { actOnTag, tagIdArgument } from './review-target'
import { UsageError } from './usage-error'
import { withLibrary } from './with-library'

/** The options `comment` reads. */
export interface CommentCommandOptions {
  text: string | undefined
  editor: string | undefined
  json: boolean
}

/**
 * `factmark comment <tag-id> --text T [--editor E] [--json]`: adds a comment to a tag's thread
 * (anyone's tag, the editor's own included) as review mode does; a reply is a later comment.
 * Prints the comment's id, or with --json the comment.
 */
export async function commentCommand(
  dataDir: string,
  positionals: readonly string[],
  options: CommentCommandOptions,
  io: CliIo,
): Promise<number> {
  const tagId = tagIdArgument('comment', positionals)
  if (!options.text?.trim()) throw new UsageError('comment needs --text T')
  if (options.text.length > 20_000) throw new UsageError('--text is longer than 20,000 characters')
  const editor = await actingEditor(dataDir, options.editor)
  const result = await withLibrary(dataDir, io, (store) =>
    actOnTag(store, tagId, editor, (input) => commentTagWork(input, options.text ?? '')),
  )
  io.stdout(
    options.json
      ? `${JSON.stringify({ articleId: result.articleId, review: result.review }, null, 2)}\n`
      : `${result.review.id}\n`,
  )
  return 0
}
