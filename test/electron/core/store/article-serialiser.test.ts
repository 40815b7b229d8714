import { describe, expect, it } from 'vitest'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ArticleSerialiser } from '../../../../electron/core/store/article-serialiser'
import { storeJsonInChunks } from '../../../../electron/core/store/chunked-json'
import {
  JsonFileAdapter,
  PRETTY_PRINT_LIMIT,
  storeJson,
} from '../../../../electron/core/store/json-file'
import { articlePath } from '../../../../electron/core/store/store-context'
import { describe as describeSpan } from '../../../../shared/anchoring'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import type { ArticleFile } from '../../../../shared/model/store-files'
import { withTempDir } from '../../main/fixtures'
import { FaultyFs } from './faulty-fs'
import { articleFileOf, closeParts, openParts } from './store-parts'

const EDITOR: EditorRef = { id: 'ana', name: 'Ana' }

/** An article long enough that its file is written compact (past the pretty-print limit). */
function bigText(paragraphs = 2_500): string {
  const body = Array.from(
    { length: paragraphs },
    (_, n) => `The council met on Tuesday. “We cannot wait,” the mayor said (${n}).`,
  )
  return ['A long report', ...body].join('\n\n')
}

function tagsOn(file: ArticleFile, note: string, count = 3): Annotation[] {
  const text = 'The council met on Tuesday.'
  const plain = file.article.body.content?.[1]?.content?.[0]?.text ?? ''
  const start = plain.indexOf(text)
  return Array.from({ length: count }, (_, n) => ({
    id: `tag-${n}`,
    articleId: file.article.id,
    author: EDITOR,
    kind: 'claim' as const,
    target: describeSpan(`A long report\n${plain}`, 14 + start, 14 + start + text.length),
    note,
    created: '2026-01-01T00:00:00.000Z',
    modified: '2026-01-01T00:00:00.000Z',
  }))
}

describe('ArticleSerialiser', () => {
  it("writes storeJson's bytes, and the body of a tags-only change from what it kept", async () => {
    const serialiser = new ArticleSerialiser()
    const file = articleFileOf(bigText())
    const first = await serialiser.bytes(file)
    expect(first.length).toBeGreaterThan(PRETTY_PRINT_LIMIT)
    expect(first.equals(storeJson(file))).toBe(true)
    // The same body object in the next version, as withEditorWork keeps it.
    const next = { ...file, annotations: tagsOn(file, 'second') }
    const second = await serialiser.bytes(next)
    expect(second.equals(storeJson(next))).toBe(true)
    expect(second.toString('utf8')).toContain('"note":"second"')
  })
})

describe('saving article files in pieces', () => {
  it('puts exactly storeJson of the file in memory on disk, save after save', async () => {
    await withTempDir(async (dir) => {
      const parts = await openParts(dir)
      const file = articleFileOf(bigText())
      const id = file.article.id
      await parts.repository.add(id, () => file)
      for (const note of ['one', 'two', 'three']) {
        await parts.repository.update(id, (current) => ({
          ...current,
          annotations: tagsOn(current, note),
        }))
        const onDisk = await readFile(articlePath(dir, id))
        expect(onDisk.equals(storeJson(await parts.repository.read(id)))).toBe(true)
      }
      await closeParts(parts)
    })
  })

  it('never lets an earlier save that serialises slowly finish after a later one', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'file.json')
      const adapter = new JsonFileAdapter(path, (data) => data as Record<string, unknown>, {
        serialize: (data) => storeJsonInChunks(data, { sliceMs: 0 }),
      })
      const finished: string[] = []
      const big = { which: 'big', items: Array.from({ length: 60_000 }, (_, n) => `item ${n}`) }
      const saves = [
        adapter.write(big).then(() => finished.push('big')),
        adapter.write({ which: 'small' }).then(() => finished.push('small')),
      ]
      await Promise.all(saves)
      expect(finished).toEqual(['big', 'small'])
      expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ which: 'small' })
    })
  })

  it('rejects a file JSON cannot hold with a plain error, and leaves the old one intact', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'file.json')
      const adapter = new JsonFileAdapter(path, (data) => data as Record<string, unknown>, {
        serialize: (data) => storeJsonInChunks(data),
      })
      await adapter.write({ saved: 1 })
      const before = await readFile(path)
      await expect(adapter.write({ saved: 2, bad: 1n })).rejects.toThrow(/BigInt/)
      expect((await readFile(path)).equals(before)).toBe(true)
      expect(await readdir(dir)).toEqual(['file.json'])
      // The queue goes on: the next save is written.
      await adapter.write({ saved: 3 })
      expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ saved: 3 })
    })
  })

  it('keeps the old file when the disk refuses a big save, and writes it with the next', async () => {
    await withTempDir(async (dir) => {
      const fs = new FaultyFs()
      const parts = await openParts(dir, fs)
      const file = articleFileOf(bigText())
      const id = file.article.id
      await parts.repository.add(id, () => file)
      const before = await readFile(articlePath(dir, id))
      // The index's write after the add is done first, so that the armed fault meets the save.
      await parts.index.flush()
      fs.arm(1, 'ENOSPC', { ops: ['write'] })
      const failed = parts.repository.update(id, (current) => ({
        ...current,
        annotations: tagsOn(current, 'refused'),
      }))
      await expect(failed).rejects.toThrow(/previous version on disk is intact/)
      expect((await readFile(articlePath(dir, id))).equals(before)).toBe(true)
      fs.disarm()
      await closeParts(parts)
      const saved = JSON.parse(await readFile(articlePath(dir, id), 'utf8')) as ArticleFile
      expect(saved.annotations.map((tag) => tag.note)).toEqual(['refused', 'refused', 'refused'])
    })
  })
})
