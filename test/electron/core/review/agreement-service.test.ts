import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { agreementView, exportAgreement } from '../../../../electron/core/review/agreement-service'
import { seedLibrary } from '../../../../electron/core/seed'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { loadArticle } from '../../../../electron/cli/load-article'
import type { ExportDialogs } from '../../../../electron/core/export/exporter'
import { ANA, BEN, CHLOE, tag } from '../../../shared/review/tags'
import { SEEDS_DIR, withTempDir } from '../../main/fixtures'

/** A seeded library where Ana, Ben and Chloé tagged the first article's sentences 1 and 2. */
async function taggedLibrary(dir: string) {
  const store = await LibraryStore.open(dir)
  await seedLibrary(store, SEEDS_DIR)
  const id = store.list()[0]?.id ?? ''
  const { text, sentences } = await loadArticle(store, id)
  const on = (editor: typeof ANA, index: number, kind: 'claim' | 'quote') => {
    const sentence = sentences[index]
    if (!sentence) throw new Error(`no sentence ${index}`)
    return tag(editor, kind, text, sentence.start, sentence.end, id)
  }
  await store.saveWork(id, { tags: [on(ANA, 1, 'claim'), on(ANA, 2, 'quote')] }, ANA)
  await store.saveWork(id, { tags: [on(BEN, 1, 'claim'), on(BEN, 2, 'claim')] }, BEN)
  await store.saveWork(id, { tags: [on(CHLOE, 1, 'quote')] }, CHLOE)
  return { store, id, units: sentences.length }
}

function savingTo(path: string | null): ExportDialogs {
  return {
    chooseExportFile: async () => path,
    chooseExportFolder: async () => null,
    showInFolder: () => undefined,
  }
}

describe('agreementView', () => {
  it('compares every editor who tagged, or only the chosen ones, listing all to choose from', async () => {
    await withTempDir(async (dir) => {
      const { store, id, units } = await taggedLibrary(dir)
      const all = await agreementView(store, id, [])
      expect(all.editors.map((editor) => editor.name)).toEqual([
        'Ana Ruiz',
        'Ben Okafor',
        'Chloé Martin',
      ])
      expect(all.report.articles[0]?.kappa).toBeNull() // three editors: no kappa
      expect(all.report.articles[0]?.alpha).not.toBeNull()

      const two = await agreementView(store, id, [ANA.id, BEN.id])
      expect(two.editors).toHaveLength(3)
      const figures = two.report.articles[0]
      expect(figures?.units).toBe(units)
      expect(figures?.percentAgreement).toBeCloseTo((units - 1) / units, 10)
      expect(figures?.confusion?.rows.name).toBe('Ana Ruiz')

      const library = await agreementView(store, null, [ANA.id, BEN.id])
      expect(library.report.articles).toHaveLength(5)
      // Ana and Ben tagged only the first article: the others are missing, not agreement on 'none'.
      expect(library.report.library.pairedUnits).toBe(units)
      await store.close()
    })
  })
})

describe('exportAgreement', () => {
  it('saves the figures and the confusion matrix as CSV where the editor chooses', async () => {
    await withTempDir(async (dir) => {
      const { store, id } = await taggedLibrary(dir)
      const summaryPath = join(dir, 'agreement.csv')
      const saved = await exportAgreement(store, savingTo(summaryPath), {
        articleId: null,
        editorIds: [ANA.id, BEN.id],
        which: 'summary',
      })
      expect(saved).toEqual({ canceled: false, paths: [summaryPath] })
      const rows = (await readFile(summaryPath, 'utf8')).trim().split('\r\n')
      expect(rows).toHaveLength(1 + 5 + 1) // header, five articles, the library
      expect(rows.at(-1)).toMatch(/^library,/)

      const matrixPath = join(dir, 'matrix.csv')
      await exportAgreement(store, savingTo(matrixPath), {
        articleId: id,
        editorIds: [ANA.id, BEN.id],
        which: 'confusion',
      })
      expect(await readFile(matrixPath, 'utf8')).toMatch(/quote/)

      await expect(
        exportAgreement(store, savingTo(matrixPath), {
          articleId: id,
          editorIds: [],
          which: 'confusion',
        }),
      ).rejects.toMatchObject({ code: 'invalid-argument' })
      expect(
        await exportAgreement(store, savingTo(null), {
          articleId: id,
          editorIds: [],
          which: 'summary',
        }),
      ).toEqual({ canceled: true, paths: [] })
      await store.close()
    })
  })
})
