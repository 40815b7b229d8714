import type { FactmarkPackage } from '../../../shared/exchange/package'
import type { EditorRef } from '../../../shared/model/annotation'
import type { LibraryStore } from '../store/library-store'
import { editorSigningKey } from '../team/editor-key'
import { loadSigningKey } from '../team/signing-key'
import { signPackage } from './package-signing'

/**
 * Makes `editor`'s package of the articles `ids` (see `LibraryStore.exportPackage`), signed with
 * their key: the SSH key at `keyPath` when given, else the one they sign team commits with, else
 * the one Factmark made for them in the library (made now if need be).
 */
export async function exportSignedPackage(
  store: LibraryStore,
  editor: EditorRef,
  ids: readonly string[] | 'all',
  keyPath?: string,
): Promise<FactmarkPackage> {
  const pkg = await store.exportPackage(editor, ids)
  const key =
    keyPath === undefined
      ? await editorSigningKey(store.dataDir, editor)
      : await loadSigningKey(keyPath)
  return signPackage(pkg, key)
}
