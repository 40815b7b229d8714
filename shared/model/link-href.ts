/** The longest link an article may keep. */
export const MAX_HREF_LENGTH = 2048

/**
 * An absolute web link (`http://` or `https://` and a host) or a mail link, with nothing a browser
 * would strip or reinterpret: no whitespace, no control or invisible formatting characters
 * (`java\tscript:`, a leading U+0001, a right-to-left override), no quotes, angle brackets or
 * backslashes. Scheme-relative (`//evil`) and relative links are refused too: an article has no
 * base address to resolve them against.
 */
const ALLOWED_HREF =
  /^(?:https?:\/\/[^\s\p{C}<>"'`\\/?#][^\s\p{C}<>"'`\\]*|mailto:[^\s\p{C}<>"'`\\]+)$/iu

/**
 * `href` if an article may keep it as a link: an `http:`, `https:` or `mailto:` URL (see
 * {@link ALLOWED_HREF}) of at most {@link MAX_HREF_LENGTH} characters; else null. The check is on
 * the exact string, never trimmed or decoded: `JaVaScRiPt:`, `&#106;avascript:`, `data:` and
 * `vbscript:` links, and anything a browser would read differently from what is checked, fail.
 */
export function allowedHref(href: unknown): string | null {
  if (typeof href !== 'string' || href.length > MAX_HREF_LENGTH) return null
  return ALLOWED_HREF.test(href) ? href : null
}
