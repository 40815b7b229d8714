import { readdir } from 'node:fs/promises'
import type { EditorRef } from '../../../shared/model/annotation'
import type { LibraryStore } from '../store/library-store'
import { editorIdOfTeamFile } from './team-file'
import { TeamFolderSync, type TeamFolderListener, type TeamFolderTiming } from './team-folder-sync'

/** What {@link takeInTeamFolder} works on. */
export interface TeamFolderMigration extends TeamFolderListener {
  store: LibraryStore
  folder: string
  editor: () => EditorRef
  timing?: TeamFolderTiming | undefined
}

/**
 * Moves a team folder of the older kind over to the Git team kept in it: reads every editor's
 * package file in `folder` once (verified and merged as before, so nothing another editor left
 * there is lost) and writes the acting editor's own file one last time, for editors who have not
 * moved over yet. Returns how many package files were in the folder (0: nothing to move).
 */
export async function takeInTeamFolder(migration: TeamFolderMigration): Promise<number> {
  const names = await readdir(migration.folder)
  const packages = names.filter((name) => editorIdOfTeamFile(name) !== null).length
  if (packages === 0) return 0
  const once = new TeamFolderSync({
    store: migration.store,
    folder: migration.folder,
    editor: migration.editor,
    timing: { ...migration.timing, events: false, attempts: 1 },
    changed: migration.changed,
    notice: migration.notice,
  })
  await once.writeNow()
  await once.scan()
  await once.stop()
  return packages
}
