import { mkdir, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
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

/** What a library remembers of its team between syncs (`<library>/team/state.json`). */
export type TeamState = z.infer<typeof teamStateSchema>

/** Reads the team state at `path`; null when the library has no team. */
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
  return parsed.data
}

/** Writes the team state atomically (temp file, fsync, rename). */
export async function writeTeamState(path: string, state: TeamState): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  // Compact: it names every file of the team, and is written again after every sync.
  await writeFileAtomic(path, `${JSON.stringify(state)}\n`)
}
