import { describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ImportOffers } from '../../../../electron/core/import/import-offers'
import { ImportRuns, PROGRESS_THRESHOLD } from '../../../../electron/core/import/import-runs'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import type { ImportProgress } from '../../../../shared/import/import-report'
import { withTempDir } from '../../main/fixtures'
import { bigArticle } from './big-article'

describe('ImportRuns', () => {
  it(
    'tells the window how far a big import has come, and cancel stops it',
    { timeout: 120_000 },
    async () => {
      await withTempDir(async (dir) => {
        const store = await LibraryStore.open(join(dir, 'lib'))
        const progress: ImportProgress[] = []
        let runs: ImportRuns | null = null
        runs = new ImportRuns(store, new ImportOffers(), (event, payload) => {
          expect(event).toBe('importProgress')
          const step = payload as ImportProgress
          progress.push(step)
          // The first report within the big file: the editor presses Cancel.
          if (step.file === 'big.txt' && (step.part ?? 0) > 0) expect(runs?.cancel()).toBe(true)
        })
        expect(runs.cancel()).toBe(false)
        const paths: string[] = []
        for (let n = 0; n <= PROGRESS_THRESHOLD; n += 1) {
          paths.push(join(dir, `small-${n}.txt`))
          await writeFile(paths.at(-1)!, `Headline ${n}\n\nA short file. Number ${n}.`)
        }
        paths.push(join(dir, 'big.txt'), join(dir, 'after.txt'))
        await writeFile(join(dir, 'big.txt'), bigArticle(20_000))
        await writeFile(join(dir, 'after.txt'), 'After\n\nNever imported. Cancelled before.')
        const report = await runs.run(paths)
        expect(report.imported).toHaveLength(PROGRESS_THRESHOLD + 1)
        expect(report.cancelled).toEqual(['big.txt', 'after.txt'])
        expect(progress[0]).toMatchObject({ done: 0, total: paths.length, file: 'small-0.txt' })
        expect(progress.at(-1)).toEqual({ done: paths.length, total: paths.length })
        expect(store.list()).toHaveLength(PROGRESS_THRESHOLD + 1)
        expect(runs.cancel()).toBe(false)
        await store.close()
      })
    },
  )
})
