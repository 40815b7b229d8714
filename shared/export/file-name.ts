import { stripIllegalCharacters } from './illegal-characters'

/** The most UTF-16 units a file name keeps before its extension. */
export const FILE_NAME_UNITS = 120

/**
 * The most UTF-8 bytes a file name keeps before its extension: most file systems allow 255 bytes
 * per name, and 120 characters of CJK text would take 360.
 */
export const FILE_NAME_BYTES = 200

/** What a file name is made of when the title leaves nothing usable. */
export const FALLBACK_FILE_NAME = 'article'

/**
 * Characters no file name may hold on Windows, macOS or Linux (`< > : " / \ | ? *`), plus
 * look-alike slashes, backslashes and colons that a later normalisation could turn into them.
 */
const FORBIDDEN = /[<>:"/\\|?*\u2044\u2215\u29F8\uFE55\uFF0F\uFF1A\uFF3C]+/g

/**
 * Invisible formatting characters: bidirectional marks, embeddings, overrides and isolates (which
 * can make `exe.txt` display as `txt.exe`), zero-width space, word joiner, byte order mark and
 * interlinear annotation marks. Zero-width (non-)joiners stay: emoji and some scripts need them.
 */
const INVISIBLE =
  /[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFF9-\uFFFB]/g

/**
 * Names Windows reserves for devices, alone or before any extension (`CON`, `aux.txt`), in any
 * letter case; `COM¹`–`COM³` and `LPT¹`–`LPT³` included.
 */
const RESERVED = /^(?:CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)$/i

/** An extension: ASCII letters and digits, with inner dots (`tar.gz`), at most 16 characters. */
const EXTENSION = /^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/** The UTF-8 length of `text`, in bytes. */
function utf8Length(text: string): number {
  let bytes = 0
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4
  }
  return bytes
}

/** `text` cut to whole characters (graphemes) within both length limits. */
function truncate(text: string): string {
  let kept = ''
  let bytes = 0
  for (const { segment } of graphemes.segment(text)) {
    const size = utf8Length(segment)
    if (kept.length + segment.length > FILE_NAME_UNITS || bytes + size > FILE_NAME_BYTES) break
    kept += segment
    bytes += size
  }
  return kept
}

/** Without leading dots (hidden files, `..`) or spaces, nor trailing ones (refused by Windows). */
function trimEnds(text: string): string {
  return text.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '')
}

/**
 * A file name safe on Linux, macOS and Windows, made from an article title: Unicode NFC; no
 * control, bidirectional or other invisible formatting characters; path separators, reserved
 * characters and runs of whitespace as one space; no leading or trailing dots or spaces; no name
 * Windows reserves (`CON`, `nul.txt`, `COM1`… get a leading `_`); at most `FILE_NAME_UNITS` UTF-16
 * units and `FILE_NAME_BYTES` UTF-8 bytes before the extension, cut between whole characters; and
 * never empty (`FALLBACK_FILE_NAME`). The result is a single path segment under both POSIX and
 * Windows rules, so joined to a folder it stays inside it.
 *
 * @param extension without or with its leading dot; '' for none.
 * @throws RangeError (message starting 'safeFileName:') if `extension` is not ASCII letters and
 *   digits with inner dots, of at most 16 characters.
 */
export function safeFileName(title: string, extension: string): string {
  const suffix = extension.replace(/^\.(?=.)/, '')
  if (suffix !== '' && (!EXTENSION.test(suffix) || suffix.length > 16)) {
    throw new RangeError(`safeFileName: not a file name extension: ${JSON.stringify(extension)}`)
  }
  const cleaned = stripIllegalCharacters(String(title).normalize('NFC'))
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
  let base = trimEnds(truncate(trimEnds(cleaned)))
  if (base === '') base = FALLBACK_FILE_NAME
  const stem = (base.split('.')[0] ?? '').trimEnd()
  if (RESERVED.test(stem)) base = `_${base}`
  return suffix === '' ? base : `${base}.${suffix}`
}
