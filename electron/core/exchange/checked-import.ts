import type { PackageImportReport } from '../../../shared/exchange/import-report'
import type { FactmarkPackage } from '../../../shared/exchange/package'
import { checkPackageImportable } from '../../../shared/store/package-merge'
import type { EditorRef } from '../../../shared/model/annotation'
import type { LibraryStore } from '../store/library-store'
import { KeyRegistry } from './key-registry'
import { checkPackageSignature } from './package-signing'

const registries = new Map<string, KeyRegistry>()

/** The one key registry of the library at `dataDir` in this process (its decisions queue). */
export function keyRegistryOf(dataDir: string): KeyRegistry {
  let registry = registries.get(dataDir)
  if (!registry) {
    registry = new KeyRegistry(dataDir)
    registries.set(dataDir, registry)
  }
  return registry
}

/**
 * Imports a package that came from outside (a file the editor chose, a team folder): its
 * signature is checked (a package changed after signing is refused as forged), the editor's own
 * package is refused, then the library's key registry decides by trust on first use (see
 * `judgeSigner`): a new editor's key is remembered, another key or no signature under a known
 * editor is refused, an unsigned package from an unknown editor needs `allowUnsigned`. Only then
 * is it merged, its records marked unverified when it was unsigned, each audit line carrying the
 * key's fingerprint. Every refusal is an `ExchangeError` thrown before anything changed.
 */
export async function importCheckedPackage(
  store: LibraryStore,
  pkg: FactmarkPackage,
  actingEditor: EditorRef | null,
  allowUnsigned: boolean,
): Promise<PackageImportReport> {
  const signer = checkPackageSignature(pkg)
  checkPackageImportable(pkg, actingEditor?.id ?? null)
  const trust = await keyRegistryOf(store.dataDir).admit(pkg.author, signer, allowUnsigned)
  return store.importPackage(pkg, actingEditor, trust)
}
