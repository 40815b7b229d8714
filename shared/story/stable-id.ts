/**
 * A short stable id for a piece of text: FNV-1a (32 bits) in hex, twice with different seeds.
 * Not a security hash; it names suggestions and quote clusters so that a dismissal made today
 * still finds the same suggestion tomorrow.
 */
export function stableId(text: string): string {
  let first = 0x811c9dc5
  let second = 0x01000193 ^ 0x5bd1e995
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    first = Math.imul(first ^ code, 0x01000193) >>> 0
    second = Math.imul(second ^ code, 0x01000193) >>> 0
  }
  return first.toString(16).padStart(8, '0') + second.toString(16).padStart(8, '0')
}
