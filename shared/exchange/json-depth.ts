/**
 * How deeply arrays and objects nest in a JSON text, counted without parsing it (brackets inside
 * strings do not count), stopping as soon as `limit` is passed. Lets a reader refuse hostile
 * nesting before `JSON.parse` and every later recursive walk have to cope with it.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0
  let inString = false
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if (inString) {
      if (code === 0x5c)
        index += 1 // backslash: skip the escaped character
      else if (code === 0x22) inString = false
    } else if (code === 0x22) {
      inString = true
    } else if (code === 0x5b || code === 0x7b) {
      depth += 1
      if (depth > limit) return true
    } else if (code === 0x5d || code === 0x7d) {
      depth -= 1
    }
  }
  return false
}
