import { FactmarkError } from '../../../shared/ipc/result'
import type { DocNodeJson } from '../../../shared/model/doc-json'
import { preparedBody } from '../../../shared/store/editor-work'
import type { PreparedBody } from '../../../shared/store/prepared-article'
import { ImportWorker } from '../import/import-worker-client'
import { storeJsonInChunks } from './chunked-json'

/**
 * Bodies with fewer top-level blocks than this are checked and measured in process: for them the
 * worker's round trip costs more than the work, and the work holds the event loop for little.
 */
export const OFF_THREAD_BLOCKS = 200

/** Checks and measures an edited article body for a save (see `PreparedBody`). */
export type BodyPreparer = (body: DocNodeJson) => Promise<PreparedBody>

/**
 * A {@link BodyPreparer} that checks and measures a big body (re-parsing its document and
 * splitting its sentences: hundreds of milliseconds for a 5 MB article) in `worker`, off the main
 * thread, sending it as JSON made a slice at a time; the body saved is the one given when
 * checking it changed nothing, else the checked one, taken back a few blocks per turn of the
 * event loop. A small body is prepared in process. When the worker cannot start (no
 * built worker script, as under plain Node from the sources) or dies, the body is prepared in
 * process instead, with the same result: nothing of the save is lost. A body that is not valid
 * is refused with the same `invalid-argument` error either way.
 */
export function bodyPreparer(worker: () => ImportWorker = savesWorker): BodyPreparer {
  return async (body) => {
    if ((body.content?.length ?? 0) < OFF_THREAD_BLOCKS) return preparedBody(body)
    try {
      const measured = await worker().prepareBody(await storeJsonInChunks(body))
      return { ...measured, body: measured.body ?? body }
    } catch (error) {
      if (error instanceof FactmarkError && error.code !== 'internal') throw error
      return preparedBody(body)
    }
  }
}

/** The worker of the process's saves, apart from the imports' so that a save never waits for one. */
let shared: ImportWorker | null = null

function savesWorker(): ImportWorker {
  shared ??= new ImportWorker()
  return shared
}
