import { describe, expect, it, vi } from 'vitest'
import { EventEmitter } from 'node:events'
import { copyFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { inProcessParser } from '../../../../electron/core/import/file-parser'
import { ImportWorker } from '../../../../electron/core/import/import-worker-client'
import { importWorkerSource } from '../../../../electron/core/import/import-worker-script'
import type { PreparedFile } from '../../../../electron/core/import/prepare-file'
import { FactmarkError } from '../../../../shared/ipc/result'
import { withTempDir } from '../../main/fixtures'
import { bigArticle } from './big-article'

const FIXTURES = fileURLToPath(new URL('../../../fixtures/import/', import.meta.url))

/** One file of each kind the importer meets, good and bad. */
const FIXTURE_FILES = [
  'harbour-news.html',
  'hostile.html',
  'night-ferry.docx',
  'image-named.docx',
  'water-board.pdf',
  'scanned.pdf',
  'utf16le-bom.txt',
  'crlf-bom.txt',
  'windows-1252.txt',
  'nul.txt',
]

/**
 * These tests start workers (each loads the bundle built once per run), read every reader’s format
 * twice and a long article: 120 s leaves 4× headroom over their time on a loaded machine.
 */
const SLOW = { timeout: 120_000 }

describe('ImportWorker', () => {
  it(
    'prepares every kind of file exactly as the same code does in this process',
    SLOW,
    async () => {
      await withTempDir(async (dir) => {
        const paths = FIXTURE_FILES.map((name) => join(FIXTURES, name))
        const extra = {
          'page.md': '# A Page\n\nIts only paragraph. And a second sentence.',
          'binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 1]),
          'broken.pdf': '%PDF-1.7\nthis is not really a PDF at all',
          'notes.jsonld': '{"@context":"http://www.w3.org/ns/anno.jsonld","type":"Annotation"}',
        }
        for (const [name, content] of Object.entries(extra)) {
          await writeFile(join(dir, name), content)
          paths.push(join(dir, name))
        }
        const worker = new ImportWorker()
        try {
          const kinds = new Set<string>()
          for (const path of paths) {
            const parts: number[] = []
            const inWorker = await worker.prepare(path, 'strict', { onPart: (p) => parts.push(p) })
            const here = await inProcessParser.prepare(path, 'strict')
            expect(inWorker, path).toEqual(here)
            kinds.add(inWorker.kind)
            if (inWorker.kind === 'article') expect(parts.at(-1)).toBe(1)
          }
          expect([...kinds].sort()).toEqual(['annotations', 'article', 'encoding', 'failure'])
          const binary = await worker.prepare(join(dir, 'binary.txt'), 'strict')
          expect(binary).toMatchObject({ kind: 'failure', code: 'unsupported-file' })
          expect((binary as PreparedFile & { kind: 'failure' }).message).toMatch(/^[A-Z].*\.$/)
        } finally {
          await worker.close()
        }
      })
    },
  )

  it('takes in a big article one message of blocks per turn of the event loop', SLOW, async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'big.txt')
      await writeFile(path, bigArticle(20_000))
      // The turns of the main thread's event loop, counted by a chain of immediates.
      let turn = 0
      let counting = true
      const count = () => {
        turn += 1
        if (counting) setImmediate(count)
      }
      setImmediate(count)
      const turns: number[] = []
      const emit = vi.spyOn(Worker.prototype, 'emit').mockImplementation(function (
        this: Worker,
        event: string | symbol,
        ...args: unknown[]
      ) {
        const reply = args[0] as { kind?: string } | undefined
        if (event === 'message' && reply?.kind === 'blocks') turns.push(turn)
        return EventEmitter.prototype.emit.call(this, event, ...args)
      })
      const worker = new ImportWorker()
      try {
        const outcome = await worker.prepare(path, 'strict')
        const here = await inProcessParser.prepare(path, 'strict')
        expect(outcome).toEqual(here)
        expect(turns.length).toBeGreaterThan(2)
        // Never two messages of blocks taken in within one turn.
        expect(new Set(turns).size).toBe(turns.length)
      } finally {
        counting = false
        emit.mockRestore()
        await worker.close()
      }
    })
  })

  it('stops mid-file on cancel, and prepares the next file in a new worker', SLOW, async () => {
    await withTempDir(async (dir) => {
      const big = join(dir, 'big.txt')
      await writeFile(big, bigArticle(20_000))
      await copyFile(join(FIXTURES, 'utf16le-bom.txt'), join(dir, 'small.txt'))
      const worker = new ImportWorker()
      try {
        const controller = new AbortController()
        const parts: number[] = []
        const cancelled = worker.prepare(big, 'strict', {
          signal: controller.signal,
          onPart: (part) => {
            parts.push(part)
            if (part > 0) controller.abort()
          },
        })
        await expect(cancelled).rejects.toMatchObject({ code: 'cancelled' })
        expect(parts.some((part) => part > 0 && part < 1)).toBe(true)
        const next = await worker.prepare(join(dir, 'small.txt'), 'strict')
        expect(next).toEqual(await inProcessParser.prepare(join(dir, 'small.txt'), 'strict'))
        const already = new AbortController()
        already.abort()
        await expect(
          worker.prepare(big, 'strict', { signal: already.signal }),
        ).rejects.toBeInstanceOf(FactmarkError)
      } finally {
        await worker.close()
      }
    })
  })

  it(
    'fails only the file a dying worker was on, in plain words, and starts again for the next',
    SLOW,
    async () => {
      await withTempDir(async (dir) => {
        const path = join(dir, 'a.txt')
        await writeFile(path, 'A Headline\n\nSome text. More text.')
        let starts = 0
        const dies = new ImportWorker(async () => {
          starts += 1
          return starts === 1
            ? {
                code: "require('node:worker_threads').parentPort.on('message', () => process.exit(7))",
              }
            : importWorkerSource()
        })
        try {
          const died = dies.prepare(path, 'strict')
          await expect(died).rejects.toMatchObject({
            code: 'internal',
            message: expect.stringMatching(/stopped while reading this file/),
            details: 'exit code 7',
          })
          await expect(dies.prepare(path, 'strict')).resolves.toMatchObject({ kind: 'article' })
          expect(starts).toBe(2)
        } finally {
          await dies.close()
        }
      })
    },
  )
})
