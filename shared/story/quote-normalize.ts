/** Spellings that mean the same word in a quotation. */
const VARIANTS: Readonly<Record<string, string>> = {
  okay: 'ok',
  'o.k': 'ok',
  'o.k.': 'ok',
  alright: 'all right',
}

/**
 * A quotation's text reduced to what its words are: lowercase, curly apostrophes made straight,
 * quotation marks, ellipses and other punctuation dropped, spelling variants ("okay") unified.
 */
export function normalizeQuote(text: string): string {
  return quoteWords(text).join(' ')
}

/** The words of a quotation, normalised as {@link normalizeQuote} does. */
export function quoteWords(text: string): string[] {
  const words = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/…|\.{3}/g, ' ')
    .replace(/[‑–—]/g, '-')
    .match(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu)
  return (words ?? []).flatMap((word) => (VARIANTS[word] ?? word).split(' '))
}
