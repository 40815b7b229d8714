/**
 * Levenshtein distance between two strings, counted in UTF-16 code units: the fewest
 * single-unit insertions, deletions and substitutions that turn `left` into `right`. Meant for
 * short strings such as the 32-character context of a quote (time and memory O(m·n) / O(n)).
 */
export function editDistance(left: string, right: string): number {
  if (left === right) return 0
  if (left.length === 0) return right.length
  if (right.length === 0) return left.length
  let previous = new Uint32Array(right.length + 1)
  let current = new Uint32Array(right.length + 1)
  for (let column = 0; column <= right.length; column += 1) previous[column] = column
  for (let row = 1; row <= left.length; row += 1) {
    current[0] = row
    const code = left.charCodeAt(row - 1)
    for (let column = 1; column <= right.length; column += 1) {
      const substitution = previous[column - 1]! + (code === right.charCodeAt(column - 1) ? 0 : 1)
      const deletion = previous[column]! + 1
      const insertion = current[column - 1]! + 1
      current[column] = Math.min(substitution, deletion, insertion)
    }
    const swap = previous
    previous = current
    current = swap
  }
  return previous[right.length]!
}
