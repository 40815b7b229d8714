/** The ending of every editor's package file in a team folder. */
export const TEAM_FILE_SUFFIX = '.factmark.json'

const TEAM_FILE = /^([a-z0-9][a-z0-9-]{0,63})\.factmark\.json$/

/** The name of an editor's own file in the team folder: `<editor-id>.factmark.json`. */
export function teamFileName(editorId: string): string {
  return `${editorId}${TEAM_FILE_SUFFIX}`
}

/**
 * The editor id a team-folder file name stands for, or null for anything else: temp files of
 * Factmark's atomic writes (`….factmark.json.<pid>.<n>.tmp`), of Dropbox (`.dropbox.cache`,
 * `~…`), OneDrive (`….tmp`, `~$…`), git (`.git/`, `….orig`), conflicted copies ("ana (conflicted
 * copy).factmark.json"), or any other file. Only exact names are read, so a sync client's
 * half-written side files are never mistaken for an editor's work.
 */
export function editorIdOfTeamFile(name: string): string | null {
  return TEAM_FILE.exec(name)?.[1] ?? null
}
