// The import worker's entry (a worker_threads script): reads, parses and prepares each file it is
// sent, off the main thread, and posts back its progress and outcome. Built to
// out/{main,cli}/import-worker.cjs beside the readers it loads (see scripts/build.mjs).
import { parentPort } from 'node:worker_threads'
import type { WorkerReply, WorkerRequest } from './import-worker-protocol'
import { prepareFile } from './prepare-file'

/** The smallest advance of a file's progress worth a message. */
const PROGRESS_STEP = 0.01

/**
 * How many top-level blocks one message carries: the main thread takes a big article in steps
 * of a few milliseconds each rather than in one long copy.
 */
const BLOCKS_PER_MESSAGE = 500

const port = parentPort
if (!port) throw new Error('import-worker: this script runs only as a worker thread')

/** Requests run one after the other, in the order they came. */
let queue: Promise<void> = Promise.resolve()

port.on('message', (request: WorkerRequest) => {
  queue = queue.then(async () => {
    let last = -1
    const outcome = await prepareFile(request.path, request.decoding, (part) => {
      if (part < 1 && part - last < PROGRESS_STEP) return
      last = part
      port.postMessage({ id: request.id, kind: 'progress', part } satisfies WorkerReply)
    })
    if (outcome.kind === 'article') {
      const blocks = outcome.prepared.draft.body.content ?? []
      const sent = blocks.length - (blocks.length % BLOCKS_PER_MESSAGE)
      for (let start = 0; start < sent; start += BLOCKS_PER_MESSAGE) {
        const part = blocks.slice(start, start + BLOCKS_PER_MESSAGE)
        port.postMessage({ id: request.id, kind: 'blocks', blocks: part } satisfies WorkerReply)
      }
      outcome.prepared.draft.body.content = blocks.slice(sent)
    }
    port.postMessage({ id: request.id, kind: 'done', outcome } satisfies WorkerReply)
  })
})
