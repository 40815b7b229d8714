import { z } from 'zod'
import { TeamError } from './team-error'

/** The roster file at the top of a team's repository: Git's `gpg.ssh.allowedSignersFile`. */
export const ALLOWED_SIGNERS_FILE = 'allowed_signers'

/** The team's own settings file at the top of its repository: who the admins are. */
export const TEAM_FILE = 'team.json'

/** The key types a roster accepts (OpenSSH's names). */
export const KEY_TYPES = [
  'ssh-ed25519',
  'sk-ssh-ed25519@openssh.com',
  'ecdsa-sha2-nistp256',
  'ecdsa-sha2-nistp384',
  'ecdsa-sha2-nistp521',
  'sk-ecdsa-sha2-nistp256@openssh.com',
  'ssh-rsa',
] as const

const EDITOR_ID = /^[a-z0-9][a-z0-9-]{0,63}$/

/** An SSH public key: its type and its base64 blob (the comment is dropped). */
export interface PublicKey {
  type: (typeof KEY_TYPES)[number]
  blob: string
}

/** One editor in the roster: their editor id (Git's "principal") and their public key. */
export interface RosterEntry {
  editorId: string
  key: PublicKey
}

/** Who may write to a team: each editor's key, and which editors are admins. */
export interface Roster {
  entries: RosterEntry[]
  admins: string[]
}

/**
 * Reads a public key as `ssh-keygen` writes it (`ssh-ed25519 AAAA… comment`); a `bad-key`
 * {@link TeamError} for anything else.
 */
export function parsePublicKey(text: string): PublicKey {
  const [type, blob] = text.trim().split(/\s+/)
  if (!KEY_TYPES.includes(type as PublicKey['type'])) {
    throw new TeamError(
      'bad-key',
      `roster: “${text.trim().slice(0, 40)}” is not an SSH public key (it should start with ssh-ed25519).`,
    )
  }
  if (blob === undefined || !/^[A-Za-z0-9+/]{16,8192}={0,2}$/.test(blob)) {
    throw new TeamError('bad-key', 'roster: the public key’s base64 part is missing or damaged.')
  }
  return { type: type as PublicKey['type'], blob }
}

/** A public key as one line (`type blob`). */
export function formatPublicKey(key: PublicKey): string {
  return `${key.type} ${key.blob}`
}

/**
 * Reads an `allowed_signers` file: one `<editor-id> namespaces="git" <type> <key>` per line,
 * blank lines and `#` comments skipped. A `bad-roster` {@link TeamError} names the first line
 * that is not of this form (other options, such as `valid-before`, are not written by Factmark
 * and are refused, so the roster always means what it shows).
 */
export function parseAllowedSigners(text: string): RosterEntry[] {
  const entries: RosterEntry[] = []
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim()
    if (line.length === 0 || line.startsWith('#')) return
    const match = /^(\S+)\s+namespaces="git"\s+(\S+\s+\S+)(?:\s+.*)?$/.exec(line)
    const editorId = match?.[1]
    if (!match || editorId === undefined || !EDITOR_ID.test(editorId)) {
      throw new TeamError(
        'bad-roster',
        `roster: line ${index + 1} of ${ALLOWED_SIGNERS_FILE} is not “<editor-id> namespaces="git" <key>”.`,
      )
    }
    let key: PublicKey
    try {
      key = parsePublicKey(match[2] ?? '')
    } catch (error) {
      throw new TeamError(
        'bad-roster',
        `roster: line ${index + 1} of ${ALLOWED_SIGNERS_FILE}: ${(error as Error).message}`,
      )
    }
    entries.push({ editorId, key })
  })
  return entries
}

/** The `allowed_signers` text of a roster's entries, sorted by editor id, one per line. */
export function formatAllowedSigners(entries: readonly RosterEntry[]): string {
  return [...entries]
    .sort((a, b) => (a.editorId < b.editorId ? -1 : a.editorId > b.editorId ? 1 : 0))
    .map((entry) => `${entry.editorId} namespaces="git" ${formatPublicKey(entry.key)}\n`)
    .join('')
}

const teamFileSchema = z.strictObject({
  format: z.literal('factmark-team'),
  version: z.literal(1),
  admins: z.array(z.string().regex(EDITOR_ID)).min(1).max(1000),
})

/** Reads `team.json`; a `bad-roster` {@link TeamError} if it is not one. */
export function parseTeamFile(text: string): { admins: string[] } {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    throw new TeamError('bad-roster', `roster: ${TEAM_FILE} is not JSON.`)
  }
  const parsed = teamFileSchema.safeParse(raw)
  if (!parsed.success) {
    throw new TeamError('bad-roster', `roster: ${TEAM_FILE} is not a Factmark team file.`)
  }
  return { admins: parsed.data.admins }
}

/** The text of `team.json` for these admins. */
export function formatTeamFile(admins: readonly string[]): string {
  return `${JSON.stringify({ format: 'factmark-team', version: 1, admins: [...new Set(admins)].sort() }, null, 2)}\n`
}

/** Reads a roster from the texts of its two files. */
export function parseRoster(allowedSigners: string, teamFile: string): Roster {
  return { entries: parseAllowedSigners(allowedSigners), admins: parseTeamFile(teamFile).admins }
}

/** The roster with `editorId`'s key set to `key` (added, or replacing their previous key). */
export function withEntry(roster: Roster, editorId: string, key: PublicKey): Roster {
  if (!EDITOR_ID.test(editorId)) {
    throw new TeamError('bad-roster', `roster: “${editorId}” is not an editor id.`)
  }
  return {
    entries: [...roster.entries.filter((entry) => entry.editorId !== editorId), { editorId, key }],
    admins: roster.admins,
  }
}

/** The key the roster holds for `editorId`, if any. */
export function keyOf(roster: Roster, editorId: string): PublicKey | undefined {
  return roster.entries.find((entry) => entry.editorId === editorId)?.key
}
