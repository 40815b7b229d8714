import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  importCheckedPackage,
  keyRegistryOf,
} from '../../../../electron/core/exchange/checked-import'
import { KEY_REGISTRY_FILE } from '../../../../electron/core/exchange/key-registry'
import { exportSignedPackage } from '../../../../electron/core/exchange/signed-export'
import type { AuditEntry } from '../../../../electron/core/store/audit-log'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { keyFingerprint } from '../../../../electron/core/team/key-fingerprint'
import { ensureSigningKey } from '../../../../electron/core/team/signing-key'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { ExchangeError } from '../../../../shared/exchange/exchange-error'
import {
  packageChecksum,
  parsePackage,
  type FactmarkPackage,
} from '../../../../shared/exchange/package'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import { withTempDir } from '../../main/fixtures'

const ana: EditorRef = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const ben: EditorRef = { id: 'ben-okafor', name: 'Ben Okafor' }
const TEXT = 'Headline Here\n\nFirst sentence. Second one.'
const TAG_TEXT = 'Headline Here\n\nFirst sentence. Second one.'

function tagOn(articleId: string, quote: string, author: EditorRef, minute = 0): Annotation {
  const start = TAG_TEXT.indexOf(quote)
  const time = new Date(Date.UTC(2025, 10, 17, 12, minute)).toISOString()
  return {
    id: `${author.id}-${start}`,
    articleId,
    author,
    kind: 'claim',
    target: describeSpan(TAG_TEXT, start, start + quote.length),
    note: 'Checked.',
    created: time,
    modified: time,
  }
}

interface Desk {
  /** Ana's library: the one importing. */
  ana: LibraryStore
  /** Ben's library. */
  ben: LibraryStore
  /** Someone else's library, whose editor calls themselves Ben too. */
  impostor: LibraryStore
  id: string
}

async function desk(body: (desk: Desk) => Promise<void>): Promise<void> {
  await withTempDir((a) =>
    withTempDir((b) =>
      withTempDir(async (c) => {
        const stores = await Promise.all([a, b, c].map((dir) => LibraryStore.open(dir)))
        const [anaStore, benStore, impostor] = stores as [LibraryStore, LibraryStore, LibraryStore]
        let id = ''
        for (const store of stores) id = (await store.add(parsePlainText(TEXT), 'a.txt')).id
        try {
          await body({ ana: anaStore, ben: benStore, impostor, id })
        } finally {
          await Promise.all(stores.map((store) => store.close()))
        }
      }),
    ),
  )
}

/** Every file of the library folder but the lock, with its bytes: what must not change. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('library.lock')) continue
    const path = join(entry.parentPath, entry.name)
    files[path] = (await readFile(path)).toString('base64')
  }
  return files
}

async function auditLines(dir: string): Promise<AuditEntry[]> {
  const text = await readFile(join(dir, 'audit.jsonl'), 'utf8').catch(() => '')
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as AuditEntry)
}

async function refusal(promise: Promise<unknown>): Promise<ExchangeError> {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ExchangeError)
    return error as ExchangeError
  }
  throw new Error('the package was accepted')
}

/** A package as its file text carries it, edited by a forger who then recomputes the checksum. */
function forged(pkg: FactmarkPackage, edit: (raw: FactmarkPackage) => void): FactmarkPackage {
  const raw = JSON.parse(JSON.stringify(pkg)) as FactmarkPackage
  edit(raw)
  const { checksum: _checksum, ...content } = raw
  return parsePackage(JSON.stringify({ ...content, checksum: packageChecksum(content) }))
}

function unsigned(pkg: FactmarkPackage): FactmarkPackage {
  return forged(pkg, (raw) => delete raw.signature)
}

