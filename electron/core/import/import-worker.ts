// The import worker's entry (a worker_threads script): reads, parses and prepares each file it is
// sent, off the main thread, and posts back its progress and outcome. Built to
// out/{main,cli}/import-worker.cjs beside the readers it loads (see scripts/build.mjs).
import { parentPort } from 'node:worker_threads'
import type { DocNodeJson } from '../../../shared/model/doc-json'
import type { BodyOutcome, WorkerReply, WorkerRequest } from './import-worker-protocol'
import { prepareBody } from './parse-article'
import { failureOf, prepareFile } from './prepare-file'

/** The smallest advance of a file's progress worth a message. */
const PROGRESS_STEP = 0.01

/**
 * How many top-level blocks one message carries at most: the main thread takes a big article in
 * steps of a few milliseconds each rather than in one long copy.
 */
const BLOCKS_PER_MESSAGE = 500

/** How many characters of JSON one message of blocks carries at most (about 64 KB). */
const CHARS_PER_MESSAGE = 64 * 1024

const port = parentPort
if (!port) throw new Error('import-worker: this script runs only as a worker thread')

/** Requests run one after the other, in the order they came. */
let queue: Promise<void> = Promise.resolve()

/** Per request, what lets it send its next message of blocks: the main side asked for more. */
const asked = new Map<number, () => void>()

/** Resolves when the main side asks for request `id`'s next blocks. */
function askedForMore(id: number): Promise<void> {
  return new Promise((resolve) => asked.set(id, resolve))
}

/**
 * `blocks` cut into messages' worth: at most {@link BLOCKS_PER_MESSAGE} blocks and about
 * {@link CHARS_PER_MESSAGE} characters of JSON each (a block bigger than that goes alone).
 */
function pieces(blocks: readonly DocNodeJson[]): DocNodeJson[][] {
  const all: DocNodeJson[][] = []
  let piece: DocNodeJson[] = []
  let chars = 0
  for (const block of blocks) {
    const size = JSON.stringify(block).length
    if (
      piece.length > 0 &&
      (piece.length >= BLOCKS_PER_MESSAGE || chars + size > CHARS_PER_MESSAGE)
    ) {
      all.push(piece)
      piece = []
      chars = 0
    }
    piece.push(block)
    chars += size
  }
  if (piece.length > 0) all.push(piece)
  return all
}

/**
 * Sends the top-level blocks of `body` one message at a time, each once the main side asked for
 * more, all but the last message's worth, which stay in `body` to go with the outcome.
 */
async function sendBlocks(id: number, body: DocNodeJson): Promise<void> {
  const sent = pieces(body.content ?? [])
  // The last piece goes with the outcome.
  const kept = sent.pop()
  for (const blocks of sent) {
    const more = askedForMore(id)
    port?.postMessage({ id, kind: 'blocks', blocks } satisfies WorkerReply)
    await more
  }
  if (kept) body.content = kept
}

/** Prepares the file of `request`, then sends its blocks one message at a time, and the outcome. */
async function answer(request: WorkerRequest & { kind: 'prepare' }): Promise<void> {
  const { id } = request
  let last = -1
  const outcome = await prepareFile(request.path, request.decoding, (part) => {
    if (part < 1 && part - last < PROGRESS_STEP) return
    last = part
    port?.postMessage({ id, kind: 'progress', part } satisfies WorkerReply)
  })
  if (outcome.kind === 'article') await sendBlocks(id, outcome.prepared.draft.body)
  asked.delete(id)
  port?.postMessage({ id, kind: 'done', outcome } satisfies WorkerReply)
}

/**
 * Checks and measures the edited body of `request`, then sends it back as {@link answer} does,
 * or only its measures when checking it changed nothing (see `MeasuredBody`).
 */
async function answerBody(request: WorkerRequest & { kind: 'body' }): Promise<void> {
  const { id } = request
  let outcome: BodyOutcome
  try {
    const json = JSON.parse(new TextDecoder().decode(request.json)) as DocNodeJson
    const prepared = prepareBody(json, undefined, 'The article body')
    if (JSON.stringify(prepared.body) === JSON.stringify(json)) {
      outcome = { kind: 'body', prepared: { ...prepared, body: null } }
    } else {
      await sendBlocks(id, prepared.body)
      outcome = { kind: 'body', prepared }
    }
  } catch (error) {
    outcome = failureOf(error)
  }
  asked.delete(id)
  port?.postMessage({ id, kind: 'body', outcome } satisfies WorkerReply)
}

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'more') {
    asked.get(request.id)?.()
    return
  }
  queue = queue.then(() => (request.kind === 'body' ? answerBody(request) : answer(request)))
})
