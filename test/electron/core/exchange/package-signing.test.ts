import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  checkPackageSignature,
  signPackage,
} from '../../../../electron/core/exchange/package-signing'
import { keyFingerprint } from '../../../../electron/core/team/key-fingerprint'
import {
  decodeOpenSshPrivateKey,
  encodeOpenSshPrivateKey,
  type Ed25519KeyPair,
} from '../../../../electron/core/team/openssh-key'
import { ExchangeError } from '../../../../shared/exchange/exchange-error'
import {
  createPackage,
  packageChecksum,
  parsePackage,
  type FactmarkPackage,
} from '../../../../shared/exchange/package'
import {
  ARTICLE_ID,
  at,
  review,
  SAM,
  tag,
  TEXT_HASH,
} from '../../../shared/exchange/exchange-fixtures'

/** A package's parsed JSON, edited freely by the forger. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = Record<string, any>

function newKey(): Ed25519KeyPair {
  const { privateKey } = generateKeyPairSync('ed25519')
  return decodeOpenSshPrivateKey(encodeOpenSshPrivateKey(privateKey, 'test'), 'test key')
}

const SAMS_KEY = newKey()

function samsPackage(): FactmarkPackage {
  const claim = tag(SAM, 'one', 1, { note: 'Checked with the ministry.' })
  return signPackage(
    createPackage(
      SAM,
      [
        {
          articleId: ARTICLE_ID,
          textHash: TEXT_HASH,
          title: 'An article',
          annotations: [claim],
          reviews: [review(SAM, 'a', claim.id, 'accept', 2)],
        },
      ],
      at(10),
    ),
    SAMS_KEY,
  )
}

/** Edits a package's JSON as a forger would, and recomputes its checksum so it still parses. */
function forge(pkg: FactmarkPackage, edit: (raw: Raw) => void): FactmarkPackage {
  const raw = JSON.parse(JSON.stringify(pkg)) as Raw
  edit(raw)
  const { checksum: _checksum, ...content } = raw
  return parsePackage(JSON.stringify({ ...content, checksum: packageChecksum(content as never) }))
}

function refusal(pkg: FactmarkPackage): ExchangeError {
  try {
    checkPackageSignature(pkg)
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeError)
    return error as ExchangeError
  }
  throw new Error('the forged package was accepted')
}

describe('signPackage and checkPackageSignature', () => {
  it('signs a package so that it survives its JSON text, and names the signer', () => {
    const pkg = parsePackage(JSON.stringify(samsPackage(), null, 2))
    expect(pkg.signature).toMatchObject({ algorithm: 'ed25519', publicKey: SAMS_KEY.publicKey })
    expect(checkPackageSignature(pkg)).toEqual({
      publicKey: SAMS_KEY.publicKey,
      fingerprint: keyFingerprint(SAMS_KEY.publicKey),
    })
  })

  it('reads an unsigned package as unsigned', () => {
    const { signature: _signature, ...unsigned } = samsPackage()
    expect(checkPackageSignature(forge(unsigned as FactmarkPackage, () => undefined))).toBeNull()
  })

  it.each<[string, (raw: Raw) => void]>([
    [
      'a tag’s kind and note',
      (raw) => Object.assign(raw.articles[0].annotations[0], { kind: 'disputed', note: 'Forged.' }),
    ],
    ['a tag’s modified time', (raw) => (raw.articles[0].annotations[0].modified = at(59))],
    [
      'a review’s verdict',
      (raw) => Object.assign(raw.articles[0].reviews[0], { verdict: 'reject', text: 'No.' }),
    ],
    [
      'a deletion added',
      (raw) => raw.articles[0].deleted.push({ id: 'sam-reviewer-zz', deletedAt: at(30) }),
    ],
    ['the author’s name', (raw) => (raw.author.name = 'Sam the Forger')],
    ['the creation time', (raw) => (raw.createdAt = at(50))],
    ['the format version', (raw) => (raw.version = 2)],
    ['the public key (another editor’s)', (raw) => (raw.signature.publicKey = newKey().publicKey)],
  ])('refuses a package whose %s was changed and checksum recomputed', (_what, edit) => {
    const refused = refusal(forge(samsPackage(), edit))
    expect(refused.reason).toBe('forged')
    expect(refused.message).toMatch(
      /claims to be by Sam (Reviewer|the Forger) \(sam-reviewer\), but its signature does not match its contents/,
    )
  })

  it('refuses a package re-signed by another key only at trust time: the signature itself holds', () => {
    const other = newKey()
    const resigned = signPackage(samsPackage(), other)
    expect(checkPackageSignature(resigned)?.fingerprint).toBe(keyFingerprint(other.publicKey))
    expect(keyFingerprint(other.publicKey)).not.toBe(keyFingerprint(SAMS_KEY.publicKey))
  })
})