describe('importing packages: signatures and trust on first use (#21)', () => {
  it('remembers a new editor’s key on first use, shows its fingerprint, then knows it', async () => {
    await desk(async ({ ana: anaStore, ben: benStore, id }) => {
      await benStore.saveWork(id, { tags: [tagOn(id, 'First sentence.', ben)] }, ben)
      const pkg = await exportSignedPackage(benStore, ben, 'all')
      const bensKey = await ensureSigningKey(benStore.dataDir, ben.id)
      const fingerprint = keyFingerprint(bensKey.publicKey)

      const first = await importCheckedPackage(anaStore, pkg, ana, false)
      expect(first.trust).toEqual({ status: 'first-use', fingerprint })
      expect(first.articles[0]).toMatchObject({ added: 1 })
      expect(await keyRegistryOf(anaStore.dataDir).list()).toEqual([
        expect.objectContaining({ editor: ben, publicKey: bensKey.publicKey, fingerprint }),
      ])
      const registry = JSON.parse(await readFile(join(anaStore.dataDir, KEY_REGISTRY_FILE), 'utf8'))
      expect(registry.editors[0].fingerprint).toBe(fingerprint)

      await benStore.saveWork(
        id,
        { tags: [{ ...tagOn(id, 'First sentence.', ben, 5), note: 'Rechecked.' }] },
        ben,
      )
      const second = await importCheckedPackage(
        anaStore,
        await exportSignedPackage(benStore, ben, 'all'),
        ana,
        false,
      )
      expect(second.trust).toMatchObject({ status: 'known', fingerprint })
      expect(second.articles[0]).toMatchObject({ updated: 1 })
      const audit = await auditLines(anaStore.dataDir)
      expect(audit.map((line) => [line.change, line.source.fingerprint])).toEqual([
        ['added', fingerprint],
        ['updated', fingerprint],
      ])
    })
  })

  it('refuses a valid package from another library under the same name, and nothing changes', async () => {
    await desk(async ({ ana: anaStore, ben: benStore, impostor, id }) => {
      await benStore.saveWork(id, { tags: [tagOn(id, 'First sentence.', ben)] }, ben)
      await importCheckedPackage(
        anaStore,
        await exportSignedPackage(benStore, ben, 'all'),
        ana,
        false,
      )
      await impostor.saveWork(
        id,
        { tags: [{ ...tagOn(id, 'First sentence.', ben, 30), kind: 'disputed', note: 'Forged.' }] },
        ben,
      )
      const fake = await exportSignedPackage(impostor, ben, 'all')
      const before = await snapshot(anaStore.dataDir)
      const refused = await refusal(importCheckedPackage(anaStore, fake, ana, false))
      expect(refused.reason).toBe('other-key')
      const known = keyFingerprint((await ensureSigningKey(benStore.dataDir, ben.id)).publicKey)
      const theirs = keyFingerprint((await ensureSigningKey(impostor.dataDir, ben.id)).publicKey)
      expect(refused.message).toMatch(
        /^The package claims to be by Ben Okafor \(ben-okafor\), but it is signed by another key than the one this library accepted for ben-okafor on \d{4}-\d\d-\d\d\. Refused; nothing was changed\.\n/,
      )
      expect(refused.message).toContain(`\nKnown key: ${known}\nThis package’s key: ${theirs}\n`)
      expect(await snapshot(anaStore.dataDir)).toEqual(before)
      expect((await anaStore.tags(id))[0]).toMatchObject({ kind: 'claim', note: 'Checked.' })
    })
  })

  it('refuses a package changed after signing, even with its checksum recomputed, and nothing changes', async () => {
    await desk(async ({ ana: anaStore, ben: benStore, id }) => {
      await benStore.saveWork(id, { tags: [tagOn(id, 'First sentence.', ben)] }, ben)
      const genuine = await exportSignedPackage(benStore, ben, 'all')
      await importCheckedPackage(anaStore, genuine, ana, false)
      const before = await snapshot(anaStore.dataDir)
      const edited = forged(genuine, (raw) => {
        const tag = raw.articles[0]?.annotations[0]
        if (!tag) throw new Error('no tag')
        Object.assign(tag, {
          kind: 'disputed',
          note: 'Forged.',
          modified: '2030-01-01T00:00:00.000Z',
        })
      })
      const refused = await refusal(importCheckedPackage(anaStore, edited, ana, false))
      expect(refused.reason).toBe('forged')
      expect(refused.message).toMatch(/its signature does not match its contents/)
      expect(await snapshot(anaStore.dataDir)).toEqual(before)
    })
  })

  it('takes an unsigned package only on confirmation, marked unverified, and never once the key is known', async () => {
    await desk(async ({ ana: anaStore, ben: benStore, id }) => {
      await benStore.saveWork(id, { tags: [tagOn(id, 'First sentence.', ben)] }, ben)
      const old = unsigned(await exportSignedPackage(benStore, ben, 'all'))
      const before = await snapshot(anaStore.dataDir)
      const asked = await refusal(importCheckedPackage(anaStore, old, ana, false))
      expect(asked.reason).toBe('needs-confirmation')
      expect(asked.message).toMatch(/not signed .* nothing proves it is by Ben Okafor/)
      expect(await snapshot(anaStore.dataDir)).toEqual(before)

      const taken = await importCheckedPackage(anaStore, old, ana, true)
      expect(taken.trust).toEqual({ status: 'unverified' })
      expect((await anaStore.tags(id))[0]).toMatchObject({ author: ben, unverified: true })
      expect((await auditLines(anaStore.dataDir))[0]?.source).toMatchObject({ unverified: true })
      expect(await keyRegistryOf(anaStore.dataDir).list()).toEqual([])
      // Ana's own package never carries the mark, nor Ben's records.
      const anasPackage = await exportSignedPackage(anaStore, ben, 'all')
      expect(anasPackage.articles[0]?.annotations[0]).not.toHaveProperty('unverified')

      // The same work, now signed: the mark goes, and the key is remembered.
      const signed = await importCheckedPackage(
        anaStore,
        await exportSignedPackage(benStore, ben, 'all'),
        ana,
        false,
      )
      expect(signed.trust?.status).toBe('first-use')
      expect((await anaStore.tags(id))[0]).not.toHaveProperty('unverified')

      const afterKey = await snapshot(anaStore.dataDir)
      const refused = await refusal(importCheckedPackage(anaStore, old, ana, true))
      expect(refused.reason).toBe('unsigned')
      expect(refused.message).toMatch(/it is not signed, and this library knows ben-okafor’s key/)
      expect(refused.message).toContain(
        `\nKnown key: ${keyFingerprint((await ensureSigningKey(benStore.dataDir, ben.id)).publicKey)}`,
      )
      expect(await snapshot(anaStore.dataDir)).toEqual(afterKey)
    })
  })

  it('refuses one’s own package before the key registry learns anything', async () => {
    await desk(async ({ ana: anaStore, id }) => {
      await anaStore.saveWork(id, { tags: [tagOn(id, 'First sentence.', ana)] }, ana)
      const mine = await exportSignedPackage(anaStore, ana, 'all')
      expect((await refusal(importCheckedPackage(anaStore, mine, ana, false))).reason).toBe(
        'own-package',
      )
      expect(await keyRegistryOf(anaStore.dataDir).list()).toEqual([])
    })
  })

  it('restores a damaged key registry from its backup, and refuses when none verifies', async () => {
    await desk(async ({ ana: anaStore, ben: benStore, impostor, id }) => {
      await benStore.saveWork(id, { tags: [tagOn(id, 'First sentence.', ben)] }, ben)
      await importCheckedPackage(
        anaStore,
        await exportSignedPackage(benStore, ben, 'all'),
        ana,
        false,
      )
      const path = join(anaStore.dataDir, KEY_REGISTRY_FILE)
      // Replaced by a damaged copy (in-place damage is the backups' own fault-catalogue case).
      await rm(path)
      await writeFile(path, '{"format":"factmark-editor-keys","vers')
      await impostor.saveWork(id, { tags: [tagOn(id, 'Second one.', ben)] }, ben)
      const fake = await exportSignedPackage(impostor, ben, 'all')
      // The damaged file is no fresh start: Ben's key comes back from the backup.
      expect((await refusal(importCheckedPackage(anaStore, fake, ana, false))).reason).toBe(
        'other-key',
      )
      expect(JSON.parse(await readFile(path, 'utf8')).editors).toHaveLength(1)
      const names = await readdir(anaStore.dataDir)
      expect(names.some((name) => name.startsWith(`${KEY_REGISTRY_FILE}.corrupt-`))).toBe(true)

      await writeFile(path, 'garbage')
      for (const name of await readdir(join(anaStore.dataDir, 'backups', 'editor-keys'))) {
        await writeFile(join(anaStore.dataDir, 'backups', 'editor-keys', name), 'also garbage')
      }
      await expect(importCheckedPackage(anaStore, fake, ana, false)).rejects.toThrow(
        /editors’ keys .* are damaged .* no backup of them verifies/,
      )
    })
  })
})
