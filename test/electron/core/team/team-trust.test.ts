import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  importCheckedPackage,
  keyRegistryOf,
} from '../../../../electron/core/exchange/checked-import'
import { exportSignedPackage } from '../../../../electron/core/exchange/signed-export'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { keyFingerprint } from '../../../../electron/core/team/key-fingerprint'
import { ensureSigningKey } from '../../../../electron/core/team/signing-key'
import { teamAuthorTrust } from '../../../../electron/core/team/team-trust'
import { ExchangeError } from '../../../../shared/exchange/exchange-error'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { EditorRef } from '../../../../shared/model/annotation'
import {
  formatAllowedSigners,
  formatTeamFile,
  parsePublicKey,
} from '../../../../shared/team/roster'
import { withTempDir } from '../../main/fixtures'

const ana: EditorRef = { id: 'ana', name: 'Ana' }
const ben: EditorRef = { id: 'ben', name: 'Ben' }

function rosterWith(editorId: string, publicKey: string) {
  return {
    allowedSigners: formatAllowedSigners([{ editorId, key: parsePublicKey(publicKey) }]),
    teamFile: formatTeamFile([editorId]),
  }
}

describe('teamAuthorTrust: one key per name across packages and team (#21)', () => {
  it('remembers the roster’s key on first use, so a package under that name needs it too', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'ana'))
      const bensLibrary = await LibraryStore.open(join(dir, 'ben'))
      try {
        const teamKey = (await ensureSigningKey(join(dir, 'team-keys'), ben.id)).publicKey
        expect(await teamAuthorTrust(store.dataDir, rosterWith(ben.id, teamKey), ben)).toEqual({
          status: 'first-use',
          fingerprint: keyFingerprint(teamKey),
        })
        expect(
          await teamAuthorTrust(store.dataDir, rosterWith(ben.id, teamKey), ben),
        ).toMatchObject({
          status: 'known',
        })
        // A package in Ben's name signed with another key (his library's own) is refused.
        await bensLibrary.add(parsePlainText('Title\n\nOne sentence.'), 'a.txt')
        await store.add(parsePlainText('Title\n\nOne sentence.'), 'a.txt')
        const pkg = await exportSignedPackage(bensLibrary, ben, 'all')
        await expect(importCheckedPackage(store, pkg, ana, false)).rejects.toMatchObject({
          reason: 'other-key',
        })
        expect(await teamAuthorTrust(store.dataDir, null, ben)).toBeUndefined()
        expect(
          await teamAuthorTrust(store.dataDir, rosterWith(ana.id, teamKey), ben),
        ).toBeUndefined()
      } finally {
        await store.close()
        await bensLibrary.close()
      }
    })
  })

  it('refuses team work under a name the library knows by another key from a package', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(join(dir, 'ana'))
      try {
        const packageKey = (await ensureSigningKey(join(dir, 'p'), ben.id)).publicKey
        await keyRegistryOf(store.dataDir).admit(
          ben,
          { publicKey: packageKey, fingerprint: keyFingerprint(packageKey) },
          false,
        )
        const teamKey = (await ensureSigningKey(join(dir, 't'), ben.id)).publicKey
        const refused = await teamAuthorTrust(
          store.dataDir,
          rosterWith(ben.id, teamKey),
          ben,
        ).catch((error: unknown) => error)
        expect(refused).toBeInstanceOf(ExchangeError)
        expect((refused as ExchangeError).message).toContain(
          `Known key: ${keyFingerprint(packageKey)}\nThis package’s key: ${keyFingerprint(teamKey)}`,
        )
      } finally {
        await store.close()
      }
    })
  })
})
