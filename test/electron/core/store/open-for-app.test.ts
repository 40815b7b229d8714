import { describe, expect, it } from 'vitest'
import { readdir, truncate } from 'node:fs/promises'
import { join } from 'node:path'
import { openLibraryForApp } from '../../../../electron/core/store/open-for-app'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import { withTempDir } from '../../main/fixtures'
import { FaultyFs } from './faulty-fs'

const ana: EditorRef = { id: 'ana', name: 'Ana' }

function claim(articleId: string, id: string): Annotation {
  return {
    id,
    articleId,
    author: ana,
    kind: 'claim',
    target: {
      position: { type: 'TextPositionSelector', start: 0, end: 5 },
      quote: { type: 'TextQuoteSelector', exact: 'Title', prefix: '', suffix: '' },
    },
    note: '',
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  }
}

async function tree(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true })).map(String).sort()
}

describe('openLibraryForApp', () => {
  it('opens a folder that cannot be written for reading only, says so, and refuses changes', async () => {
    await withTempDir(async (dir) => {
      const writer = await LibraryStore.open(dir)
      const { id } = await writer.add(parsePlainText('Title\n\nOne sentence here.'), 'a.txt')
      await writer.saveWork(id, { tags: [claim(id, 'tag-ana-first')] }, ana)
      await writer.saveWork(
        id,
        { tags: [claim(id, 'tag-ana-first'), claim(id, 'tag-ana-other')] },
        ana,
      )
      await writer.close()
      // Damaged too: read from its backup in memory, and left where it is.
      await truncate(join(dir, 'articles', `${id}.json`), 100)
      const before = await tree(dir)

      const fs = new FaultyFs()
      fs.arm(1, 'EROFS', { persistent: true, ops: ['open', 'mkdir', 'rename', 'unlink', 'link'] })
      const { store, notice } = await openLibraryForApp(dir, { holder: 'app', fs })
      expect(store.readOnly).not.toBeNull()
      expect(notice?.message).toMatch(
        /^This library \(.+\) is open for reading only: its folder cannot be written/,
      )
      expect(store.list().map((meta) => meta.id)).toEqual([id])
      expect((await store.tags(id)).map((tag) => tag.id)).toEqual([
        'tag-ana-first',
        'tag-ana-other',
      ])
      await expect(store.saveWork(id, { tags: [] }, ana)).rejects.toThrow(
        `The library at ${dir} is open for reading only: its folder cannot be written (a read-only disk or share, or no permission). Nothing was changed.`,
      )
      await expect(store.delete(id)).rejects.toThrow(/open for reading only/)
      await store.close()
      expect(await tree(dir)).toEqual(before)
    })
  })

  it('opens a writable folder for changes, with no notice', async () => {
    await withTempDir(async (dir) => {
      const { store, notice } = await openLibraryForApp(dir, { holder: 'app' })
      expect(notice).toBeNull()
      expect(store.readOnly).toBeNull()
      await store.close()
    })
  })
})
