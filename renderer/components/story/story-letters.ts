/** The letter that stands for the story's article at `index`: A, B, C… then A2, B2… */
export function articleLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26))
  return index < 26 ? letter : `${letter}${Math.floor(index / 26) + 1}`
}

/** A story's article ids mapped to their letters, in the story's order. */
export function articleLetters(ids: readonly string[]): Map<string, string> {
  return new Map(ids.map((id, index) => [id, articleLetter(index)]))
}
