import { TAG_KINDS } from '../model/tag-kinds'

/** A tag read back from what is left of a damaged article file: enough to name it. */
export interface SalvagedTag {
  id: string
  kind: string
  /** The tagged text (its quote selector's `exact`). */
  exact: string
}

const KINDS: ReadonlySet<string> = new Set(TAG_KINDS)
const STRING = String.raw`"((?:[^"\\]|\\.)*)"`
/** How far after a tag's id its kind and quote may be looked for (the author comes between). */
const REACH = 4_000
/** How many words of a tag's text a notice quotes. */
const QUOTED_WORDS = 6

function unescape(literal: string): string | null {
  try {
    const value: unknown = JSON.parse(`"${literal}"`)
    return typeof value === 'string' ? value : null
  } catch {
    return null
  }
}

/**
 * The tags of article `articleId` that can still be read in `text`, the bytes of a damaged or
 * cut-short article file (which no longer parses as JSON): each annotation's id, kind and quoted
 * text, found by their keys in the order Factmark writes them. What is cut off is not returned.
 */
export function salvageTags(text: string, articleId: string): SalvagedTag[] {
  const start = new RegExp(`"id"\\s*:\\s*${STRING}\\s*,\\s*"articleId"\\s*:\\s*${STRING}`, 'g')
  const kindPattern = new RegExp(`"kind"\\s*:\\s*${STRING}`)
  const exactPattern = new RegExp(`"exact"\\s*:\\s*${STRING}`)
  const found: SalvagedTag[] = []
  for (const match of text.matchAll(start)) {
    if (unescape(match[2] ?? '') !== articleId) continue
    const id = unescape(match[1] ?? '')
    const after = text.slice(match.index + match[0].length, match.index + REACH)
    const next = after.search(/"id"\s*:\s*"[^"]*"\s*,\s*"articleId"/)
    const own = next < 0 ? after : after.slice(0, next)
    const kindLiteral = kindPattern.exec(own)?.[1]
    const exactLiteral = exactPattern.exec(own)?.[1]
    if (kindLiteral === undefined || exactLiteral === undefined) continue
    const kind = unescape(kindLiteral)
    const exact = unescape(exactLiteral)
    if (id && kind && KINDS.has(kind) && exact !== null) found.push({ id, kind, exact })
  }
  return found
}

/**
 * The tags found in `remains` (what is left of versions newer than the one restored, newest
 * first) that the restored version lacks or holds under another kind: the tags a recovery lost.
 * Each tag is listed once, as the newest remains have it.
 */
export function lostTags(
  restored: readonly { id: string; kind: string }[],
  remains: readonly string[],
  articleId: string,
): SalvagedTag[] {
  const kept = new Map(restored.map((tag) => [tag.id, tag.kind]))
  const lost = new Map<string, SalvagedTag>()
  for (const text of remains) {
    for (const tag of salvageTags(text, articleId)) {
      if (kept.get(tag.id) === tag.kind || lost.has(tag.id)) continue
      lost.set(tag.id, tag)
    }
  }
  return [...lost.values()]
}

/** The first words of a tag's text, as a notice quotes them: `“The mayor said…”`. */
export function firstWords(text: string, count: number = QUOTED_WORDS): string {
  // The notice puts its own quotation marks around the words: the text's own would double them.
  const words = text
    .trim()
    .replace(/^["“”‘’«»']+/, '')
    .split(/\s+/)
    .filter(Boolean)
  const shown = words.slice(0, count).join(' ')
  return `“${shown}${words.length > count ? '…' : ''}”`
}

/**
 * The sentence of a recovery notice that says what was lost: the tags (kind and first words) and
 * since when (`since`, the time of the version restored). `lastSaved` is when the lost work was
 * last saved, if known. Says that some work may be lost even when no tag could be named.
 */
export function lostWorkMessage(
  lost: readonly SalvagedTag[],
  since: string,
  lastSaved: string | null,
): string {
  const last = lastSaved ? ` (last saved ${lastSaved})` : ''
  if (lost.length === 0) {
    return `Changes saved after ${since}${last} could not be recovered; no tag could be read from what is left of them.`
  }
  const shown = lost.slice(0, 10).map((tag) => `${tag.kind} ${firstWords(tag.exact)}`)
  const more = lost.length > shown.length ? `, and ${lost.length - shown.length} more` : ''
  const noun = lost.length === 1 ? 'this tag was' : `these ${lost.length} tags were`
  return `Changes saved after ${since}${last} could not be recovered: ${noun} lost: ${shown.join('; ')}${more}.`
}
