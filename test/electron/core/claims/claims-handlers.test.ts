import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { claimsHandlers } from '../../../../electron/core/claims/claims-handlers'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { defaultClaimsView } from '../../../../shared/claims/claims-view'
import { parsePlainText } from '../../../../shared/import/plain-text'
import { withTempDir } from '../../main/fixtures'
import { ANA, BEN, tagArticle } from './claims-fixture'

const TEXT = `A report

The mayor said taxes fell. Crime rose, the chief claimed. The river is long.`

describe('the claims board’s handlers', () => {
  it('saves the CSV of what the view shows where the editor chooses, or nothing on cancel', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      try {
        const meta = await store.add(parsePlainText(TEXT), 'report.txt')
        await tagArticle(store, meta.id, [
          { quote: 'The mayor said taxes fell.', kind: 'claim', author: ANA },
          { quote: 'Crime rose, the chief claimed.', kind: 'disputed', author: BEN },
        ])
        const target = join(dir, 'out.csv')
        const choices: (string | null)[] = [target, null]
        const asked: string[] = []
        const handlers = claimsHandlers(store, {
          chooseExportFile: async (name) => {
            asked.push(name)
            return choices.shift() ?? null
          },
          chooseExportFolder: async () => null,
          showInFolder: () => undefined,
        })
        expect((await handlers.listClaims()).rows).toHaveLength(2)
        const view = { ...defaultClaimsView(), editors: [BEN.id] }
        expect(await handlers.exportClaims({ view })).toEqual({ canceled: false, paths: [target] })
        const csv = await readFile(target, 'utf8')
        expect(csv).toContain('"Crime rose, the chief claimed."')
        expect(csv).not.toContain('The mayor said')
        expect(csv.split('\r\n')).toHaveLength(3)
        expect(await handlers.exportClaims({ view })).toEqual({ canceled: true, paths: [] })
        expect(asked).toEqual(['Claims.csv', 'Claims.csv'])
      } finally {
        await store.close()
      }
    })
  })
})
