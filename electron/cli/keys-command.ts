import { keyRegistryOf } from '../core/exchange/checked-import'
import { editorSigningKey } from '../core/team/editor-key'
import { keyFingerprint } from '../core/team/key-fingerprint'
import { actingEditor } from './acting-editor'
import type { CliIo } from './cli-io'
import { UsageError } from './usage-error'
import { withLibrary } from './with-library'

/** The options `keys` reads. */
export interface KeysOptions {
  json: boolean
  editor?: string | undefined
}

/**
 * `factmark keys [--json] [--editor NAME]` prints the acting editor's signing key (its
 * fingerprint, as `ssh-keygen -l` prints it, to give the other editors) and every editor's key
 * the library accepted on first use, with since when. `factmark keys forget <editor-id>` forgets
 * one (after the editor really changed keys): their next signed package is a first use again.
 */
export async function keysCommand(
  dataDir: string,
  positionals: readonly string[],
  options: KeysOptions,
  io: CliIo,
): Promise<number> {
  const [action, ...rest] = positionals
  if (action === undefined) {
    const editor = await actingEditor(dataDir, options.editor)
    const { own, known } = await withLibrary(dataDir, io, async () => {
      const key = await editorSigningKey(dataDir, editor)
      return {
        own: { editor, publicKey: key.publicKey, fingerprint: keyFingerprint(key.publicKey) },
        known: await keyRegistryOf(dataDir).list(),
      }
    })
    if (options.json) {
      io.stdout(`${JSON.stringify({ own, known }, null, 2)}\n`)
      return 0
    }
    io.stdout(`Your key (${editor.name}): ${own.fingerprint}\n  ${own.publicKey}\n`)
    if (known.length === 0) {
      io.stdout('This library has accepted no other editor’s key yet.\n')
      return 0
    }
    io.stdout('Editors’ keys accepted on first use:\n')
    for (const entry of known) {
      io.stdout(
        `  ${entry.editor.id}  ${entry.editor.name}  ${entry.fingerprint}  since ${entry.since.slice(0, 10)}\n`,
      )
    }
    return 0
  }
  if (action === 'forget') {
    if (rest.length !== 1 || options.json) {
      throw new UsageError('keys forget takes one editor id')
    }
    const editorId = rest[0] ?? ''
    const forgotten = await withLibrary(dataDir, io, () => keyRegistryOf(dataDir).forget(editorId))
    if (!forgotten) {
      io.stderr(`factmark: this library knows no key of ${editorId}.\n`)
      return 1
    }
    io.stdout(
      `Forgot ${editorId}’s key: the next package signed in their name is accepted as a first use, with its fingerprint shown. Check it with them.\n`,
    )
    return 0
  }
  throw new UsageError('keys takes nothing, or forget <editor-id>')
}
