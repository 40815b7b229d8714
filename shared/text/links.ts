/** Web addresses as they appear in news copy (https://…, www.…, pic.twitter.com/…). */

const schemePattern = /^(?:https?:\/\/|www\.)/i
const domainPattern = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u

/**
 * Whether `word` is a web address: it has a scheme, starts with `www.`, or is a dotted domain
 * followed by a path (`pic.twitter.com/ocUoGzwwDO`). A bare `example.com` is not: without a path it
 * reads like a word, and a full stop after it may end the sentence.
 */
export function isLinkLike(word: string): boolean {
  if (schemePattern.test(word)) return true
  const slash = word.indexOf('/')
  return slash > 0 && domainPattern.test(word.slice(0, slash))
}

/**
 * Whether `word` contains characters that only occur in addresses, handles and code (`@`, `/`,
 * `\`, `_`, `=`, `#`), or starts with `www.`: full stops inside it never end a sentence.
 */
export function hasAddressCharacters(word: string): boolean {
  return (
    word.includes('@') ||
    word.includes('/') ||
    word.includes('\\') ||
    word.includes('_') ||
    word.includes('=') ||
    word.includes('#') ||
    /^www\./i.test(word)
  )
}

const embedLinkPattern = /^(?:https?:\/\/)?(?:pic\.twitter\.com|pic\.x\.com|t\.co)\/\w/i

/**
 * Whether `word` is the link an embedded post leaves in copied text ("pic.twitter.com/ocUoGzwwDO",
 * "https://t.co/AbC123"): it belongs to the post before it, not to a sentence of its own.
 */
export function isEmbedLink(word: string): boolean {
  return embedLinkPattern.test(word)
}
