/** Known binary formats by their first bytes, for a clear message instead of garbage text. */
const SIGNATURES: { name: string; bytes: number[] }[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46] },
  { name: 'ZIP archive (or Word/Office file)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
  { name: 'executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Windows executable', bytes: [0x4d, 0x5a] },
]

/** What the first bytes of a file say it is. */
export type Sniffed =
  | { kind: 'text'; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }
  | { kind: 'binary'; description: string }

/**
 * Tells text from binary by content, not by file name: known signatures, then NUL bytes (text
 * never has them, except UTF-16, recognised by its byte-order mark).
 */
export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { kind: 'text', encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { kind: 'text', encoding: 'utf-16be' }
  for (const signature of SIGNATURES) {
    if (signature.bytes.every((byte, index) => bytes[index] === byte)) {
      return { kind: 'binary', description: signature.name }
    }
  }
  if (bytes.includes(0))
    return { kind: 'binary', description: 'binary file (it contains NUL bytes)' }
  return { kind: 'text', encoding: 'utf-8' }
}

/** Bytes that are not valid text in the encoding they were read as (maybe Windows-1252). */
export class InvalidEncodingError extends RangeError {
  constructor(readonly encoding: string) {
    super(`decodeText: the file is not valid ${encoding.toUpperCase()} text`)
    this.name = 'InvalidEncodingError'
  }
}

/**
 * Decodes file bytes as text, strictly: invalid UTF-8 is an error, never silent U+FFFD. Throws a
 * RangeError naming the problem: an {@link InvalidEncodingError} when the bytes are text but not
 * valid UTF-8 (or UTF-16).
 */
export function decodeText(bytes: Uint8Array): string {
  const sniffed = sniffBytes(bytes)
  if (sniffed.kind === 'binary') {
    throw new RangeError(`decodeText: this is not a text file but a ${sniffed.description}`)
  }
  try {
    return new TextDecoder(sniffed.encoding, { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new InvalidEncodingError(sniffed.encoding)
  }
}
