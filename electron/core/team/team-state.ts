import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { z } from 'zod'
import { editorRefSchema } from '../../../shared/model/annotation'
import { TeamError } from '../../../shared/team/team-error'
import { writeFileAtomic } from '../store/atomic-write'

const sha = z.string().regex(/^[0-9a-f]{40,64}$/)

const refusedSchema = z.strictObject({
  commit: sha,
  authorClaimed: z.string(),
  signer: z.string().nullable(),
  reason: z.string(),
  committedAt: z.string(),
})

const teamStateSchema = z.strictObject({
  version: z.literal(1),
  address: z.string().min(1),
  editor: editorRefSchema,
  /** The private key git signs with (a path; the key itself is never copied here). */
  keyPath: z.string().min(1),
  publicKey: z.string().min(1),
  /** The team's first commit, as first verified: a history with another start is not this team. */
  root: sha.nullable(),
  /** The remote commit up to which every commit was verified. */
  verified: sha.nullable(),
  roster: z.strictObject({ allowedSigners: z.string(), teamFile: z.string() }).nullable(),
  applied: z.record(z.string(), z.string()),
  /** Per path, the blob last imported into the library. */
  imported: z.record(z.string(), z.string()),
  refused: z.array(refusedSchema),
  lastSync: z.string().nullable(),
  lastError: z.string().nullable(),
  /** The last force-push seen on the remote, when there was one (ISO time it was seen). */
  forcePushSeen: z.string().nullable(),
  /**
   * Per article, its `updatedAt` in the library when own work on it was last committed: only
   * articles changed since are exported again, so a sync costs nothing per unchanged article.
   */
  exported: z.record(z.string(), z.string()).default({}),
})

/**
 * The small file beside the state that holds when the last sync reached the server and its error:
 * a sync that changed nothing else writes only this, never the whole state, which names every
 * file of the team (megabytes at a desk's size) and would otherwise be rewritten every 30 s.
 */
export const SYNC_TIMES_FILE = 'sync-times.json'

const syncTimesSchema = z.strictObject({
  lastSync: z.string().nullable(),
  lastError: z.string().nullable(),
})

/** What a library remembers of its team between syncs (`<library>/team/state.json`). */
export type TeamState = z.infer<typeof teamStateSchema>

/** The sync times kept beside the state at `statePath`, or null when none can be read. */
async function readSyncTimes(statePath: string): Promise<z.infer<typeof syncTimesSchema> | null> {
  try {
    const text = await readFile(join(dirname(statePath), SYNC_TIMES_FILE), 'utf8')
    const parsed = syncTimesSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    // Missing or damaged: only times, and the state holds those of its own last write.
    return null
  }
}

/**
 * Reads the team state at `path`, with the last sync's time and error from {@link SYNC_TIMES_FILE}
 * beside it when that can be read; null when the library has no team.
 */
export async function readTeamState(path: string): Promise<TeamState | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  const parsed = teamStateSchema.safeParse(JSON.parse(text))
  if (!parsed.success) {
    throw new TeamError(
      'not-a-team',
      `team-state: ${path} is damaged; remove the team folder and join again.`,
    )
  }
  const times = await readSyncTimes(path)
  return times ? { ...parsed.data, ...times } : parsed.data
}

/**
 * Writes the last sync's time and error beside the state at `statePath`: a temp file renamed over
 * it, so no reader sees half of it, but not fsynced. A sync with nothing new writes only this,
 * every 30 s, and two fsyncs cost more than the rest of its own work on a busy disk; a power cut
 * can at worst lose or empty the file, and {@link readTeamState} then takes the times the state
 * itself holds from its last write.
 */
export async function writeSyncTimes(statePath: string, state: TeamState): Promise<void> {
  const times = { lastSync: state.lastSync, lastError: state.lastError }
  const path = join(dirname(statePath), SYNC_TIMES_FILE)
  const temp = `${path}.tmp`
  await writeFile(temp, `${JSON.stringify(times)}\n`)
  await rename(temp, path)
}

/** Writes the team state atomically (temp file, fsync, rename), its sync times beside it. */
export async function writeTeamState(path: string, state: TeamState): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeSyncTimes(path, state)
  // Compact: it names every file of the team, and is written again after every sync.
  await writeFileAtomic(path, `${JSON.stringify(state)}\n`)
}
