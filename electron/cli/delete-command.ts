import { join } from 'node:path'
import { articleIdSchema } from '../../shared/model/article'
import { TRASH_FOLDER } from '../core/store/trash'
import { openSettings } from './acting-editor'
import type { CliIo } from './cli-io'
import { UsageError } from './usage-error'
import { withLibrary } from './with-library'

/** The one article id `delete` and `restore` take, checked to look like one. */
function articleId(command: string, ids: readonly string[]): string {
  const [id] = ids
  if (ids.length !== 1 || id === undefined) {
    throw new UsageError(`${command} takes exactly one article id`)
  }
  if (!articleIdSchema.safeParse(id).success) {
    throw new UsageError(`“${id}” is not an article id (16 hex digits; see factmark list)`)
  }
  return id
}

/**
 * `factmark delete <id>`: moves the article into the library's trash (`trash/<id>.json`, tags
 * and all) and takes it out of the recent articles; prints where it went.
 */
export async function deleteCommand(
  dataDir: string,
  ids: readonly string[],
  io: CliIo,
): Promise<number> {
  const id = articleId('delete', ids)
  const meta = await withLibrary(dataDir, io, async (store) => {
    const deleted = await store.delete(id)
    // The settings' recent list names the article: File > Open Recent must not offer it.
    const settings = await openSettings(dataDir, '')
    await settings.removeRecentArticle(id)
    return deleted
  })
  io.stdout(
    `Deleted “${meta.title}”; its file is in ${join(dataDir, TRASH_FOLDER, `${id}.json`)} (factmark restore ${id} puts it back).\n`,
  )
  return 0
}

/** `factmark restore <id>`: puts an article back from the trash, tags and all. */
export async function restoreCommand(
  dataDir: string,
  ids: readonly string[],
  io: CliIo,
): Promise<number> {
  const id = articleId('restore', ids)
  const meta = await withLibrary(dataDir, io, (store) => store.restore(id))
  io.stdout(`Restored “${meta.title}”.\n`)
  return 0
}
