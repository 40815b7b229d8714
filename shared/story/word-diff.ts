import { diffWords } from 'diff'

/** One run of words in a word-level comparison of two versions of a quotation. */
export interface DiffPart {
  text: string
  /** `same` in both, `added` only in this version, `removed` only in the reference. */
  change: 'same' | 'added' | 'removed'
}

/** Typographic apostrophes, so that "It's" and "It’s" read as the same word. */
function apostrophes(text: string): string {
  return text.replace(/'/g, '’')
}

/**
 * Compares `version` with `reference` word by word (jsdiff's `diffWords`, ignoring case and the
 * difference between straight and curly apostrophes): the runs in both, those only in the version
 * (added) and those only in the reference (removed), in reading order.
 */
export function wordDiff(reference: string, version: string): DiffPart[] {
  return diffWords(apostrophes(reference), apostrophes(version), { ignoreCase: true }).map(
    (change) => ({
      text: change.value,
      change: change.added ? 'added' : change.removed ? 'removed' : 'same',
    }),
  )
}
