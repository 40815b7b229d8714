/** The only links an export makes clickable: absolute web links and mail links. */
const SAFE_LINK = /^(?:https?:\/\/[^\s<>"'`\\]+|mailto:[^\s<>"'`\\]+)$/i

/**
 * `url`, trimmed, if an export may make it a link (an http, https or mailto URL with no
 * whitespace, quotes or angle brackets); else null, and the export shows it as plain text.
 */
export function safeLink(url: string): string | null {
  const trimmed = url.trim()
  return SAFE_LINK.test(trimmed) ? trimmed : null
}
