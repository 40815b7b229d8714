import { describe, expect, it } from 'vitest'
import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { importFiles, MAX_IMPORT_BYTES } from '../../../../electron/main/import/import-files'
import { LibraryStore } from '../../../../electron/main/store/library-store'
import { withTempDir } from '../fixtures'

describe('importFiles', () => {
  it('imports good files and reports each bad one with a clear message, changing nothing for it', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      const files: Record<string, string | Buffer> = {
        'good.txt': 'A Headline\n\nSome text. More text.',
        'crlf.md': '\uFEFFOther article.\r\nSecond paragraph.\r\n',
        'empty.txt': '',
        'image.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        'latin1.txt': Buffer.from([0x93, 0x48, 0x69, 0x94, 0x2e]),
        'nul.txt': Buffer.from('abc\u0000def'),
        'page.html': '<p>Not yet</p>',
      }
      for (const [name, content] of Object.entries(files)) await writeFile(join(dir, name), content)
      await mkdir(join(dir, 'folder.txt'))
      const paths = [...Object.keys(files), 'folder.txt', 'missing.txt'].map((name) =>
        join(dir, name),
      )
      const report = await importFiles(store, paths)
      expect(report.imported.map((article) => article.title)).toEqual([
        'A Headline',
        'Other article.',
      ])
      const messages = Object.fromEntries(
        report.failures.map((failure) => [failure.file, failure.message]),
      )
      expect(messages['empty.txt']).toBe('The file is empty.')
      expect(messages['image.txt']).toMatch(/PNG image/)
      expect(messages['latin1.txt']).toMatch(/not valid UTF-8/)
      expect(messages['nul.txt']).toMatch(/NUL bytes/)
      expect(messages['page.html']).toMatch(/cannot read \.html/)
      expect(messages['folder.txt']).toMatch(/not a regular file/)
      expect(messages['missing.txt']).toMatch(/Cannot open the file: ENOENT/)
      expect(store.list()).toHaveLength(2)
    })
  })

  it('checks the size before reading a byte', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      const path = join(dir, 'huge.txt')
      const handle = await import('node:fs/promises').then((fs) => fs.open(path, 'w'))
      await handle.truncate(MAX_IMPORT_BYTES + 1)
      await handle.close()
      const report = await importFiles(store, [path])
      expect(report.failures[0]?.message).toMatch(/limit is 20 MB/)
    })
  })

  it('refuses a link to a device such as /dev/zero', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      const path = join(dir, 'zero.txt')
      await symlink('/dev/zero', path)
      const report = await importFiles(store, [path])
      expect(report.failures[0]?.message).toMatch(/not a regular file/)
    })
  })
})
