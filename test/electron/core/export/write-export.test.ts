import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeExportFile, writeIntoFolder } from '../../../../electron/core/export/write-export'
import { withTempDir } from '../../main/fixtures'

const bytes = (text: string) => new TextEncoder().encode(text)

describe('writeIntoFolder', () => {
  it('never replaces a file: the next free name gets a number', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'Story.html'), 'mine')
      const second = await writeIntoFolder(dir, 'Story.html', bytes('one'))
      const third = await writeIntoFolder(dir, 'Story.html', bytes('two'))
      expect(second).toBe(join(dir, 'Story (2).html'))
      expect(third).toBe(join(dir, 'Story (3).html'))
      expect(await readFile(join(dir, 'Story.html'), 'utf8')).toBe('mine')
      expect(await readFile(third, 'utf8')).toBe('two')
    })
  })

  it('refuses names that would leave the folder or that are not plain names', async () => {
    await withTempDir(async (dir) => {
      const inside = join(dir, 'inside')
      await mkdir(inside)
      for (const name of ['../escape.html', '..', 'a/b.html', '/etc/passwd', '', '.']) {
        await expect(writeIntoFolder(inside, name, bytes('x'))).rejects.toMatchObject({
          code: 'invalid-argument',
        })
      }
      expect(await readdir(dir)).toEqual(['inside'])
      expect(await readdir(inside)).toEqual([])
    })
  })

  it('reports a folder it cannot write into, and leaves nothing behind', async () => {
    await withTempDir(async (dir) => {
      const notAFolder = join(dir, 'file.txt')
      await writeFile(notAFolder, 'x')
      await expect(writeIntoFolder(notAFolder, 'a.html', bytes('x'))).rejects.toMatchObject({
        code: 'export-failure',
        message: expect.stringContaining(notAFolder),
      })
      expect(await readdir(dir)).toEqual(['file.txt'])
    })
  })
})

describe('writeExportFile', () => {
  it('writes the chosen path, replacing a file the save dialog confirmed, with no temp left', async () => {
    await withTempDir(async (dir) => {
      const path = join(dir, 'export.md')
      await writeFile(path, 'old')
      expect(await writeExportFile(path, bytes('new'))).toBe(path)
      expect(await readFile(path, 'utf8')).toBe('new')
      expect(await readdir(dir)).toEqual(['export.md'])
    })
  })

  it('fails clearly into a missing folder and writes nothing', async () => {
    await withTempDir(async (dir) => {
      await expect(
        writeExportFile(join(dir, 'missing', 'export.md'), bytes('x')),
      ).rejects.toMatchObject({
        code: 'export-failure',
        message: expect.stringMatching(/folder does not exist/),
      })
      expect(await readdir(dir)).toEqual([])
    })
  })
})
