import { describe, expect, it } from 'vitest'
import type { BodyPreparer } from '../../../../electron/core/store/body-preparer'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { parsePlainText } from '../../../../shared/import/plain-text'
import { FactmarkError } from '../../../../shared/ipc/result'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import type { DocNodeJson } from '../../../../shared/model/doc-json'
import { preparedBody } from '../../../../shared/store/editor-work'
import { withTempDir } from '../../main/fixtures'

const ana: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const TEXT = 'Headline Here\n\nFirst sentence. Second one. Third one here.'

function tagOn(articleId: string, note: string): Annotation {
  const start = TEXT.indexOf('First sentence.')
  return {
    id: 'ana-ruiz-first',
    articleId,
    author: ana,
    kind: 'claim',
    target: describeSpan(TEXT, start, start + 'First sentence.'.length),
    note,
    created: '2026-12-07T10:00:00.000Z',
    modified: '2026-12-07T10:00:00.000Z',
  }
}

/** `body` with one more paragraph at its end. */
function edited(body: DocNodeJson, text: string): DocNodeJson {
  return {
    ...body,
    content: [...(body.content ?? []), { type: 'paragraph', content: [{ type: 'text', text }] }],
  }
}

/** A preparer that checks each body in process once the test lets it (`release`). */
function heldPreparer(): { prepare: BodyPreparer; release: () => void; asked: () => number } {
  let asked = 0
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  return {
    prepare: async (body) => {
      asked += 1
      await held
      return preparedBody(body)
    },
    release: () => release(),
    asked: () => asked,
  }
}

describe('LibraryStore.saveWork with an edited text', () => {
  it('lands saves in the order they were made while an edited text is being checked', async () => {
    await withTempDir(async (dir) => {
      const preparer = heldPreparer()
      let store = await LibraryStore.open(dir, { prepareBody: preparer.prepare })
      const { id } = await store.add(parsePlainText(TEXT), 'a.txt')
      const { body } = await store.get(id)
      const text = edited(body, 'An added sentence.')
      const first = store.saveWork(id, { tags: [tagOn(id, 'first')], body: text }, ana)
      const second = store.saveWork(id, { tags: [tagOn(id, 'second')] }, ana)
      await expect.poll(() => preparer.asked()).toBe(1)
      preparer.release()
      await first
      const meta = await second
      expect(meta.sentenceCount).toBe(preparedBody(text).sentenceCount)
      await store.close()
      store = await LibraryStore.open(dir)
      // The later save's tags, on the text the earlier one edited.
      expect((await store.tags(id)).map((tag) => tag.note)).toEqual(['second'])
      expect((await store.get(id)).body).toEqual(preparedBody(text).body)
      expect(store.meta(id).textHash).toBe(preparedBody(text).textHash)
      await store.close()
    })
  })

  it('refuses a text the check refuses, writes nothing, and saves the next work', async () => {
    await withTempDir(async (dir) => {
      const refusing: BodyPreparer = async () => {
        throw new FactmarkError('invalid-argument', 'The article body is not valid: test')
      }
      let store = await LibraryStore.open(dir, { prepareBody: refusing })
      const { id } = await store.add(parsePlainText(TEXT), 'a.txt')
      const { body } = await store.get(id)
      await expect(
        store.saveWork(id, { tags: [tagOn(id, 'lost')], body: edited(body, 'No.') }, ana),
      ).rejects.toThrow(/body is not valid/)
      expect(await store.tags(id)).toEqual([])
      await store.saveWork(id, { tags: [tagOn(id, 'kept')] }, ana)
      await store.close()
      store = await LibraryStore.open(dir)
      expect((await store.tags(id)).map((tag) => tag.note)).toEqual(['kept'])
      expect((await store.get(id)).body).toEqual(body)
      await store.close()
    })
  })
})
