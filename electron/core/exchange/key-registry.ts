import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { FactmarkError } from '../../../shared/ipc/result'
import { editorRefSchema, type EditorRef } from '../../../shared/model/annotation'
import type { PackageSigner } from '../../../shared/exchange/package-signature'
import {
  judgeSigner,
  type KnownKey,
  type PackageTrust,
} from '../../../shared/exchange/signer-trust'
import { writeFileAtomic } from '../store/atomic-write'
import { BackupRotation, sha256Hex } from '../store/backup-rotation'
import { storeJson } from '../store/json-file'
import { quarantineFile } from '../store/quarantine'
import { BACKUPS_FOLDER } from '../store/store-context'
import { errorCode } from '../store/store-fs'

/** The library file that remembers each editor's public key: `<library>/editor-keys.json`. */
export const KEY_REGISTRY_FILE = 'editor-keys.json'

/** The backup key of the registry's saved versions (`backups/editor-keys/`). */
export const KEY_REGISTRY_BACKUP_KEY = 'editor-keys'

const knownKeySchema = z.strictObject({
  editor: editorRefSchema,
  /** An SSH public key line; ed25519 from packages, any roster type from a team. */
  publicKey: z.string().regex(/^[a-z0-9@.-]+ [A-Za-z0-9+/]+={0,2}$/),
  fingerprint: z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/),
  since: z.iso.datetime(),
})

const registrySchema = z.strictObject({
  format: z.literal('factmark-editor-keys'),
  version: z.literal(1),
  editors: z.array(knownKeySchema),
})

type RegistryFile = z.infer<typeof registrySchema>

function decode(bytes: Buffer): RegistryFile {
  return registrySchema.parse(JSON.parse(bytes.toString('utf8')))
}

/**
 * The library's keys of editors (trust on first use): the first time the library accepts signed
 * work under an editor's id, it remembers the key; from then on work under that id must be signed
 * by that key. Kept in {@link KEY_REGISTRY_FILE}, written atomically with its saved versions in
 * `backups/`, and read afresh for each decision so that it is never out of step with the disk. A
 * damaged or deleted file is restored from its newest backup that verifies; when none does, every
 * signed import is refused (never a silent fresh start, which would let anyone in).
 */
export class KeyRegistry {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly backups: BackupRotation
  /** The registry file. */
  readonly path: string

  /** The registry of the library at `dataDir`. */
  constructor(readonly dataDir: string) {
    this.path = join(dataDir, KEY_REGISTRY_FILE)
    this.backups = new BackupRotation(join(dataDir, BACKUPS_FOLDER))
  }

  /** Every key the library knows, by editor id. */
  async list(): Promise<KnownKey[]> {
    return this.serial(async () => (await this.read()).editors)
  }

  /**
   * Decides whether work by `author`, signed by `signer` (null: unsigned), is accepted (see
   * `judgeSigner`), and on first use remembers the key before anything is applied. Decisions run
   * one at a time, so two packages under one new name cannot both be first.
   */
  admit(
    author: EditorRef,
    signer: PackageSigner | null,
    allowUnsigned: boolean,
    now: string = new Date().toISOString(),
  ): Promise<PackageTrust> {
    return this.serial(async () => {
      const file = await this.read()
      const known = file.editors.find((entry) => entry.editor.id === author.id)
      const trust = judgeSigner(author, signer, known, allowUnsigned)
      if (trust.status === 'first-use' && signer) {
        await this.write({
          ...file,
          editors: [...file.editors, { editor: author, ...signer, since: now }],
        })
      }
      return trust
    })
  }

  /** Forgets the key of `editorId` (a new key is then accepted on its first use); false if none. */
  forget(editorId: string): Promise<boolean> {
    return this.serial(async () => {
      const file = await this.read()
      const editors = file.editors.filter((entry) => entry.editor.id !== editorId)
      if (editors.length === file.editors.length) return false
      await this.write({ ...file, editors })
      return true
    })
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task)
    this.queue = run.catch(() => undefined)
    return run
  }

  private async read(): Promise<RegistryFile> {
    let bytes: Buffer | null = null
    let damage: string | null = null
    try {
      bytes = await readFile(this.path)
      return decode(bytes)
    } catch (error) {
      if (bytes === null && errorCode(error) !== 'ENOENT') {
        throw new FactmarkError(
          'store-failure',
          `The editors’ keys (${this.path}) could not be read: ${(error as Error).message}. Packages are refused until it can be.`,
        )
      }
      if (bytes !== null) damage = (error as Error).message.split('\n')[0] ?? 'unreadable'
    }
    for await (const backup of this.backups.verified(KEY_REGISTRY_BACKUP_KEY)) {
      try {
        const restored = decode(backup.bytes)
        if (damage !== null) await quarantineFile(this.path)
        await this.write(restored)
        return restored
      } catch {
        // A backup this version cannot read: try the one before.
      }
    }
    if (damage !== null) {
      throw new FactmarkError(
        'store-failure',
        `The editors’ keys (${this.path}) are damaged (${damage}) and no backup of them verifies. Signed packages are refused until the file is repaired or moved away; moved away, each editor’s key is accepted again on first use.`,
      )
    }
    return { format: 'factmark-editor-keys', version: 1, editors: [] }
  }

  private async write(file: RegistryFile): Promise<void> {
    const bytes = storeJson(file)
    await writeFileAtomic(this.path, bytes)
    await this.backups.keep(KEY_REGISTRY_BACKUP_KEY, bytes, sha256Hex(bytes))
  }
}
