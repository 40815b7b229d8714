import { generateKeyPairSync, randomUUID } from 'node:crypto'
import { access, chmod, link, mkdir, open, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { formatPublicKey, parsePublicKey } from '../../../shared/team/roster'
import { TeamError } from '../../../shared/team/team-error'
import {
  decodeOpenSshPrivateKey,
  encodeOpenSshPrivateKey,
  type Ed25519KeyPair,
} from './openssh-key'

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

/** Writes `text` to `path` only if there is no file there yet, durably, with `mode`. */
async function writeNewFile(path: string, text: string, mode: number): Promise<boolean> {
  const temp = `${path}.${process.pid}.${randomUUID()}.tmp`
  const handle = await open(temp, 'wx', mode)
  try {
    await handle.writeFile(text, 'utf8')
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await chmod(temp, mode)
    await link(temp, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    await unlink(temp).catch(() => undefined)
  }
}

/**
 * Makes an ed25519 key pair with `node:crypto` at `privateKeyPath` (an OpenSSH private key file,
 * mode 0600, which git and ssh-keygen read as they read `ssh-keygen -t ed25519 -N ''`'s) and its
 * `.pub` beside it. A key already there (made by a concurrent call) is kept.
 */
async function makeKey(privateKeyPath: string, comment: string): Promise<void> {
  const { privateKey } = generateKeyPairSync('ed25519')
  const written = await writeNewFile(
    privateKeyPath,
    encodeOpenSshPrivateKey(privateKey, comment),
    0o600,
  )
  if (!written) return
  const pair = decodeOpenSshPrivateKey(await readFile(privateKeyPath, 'utf8'), privateKeyPath)
  await writeNewFile(`${privateKeyPath}.pub`, `${pair.publicKey} ${comment}\n`, 0o644)
}

/**
 * The signing key of editor `editorId` in library `dataDir`: the SSH key at `existingKeyPath`
 * when the editor names one (its `.pub` must be beside it), else the ed25519 key Factmark made
 * for them in `<library>/keys/<editor-id>` (mode 0600, never exported), made now with
 * `node:crypto` if there is none yet. The private key stays where it is: git reads it in place
 * and packages are signed in this process.
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
    await makeKey(privateKeyPath, `${editorId}@factmark`)
  }
  const pair = await loadSigningKey(privateKeyPath)
  return { privateKeyPath, publicKey: pair.publicKey }
}

/**
 * Reads the private key at `privateKeyPath` for signing in this process (an unencrypted ed25519
 * OpenSSH key); a `bad-key` TeamError says why another kind cannot be used.
 */
export async function loadSigningKey(privateKeyPath: string): Promise<Ed25519KeyPair> {
  let text: string
  try {
    text = await readFile(privateKeyPath, 'utf8')
  } catch (error) {
    throw new TeamError(
      'bad-key',
      `signing-key: the signing key ${privateKeyPath} could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}).`,
    )
  }
  return decodeOpenSshPrivateKey(text, privateKeyPath)
}
