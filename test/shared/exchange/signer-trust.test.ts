import { describe, expect, it } from 'vitest'
import { ExchangeError } from '../../../shared/exchange/exchange-error'
import { judgeSigner, type KnownKey } from '../../../shared/exchange/signer-trust'
import { SAM } from './exchange-fixtures'

const KEY_A = {
  publicKey: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${'A'.repeat(43)}`,
  fingerprint: `SHA256:${'a'.repeat(43)}`,
}
const KEY_B = {
  publicKey: `ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${'B'.repeat(43)}`,
  fingerprint: `SHA256:${'b'.repeat(43)}`,
}
const KNOWN: KnownKey = { editor: SAM, ...KEY_A, since: '2026-12-01T09:00:00.000Z' }

function reason(run: () => unknown): string {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeError)
    return (error as ExchangeError).reason
  }
  return 'accepted'
}

describe('judgeSigner (trust on first use)', () => {
  it('accepts a signed package from an editor never seen, as first use', () => {
    expect(judgeSigner(SAM, KEY_A, undefined, false)).toEqual({
      status: 'first-use',
      fingerprint: KEY_A.fingerprint,
    })
  })

  it('accepts the known key, and refuses another key or no signature under the known name', () => {
    expect(judgeSigner(SAM, KEY_A, KNOWN, false)).toEqual({
      status: 'known',
      fingerprint: KEY_A.fingerprint,
      since: KNOWN.since,
    })
    expect(reason(() => judgeSigner(SAM, KEY_B, KNOWN, true))).toBe('other-key')
    expect(reason(() => judgeSigner(SAM, null, KNOWN, true))).toBe('unsigned')
  })

  it('takes an unsigned package from an unknown editor only when confirmed, as unverified', () => {
    expect(reason(() => judgeSigner(SAM, null, undefined, false))).toBe('needs-confirmation')
    expect(judgeSigner(SAM, null, undefined, true)).toEqual({ status: 'unverified' })
  })
})
