/**
 * The id an editor gets from their display name: lowercase ASCII letters and digits joined by
 * hyphens ("Ana María Ruiz" → "ana-maria-ruiz"), so the same person has the same id on every
 * machine. Falls back to "editor" when nothing usable is left.
 */
export function editorIdFor(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '')
  return slug || 'editor'
}
