/** How far into a web page its `<meta charset>` must be, as browsers look for it. */
const PRESCAN_BYTES = 1024

/** Labels of the encodings browsers decode as Windows-1252 (WHATWG Encoding Standard). */
const WINDOWS_1252_LABELS = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'iso_8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
  'cp819',
  'ibm819',
])

/**
 * Whether a web page declares itself Windows-1252 (or Latin-1, which browsers read as such) in a
 * `<meta charset>` or `http-equiv` content type within its first kilobyte.
 */
export function declaresWindows1252(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, PRESCAN_BYTES)).toLowerCase()
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/.exec(head)
  return match?.[1] !== undefined && WINDOWS_1252_LABELS.has(match[1])
}
