import { createPrivateKey, createPublicKey, randomBytes, type KeyObject } from 'node:crypto'
import { TeamError } from '../../../shared/team/team-error'

const MAGIC = Buffer.from('openssh-key-v1\0', 'latin1')
const BEGIN = '-----BEGIN OPENSSH PRIVATE KEY-----'
const END = '-----END OPENSSH PRIVATE KEY-----'
const ED25519 = 'ssh-ed25519'

/** An ed25519 key pair as Factmark uses it: the private key object and the public key line. */
export interface Ed25519KeyPair {
  privateKey: KeyObject
  /** The public key as one line, `ssh-ed25519 AAAA…` (no comment). */
  publicKey: string
}

function sshString(bytes: Buffer | string): Buffer {
  const body = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes
  const length = Buffer.alloc(4)
  length.writeUInt32BE(body.length)
  return Buffer.concat([length, body])
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4)
  bytes.writeUInt32BE(value)
  return bytes
}

/** The SSH wire form of an ed25519 public key (`string "ssh-ed25519", string key`). */
export function ed25519PublicBlob(raw: Buffer): Buffer {
  return Buffer.concat([sshString(ED25519), sshString(raw)])
}

/** The `ssh-ed25519 AAAA…` line of a raw 32-byte ed25519 public key. */
export function ed25519PublicLine(raw: Buffer): string {
  return `${ED25519} ${ed25519PublicBlob(raw).toString('base64')}`
}

/** The raw 32 bytes of an `ssh-ed25519 AAAA…` public key line; throws a `bad-key` TeamError. */
export function rawEd25519PublicKey(line: string): Buffer {
  const [type, blob] = line.trim().split(/\s+/)
  const reader = new WireReader(Buffer.from(blob ?? '', 'base64'))
  try {
    if (type !== ED25519 || reader.text() !== ED25519) throw new Error('not ed25519')
    const raw = reader.bytes()
    if (raw.length !== 32 || !reader.done()) throw new Error('wrong length')
    return raw
  } catch {
    throw new TeamError('bad-key', `openssh-key: “${line.slice(0, 40)}” is not an ed25519 key.`)
  }
}

/** A public key object for an `ssh-ed25519 AAAA…` line, for `crypto.verify`. */
export function ed25519PublicKeyObject(line: string): KeyObject {
  const x = rawEd25519PublicKey(line).toString('base64url')
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' })
}

class WireReader {
  private at = 0
  constructor(private readonly buffer: Buffer) {}
  uint32(): number {
    if (this.at + 4 > this.buffer.length) throw new Error('truncated')
    const value = this.buffer.readUInt32BE(this.at)
    this.at += 4
    return value
  }
  bytes(): Buffer {
    const length = this.uint32()
    if (this.at + length > this.buffer.length) throw new Error('truncated')
    const value = this.buffer.subarray(this.at, this.at + length)
    this.at += length
    return value
  }
  text(): string {
    return this.bytes().toString('utf8')
  }
  done(): boolean {
    return this.at === this.buffer.length
  }
}

/**
 * Writes an ed25519 key pair as an unencrypted OpenSSH private key file (`openssh-key-v1`, the
 * form `ssh-keygen -t ed25519 -N ''` writes), so that git and ssh-keygen can sign with the same
 * key Factmark signs packages with. `comment` is stored as ssh-keygen stores it.
 */
export function encodeOpenSshPrivateKey(privateKey: KeyObject, comment: string): string {
  const jwk = privateKey.export({ format: 'jwk' })
  if (jwk.crv !== 'Ed25519' || !jwk.d || !jwk.x) {
    throw new TeamError('bad-key', 'openssh-key: only ed25519 keys can be written.')
  }
  const seed = Buffer.from(jwk.d, 'base64url')
  const raw = Buffer.from(jwk.x, 'base64url')
  const check = randomBytes(4).readUInt32BE()
  let secret = Buffer.concat([
    uint32(check),
    uint32(check),
    sshString(ED25519),
    sshString(raw),
    sshString(Buffer.concat([seed, raw])),
    sshString(comment),
  ])
  const padding = []
  for (let pad = 1; (secret.length + padding.length) % 8 !== 0; pad += 1) padding.push(pad)
  secret = Buffer.concat([secret, Buffer.from(padding)])
  const body = Buffer.concat([
    MAGIC,
    sshString('none'),
    sshString('none'),
    sshString(''),
    uint32(1),
    sshString(ed25519PublicBlob(raw)),
    sshString(secret),
  ]).toString('base64')
  const lines = body.match(/.{1,70}/g) ?? []
  return `${BEGIN}\n${lines.join('\n')}\n${END}\n`
}

/**
 * Reads an OpenSSH private key file's text: an unencrypted ed25519 key (the kind Factmark makes
 * and `ssh-keygen -t ed25519 -N ''` writes). Throws a `bad-key` TeamError, naming `where`, for any
 * other kind, for a key protected by a passphrase, or for a damaged file.
 */
export function decodeOpenSshPrivateKey(text: string, where: string): Ed25519KeyPair {
  const start = text.indexOf(BEGIN)
  const end = text.indexOf(END)
  if (start < 0 || end < start) {
    throw new TeamError('bad-key', `openssh-key: ${where} is not an OpenSSH private key.`)
  }
  const bytes = Buffer.from(text.slice(start + BEGIN.length, end).replace(/\s+/g, ''), 'base64')
  let cipher: string
  let pair: Ed25519KeyPair
  try {
    if (!bytes.subarray(0, MAGIC.length).equals(MAGIC)) throw new Error('no magic')
    const reader = new WireReader(bytes.subarray(MAGIC.length))
    cipher = reader.text()
    reader.text() // kdf name
    reader.bytes() // kdf options
    if (reader.uint32() !== 1) throw new Error('not one key')
    reader.bytes() // the public key, repeated inside
    const secret = new WireReader(reader.bytes())
    if (cipher !== 'none') throw new Error('encrypted')
    if (secret.uint32() !== secret.uint32()) throw new Error('check failed')
    if (secret.text() !== ED25519) throw new Error('not ed25519')
    const raw = secret.bytes()
    const both = secret.bytes()
    if (raw.length !== 32 || both.length !== 64) throw new Error('wrong length')
    const privateKey = createPrivateKey({
      key: {
        kty: 'OKP',
        crv: 'Ed25519',
        d: both.subarray(0, 32).toString('base64url'),
        x: raw.toString('base64url'),
      },
      format: 'jwk',
    })
    pair = { privateKey, publicKey: ed25519PublicLine(raw) }
  } catch (error) {
    const why = (error as Error).message
    throw new TeamError(
      'bad-key',
      why === 'encrypted'
        ? `openssh-key: ${where} is protected by a passphrase; Factmark signs packages without asking for one. Use a key without a passphrase, or let Factmark make one.`
        : why === 'not ed25519'
          ? `openssh-key: ${where} is not an ed25519 key; Factmark signs with ed25519 keys only.`
          : `openssh-key: ${where} is damaged or not an OpenSSH private key.`,
    )
  }
  return pair
}
