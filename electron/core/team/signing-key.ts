import { execFile } from 'node:child_process'
import { access, mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { formatPublicKey, parsePublicKey } from '../../../shared/team/roster'
import { TeamError } from '../../../shared/team/team-error'

/** The folder of the library that holds the signing keys Factmark made. */
export const KEYS_FOLDER = 'keys'

/** An editor's signing key: where its private half is, and its public half. */
export interface SigningKey {
  /** The private key file (never copied, never sent: git and ssh-keygen read it in place). */
  privateKeyPath: string
  /** The public key as one line, `ssh-ed25519 AAAA…`. */
  publicKey: string
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  )
}

function sshKeygen(args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      'ssh-keygen',
      [...args],
      { timeout: 60_000, windowsHide: true },
      (error, _out, stderr) => {
        if (error && (error as NodeJS.ErrnoException).code === 'ENOENT') {
          reject(
            new TeamError(
              'git-missing',
              'signing-key: ssh-keygen is not installed. Install OpenSSH (on Debian or Ubuntu: apt install openssh-client; it comes with Git for Windows and macOS).',
            ),
          )
        } else if (error) {
          reject(
            new TeamError(
              'bad-key',
              `signing-key: ssh-keygen failed: ${stderr.trim() || error.message}`,
            ),
          )
        } else resolve()
      },
    )
  })
}

/** Reads the public half of a key pair (`<private>.pub`). */
async function readPublicKey(privateKeyPath: string): Promise<string> {
  let text: string
  try {
    text = await readFile(`${privateKeyPath}.pub`, 'utf8')
  } catch {
    throw new TeamError(
      'bad-key',
      `signing-key: there is no public key beside ${privateKeyPath} (${privateKeyPath}.pub).`,
    )
  }
  return formatPublicKey(parsePublicKey(text))
}

/**
 * The signing key of editor `editorId` in library `dataDir`: the SSH key at `existingKeyPath`
 * when the editor names one (its `.pub` must be beside it), else the ed25519 key Factmark made
 * for them in `<library>/keys/<editor-id>`, made now with `ssh-keygen -t ed25519 -N ''` if there
 * is none yet. The private key stays where it is: only its path goes to git.
 */
export async function ensureSigningKey(
  dataDir: string,
  editorId: string,
  existingKeyPath?: string,
): Promise<SigningKey> {
  if (existingKeyPath !== undefined) {
    if (!(await exists(existingKeyPath))) {
      throw new TeamError('bad-key', `signing-key: there is no key at ${existingKeyPath}.`)
    }
    return { privateKeyPath: existingKeyPath, publicKey: await readPublicKey(existingKeyPath) }
  }
  const folder = join(dataDir, KEYS_FOLDER)
  const privateKeyPath = join(folder, editorId)
  if (!(await exists(privateKeyPath))) {
    await mkdir(folder, { recursive: true, mode: 0o700 })
    await sshKeygen([
      '-q',
      '-t',
      'ed25519',
      '-N',
      '',
      '-C',
      `${editorId}@factmark`,
      '-f',
      privateKeyPath,
    ])
  }
  return { privateKeyPath, publicKey: await readPublicKey(privateKeyPath) }
}
