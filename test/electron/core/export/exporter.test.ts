import { mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createExporter } from '../../../../electron/core/export/exporter'
import { seedLibrary } from '../../../../electron/core/seed'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { annotationSchema } from '../../../../shared/model/annotation'
import { SEEDS_DIR, withTempDir } from '../../main/fixtures'

const ALL = { editors: [], kinds: [], notes: true }

describe('the exporter’s ClaimReview', () => {
  it('previews the missing fields, then exports one file per article with a verdict', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'lib'))
      try {
        await seedLibrary(store, SEEDS_DIR)
        await mkdir(join(dir, 'out'))
        const folders = [join(dir, 'out')]
        const exporter = createExporter({
          store,
          renderer: null,
          stamp: { appVersion: 'test' },
          dialogs: {
            chooseExportFile: async () => null,
            chooseExportFolder: async () => folders.shift() ?? null,
            showInFolder: () => undefined,
          },
        })
        await expect(
          exporter.exportArticles({ articleId: null, format: 'claimreview', options: ALL }),
        ).rejects.toThrow('No article in the library has a claim with a verdict.')

        const meta = store.list().find((entry) => store.meta(entry.id).tagCount > 0)!
        const [tag] = (await store.tags(meta.id)).filter((t) => t.kind === 'claim')
        const checked = annotationSchema.parse({
          ...tag,
          factCheck: { status: 'verdict', verdict: 'true', claimant: 'A. Person' },
        })
        const theirs = (await store.tags(meta.id)).filter((t) => t.author.id === tag!.author.id)
        await store.saveWork(
          meta.id,
          { tags: theirs.map((t) => (t.id === checked.id ? checked : t)) },
          checked.author,
        )

        const missing = await exporter.preview(meta.id, 'claimreview', ALL)
        expect(missing.kind).toBe('missing')
        expect(missing.kind === 'missing' && missing.missing.join('\n')).toMatch(
          /publisher[\s\S]*fact-check address/,
        )

        await writeFile(
          join(dir, 'lib', 'settings.json'),
          JSON.stringify({
            version: 1,
            editor: { id: 'ana-ruiz', name: 'Ana Ruiz' },
            factCheck: {
              publisher: { name: 'Desk' },
              reviewUrlPattern: 'https://desk.example.org/{id}',
            },
          }),
        )
        const preview = await exporter.preview(meta.id, 'claimreview', ALL)
        expect(preview.kind === 'text' && preview.text).toContain('"ClaimReview"')
        const report = await exporter.exportArticles({
          articleId: null,
          format: 'claimreview',
          options: ALL,
        })
        expect(report.paths).toHaveLength(1)
        expect(await readdir(join(dir, 'out'))).toEqual([
          expect.stringMatching(/\.claims\.jsonld$/) as unknown as string,
        ])
      } finally {
        await store.close()
      }
    })
  })
})
