import { describe, expect, it } from 'vitest'
import { bodyPreparer, OFF_THREAD_BLOCKS } from '../../../../electron/core/store/body-preparer'
import { ImportWorker } from '../../../../electron/core/import/import-worker-client'
import { parsePlainText } from '../../../../shared/import/plain-text'
import { FactmarkError } from '../../../../shared/ipc/result'
import type { DocNodeJson } from '../../../../shared/model/doc-json'
import { preparedBody } from '../../../../shared/store/editor-work'
import { bigArticle } from '../import/big-article'

/** Starting a worker (it loads the bundle built once per run) and a long article: 4× headroom. */
const SLOW = { timeout: 120_000 }

/** A body with `paragraphs` paragraphs, past the size prepared off the main thread. */
function bigBody(paragraphs = OFF_THREAD_BLOCKS * 3): DocNodeJson {
  return parsePlainText(bigArticle(paragraphs)).body
}

/** A worker whose script stops as soon as it starts, as a crashed worker would. */
const dyingWorker = () => new ImportWorker(async () => ({ code: 'process.exit(3)' }))

describe('bodyPreparer', () => {
  it('gives in the worker exactly what the same check gives in this process', SLOW, async () => {
    const worker = new ImportWorker()
    try {
      const body = bigBody()
      const prepared = await bodyPreparer(() => worker)(structuredClone(body))
      expect(prepared).toEqual(preparedBody(body))
      // Three sentences a paragraph, and the headline.
      expect(prepared.sentenceCount).toBe(3 * OFF_THREAD_BLOCKS * 3 + 1)
      // Edited: one sentence more, measured again.
      const edited = {
        ...body,
        content: [
          ...(body.content ?? []),
          { type: 'paragraph', content: [{ type: 'text', text: 'One more sentence.' }] },
        ],
      }
      const again = await bodyPreparer(() => worker)(edited)
      expect(again).toEqual(preparedBody(edited))
      expect(again.sentenceCount).toBe(prepared.sentenceCount + 1)
      expect(again.textHash).not.toBe(prepared.textHash)
      // Checking joins two pieces of text with the same marks: the checked body comes back.
      const split = {
        ...body,
        content: [
          ...(body.content ?? []),
          {
            type: 'paragraph',
            content: [
              { type: 'text', text: 'One more ' },
              { type: 'text', text: 'sentence.' },
            ],
          },
        ],
      }
      const joined = await bodyPreparer(() => worker)(split)
      expect(joined).toEqual(preparedBody(split))
      expect(joined).toEqual(again)
      expect(joined.body).not.toBe(split)
    } finally {
      await worker.close()
    }
  })

  it('refuses a body that is not valid in the worker as it does in process', SLOW, async () => {
    const worker = new ImportWorker()
    try {
      const body = bigBody()
      const broken = { ...body, content: [...(body.content ?? []), { type: 'nonsense' }] }
      const inWorker = bodyPreparer(() => worker)(broken)
      await expect(inWorker).rejects.toBeInstanceOf(FactmarkError)
      await expect(inWorker).rejects.toMatchObject({ code: 'invalid-argument' })
      await expect(inWorker).rejects.toThrow(/^The article body is not valid: .*nonsense/)
      expect(() => preparedBody(broken)).toThrow(/^The article body is not valid: .*nonsense/)
    } finally {
      await worker.close()
    }
  })

  it(
    'prepares the body in process when the worker dies or cannot start: nothing is lost',
    SLOW,
    async () => {
      const body = bigBody()
      const expected = preparedBody(body)
      const dying = dyingWorker()
      try {
        expect(await bodyPreparer(() => dying)(body)).toEqual(expected)
      } finally {
        await dying.close()
      }
      const missing = new ImportWorker(async () => {
        throw new FactmarkError('internal', 'no worker script here')
      })
      expect(await bodyPreparer(() => missing)(body)).toEqual(expected)
    },
  )

  it('prepares a small body in process, without the worker', async () => {
    const body = parsePlainText('Title\n\nA short text. Two sentences.').body
    let asked = 0
    const prepare = bodyPreparer(() => {
      asked += 1
      return new ImportWorker()
    })
    expect(await prepare(body)).toEqual(preparedBody(body))
    expect(asked).toBe(0)
  })
})
