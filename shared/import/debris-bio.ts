import { excerpt } from './debris-credits'
import type { BlockDebris } from './debris-kinds'

/** The most words of an author's card; a longer block is a paragraph of the article. */
const LONGEST_CARD_WORDS = 80

/** What an author's card says they are ("writer", "Reporter"), in either case. */
const role =
  '(?:[Ww]riter|[Rr]eporter|[Ee]ditor|[Jj]ournalist|[Cc]orrespondent|[Cc]ontributor|[Cc]olumnist)'
/** A name of one to four capitalised words at the start of a block. */
const name = "^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){1,3}"
/**
 * An author's card opens on their name and what they write for which outlet, the outlet named
 * before the role or after it: "Jane Doe is a news writer at the Example Post", "Jane Doe, an
 * Example Post reporter, has covered …". A role with no outlet ("a former reporter") is not one.
 */
const cardOpenings = [
  new RegExp(
    `${name}(?:,| is) (?:a|an) (?:[\\p{Ll}-]+ ){0,3}\\p{Lu}[^.,;]{0,40}?\\b${role}\\b`,
    'u',
  ),
  new RegExp(
    `${name}(?:,| is) (?:a|an|the) [^.,;]{0,40}?\\b${role} (?:at|for|with) (?:the )?\\p{Lu}`,
    'u',
  ),
]
/** Words of someone quoted in the news, which an author's card does not have. */
const reporting = /\b(?:said|says|told|tells|asked|added)\b/

/**
 * A block that is an author's card, the short biography a page sets under a byline ("Ines Varga
 * is a digital news writer at Harbour News. She graduated …"), as page furniture; null otherwise.
 */
export function authorCard(text: string): BlockDebris | null {
  const trimmed = text.trim()
  const first = trimmed.split(/(?<=[.!?])\s/u)[0] ?? trimmed
  if (!cardOpenings.some((opening) => opening.test(first)) || reporting.test(first)) return null
  if (trimmed.split(/\s+/).length > LONGEST_CARD_WORDS) return null
  const from = text.length - text.trimStart().length
  return {
    from,
    to: from + trimmed.length,
    kind: 'page-meta',
    reason: `An author’s card: “${excerpt(trimmed)}”.`,
  }
}
