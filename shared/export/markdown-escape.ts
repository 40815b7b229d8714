import { stripIllegalCharacters } from './illegal-characters'

/**
 * Characters that can start Markdown syntax anywhere in a line (CommonMark's emphasis, code,
 * links, autolinks and raw HTML, plus GFM's strikethrough), and the backslash itself.
 */
const INLINE_SYNTAX = /[\\`*_[\]<>~]/g

/** An ampersand that would read as an entity or numeric character reference. */
const ENTITY_LIKE = /&(?=#?[A-Za-z0-9]+;)/g

/**
 * `text` as literal CommonMark inline content: every character that could begin emphasis, code,
 * a link, an image, an autolink, raw HTML or an entity is backslash-escaped, so that hostile text
 * such as `[x](javascript:…)` or `<script>` stays text. Characters illegal in XML and HTML are
 * dropped. Line breaks are left for the caller (see `escapeMarkdownLineStart`).
 */
export function escapeMarkdownInline(text: string): string {
  return stripIllegalCharacters(text)
    .replace(INLINE_SYNTAX, (character) => `\\${character}`)
    .replace(ENTITY_LIKE, '\\&')
}

/**
 * A line of already escaped inline content made safe to start a Markdown line: leading
 * whitespace (which could make an indented code block) becomes character references, and a start
 * that would read as a heading, list item, thematic break or setext underline is escaped.
 */
export function escapeMarkdownLineStart(line: string): string {
  const indent = /^[ \t]+/.exec(line)?.[0] ?? ''
  const rest = line.slice(indent.length)
  const kept = [...indent].map((space) => (space === '\t' ? '&#9;' : '&#32;')).join('')
  const ordered = /^(\d{1,9})([.)])(?=[ \t]|$)/.exec(rest)
  if (ordered) return `${kept}${ordered[1]}\\${ordered[2]}${rest.slice(ordered[0].length)}`
  if (/^(?:#|=|[-+](?=[ \t]|$|[-+ \t]*$))/.test(rest)) return `${kept}\\${rest}`
  return kept + rest
}
