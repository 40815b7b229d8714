import { claimsCsv } from '../../../shared/claims/claims-csv'
import { indexClaims, showClaims } from '../../../shared/claims/claims-model'
import type { Handlers } from '../../../shared/ipc/contract'
import type { RatingScale } from '../../../shared/model/fact-check'
import type { ExportDialogs } from '../export/exporter'
import { writeExportFile } from '../export/write-export'
import type { LibraryStore } from '../store/library-store'
import { createClaimsQuery } from './claims-query-store'

/** The claims board's channels, whose payloads `dispatch` has already validated. */
export type ClaimsHandlers = Pick<Handlers, 'listClaims' | 'exportClaims'>

/**
 * The handlers of the claims board: the library's claims, and the CSV of what the board shows
 * (the view is applied again here, by the same pure functions), saved where the editor chooses.
 */
export function claimsHandlers(
  store: LibraryStore,
  dialogs: ExportDialogs,
  scale?: () => RatingScale,
): ClaimsHandlers {
  const query = createClaimsQuery(store, scale)
  return {
    listClaims: () => query.list(),
    exportClaims: async ({ view }) => {
      const index = indexClaims(await query.list())
      const csv = claimsCsv(index, showClaims(index, view).rows)
      const path = await dialogs.chooseExportFile('Claims.csv', 'csv')
      if (path === null) return { canceled: true, paths: [] }
      return {
        canceled: false,
        paths: [await writeExportFile(path, new TextEncoder().encode(csv))],
      }
    },
  }
}
