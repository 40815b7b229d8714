import { execFileSync } from 'node:child_process'
import { sign, verify } from 'node:crypto'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { keyFingerprint } from '../../../../electron/core/team/key-fingerprint'
import { ed25519PublicKeyObject } from '../../../../electron/core/team/openssh-key'
import { ensureSigningKey, loadSigningKey } from '../../../../electron/core/team/signing-key'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'factmark-key-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('ensureSigningKey', () => {
  it('makes one ed25519 key per editor, private to the user, and keeps it', async () => {
    const first = await ensureSigningKey(dir, 'ana')
    expect(first.privateKeyPath).toBe(join(dir, 'keys', 'ana'))
    expect(first.publicKey).toMatch(/^ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA[A-Za-z0-9+/]+=*$/)
    expect((await stat(first.privateKeyPath)).mode & 0o777).toBe(0o600)
    expect(await ensureSigningKey(dir, 'ana')).toEqual(first)
    expect((await ensureSigningKey(dir, 'ben')).publicKey).not.toBe(first.publicKey)
  })

  it('makes the key once when asked twice at the same time', async () => {
    const [one, two] = await Promise.all([
      ensureSigningKey(dir, 'ana'),
      ensureSigningKey(dir, 'ana'),
    ])
    expect(one.publicKey).toBe(two.publicKey)
  })

  it('writes a key that ssh-keygen reads, with the fingerprint ssh-keygen prints', async () => {
    const key = await ensureSigningKey(dir, 'ana')
    const derived = execFileSync('ssh-keygen', ['-y', '-f', key.privateKeyPath], {
      encoding: 'utf8',
    })
    expect(derived.trim().split(' ').slice(0, 2).join(' ')).toBe(key.publicKey)
    const printed = execFileSync('ssh-keygen', ['-l', '-f', `${key.privateKeyPath}.pub`], {
      encoding: 'utf8',
    })
    expect(printed.split(' ')[1]).toBe(keyFingerprint(key.publicKey))
  })

  it('signs with a key ssh-keygen made, and verifies with its public line', async () => {
    const path = join(dir, 'id_ed25519')
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'x', '-f', path])
    const key = await ensureSigningKey(dir, 'ana', path)
    const pair = await loadSigningKey(path)
    expect(pair.publicKey).toBe(key.publicKey)
    const data = Buffer.from('claim')
    const signature = sign(null, data, pair.privateKey)
    expect(verify(null, data, ed25519PublicKeyObject(key.publicKey), signature)).toBe(true)
    expect(
      verify(null, Buffer.from('claim!'), ed25519PublicKeyObject(key.publicKey), signature),
    ).toBe(false)
  })

  it('refuses a key protected by a passphrase and one that is not ed25519, saying why', async () => {
    const locked = join(dir, 'locked')
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'secret', '-f', locked])
    await expect(loadSigningKey(locked)).rejects.toThrow(/passphrase/)
    const rsa = join(dir, 'rsa')
    execFileSync('ssh-keygen', ['-q', '-t', 'rsa', '-b', '1024', '-N', '', '-f', rsa])
    await expect(loadSigningKey(rsa)).rejects.toThrow(/not an ed25519 key/)
    await writeFile(join(dir, 'junk'), 'hello')
    await expect(loadSigningKey(join(dir, 'junk'))).rejects.toThrow(/not an OpenSSH private key/)
    expect(await readFile(locked, 'utf8')).toContain('OPENSSH PRIVATE KEY')
  })
})
