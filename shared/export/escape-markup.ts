import { stripIllegalCharacters } from './illegal-characters'

const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '\u2028': '&#x2028;',
  '\u2029': '&#x2029;',
}

/**
 * `text` made safe for HTML and XML, both as element content and as a quoted attribute value:
 * characters illegal in XML 1.0 or HTML are dropped (`stripIllegalCharacters`), `& < > " '`
 * become character references that both languages read, and so do the line and paragraph
 * separators, which XML 1.1 parsers would otherwise read as line feeds.
 */
export function escapeMarkup(text: string): string {
  return stripIllegalCharacters(text).replace(
    /[&<>"'\u2028\u2029]/g,
    (character) => REFERENCES[character] ?? '',
  )
}
