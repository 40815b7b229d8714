import { splitSentences } from '../text/sentences'
import { authorCard } from './debris-bio'
import { excerpt } from './debris-credits'
import type { BlockDebris, DebrisKind } from './debris-kinds'
import { normalizePhrase } from './debris-phrases'

/** Blocks longer than this are never taken for page furniture as a whole. */
const LONGEST_FURNITURE = 300
/** The most words a related headline after its label ("Read more: …") has. */
const LONGEST_HEADLINE_WORDS = 30

/** Labels that introduce a link to another article: "Also Read:", "RELATED:", "(See also: …)". */
const relatedLabel =
  /^[([]?\s*(?:also read|read also|read more|read|related(?: articles?| stories| coverage| news| content)?|see also|also see|also|you can read|you may also like|you might also like|recommended(?: reading| stories)?|further reading|more(?: news| stories| coverage)?|watch|trending|most (?:viewed|read|popular)|top stories|don['’]t miss|must read)\s*:\s*/i

/** Headings of related-article lists, normalised (see `normalizePhrase`). */
const relatedHeadings = new Set([
  'most viewed',
  'most read',
  'most popular',
  'most shared',
  'related',
  'related articles',
  'related stories',
  'related posts',
  'related content',
  'related news',
  'related coverage',
  'read more',
  'read next',
  'more stories',
  'more news',
  'more on this story',
  'top stories',
  'trending',
  'trending now',
  'trending stories',
  'recommended',
  'recommended for you',
  'you may also like',
  'you might also like',
  "editor's picks",
  'latest news',
  'popular stories',
  "don't miss",
])

const previousNextPattern = /^(?:previous|next) (?:article|post|story)/i
const readMoreOnPattern = /^read (?:more|the full (?:story|article)) (?:on|at) [\w.-]+\.[a-z]{2,}$/

/** Page words around an article that are neither prose nor a link, normalised. */
const pageMetaPhrases = new Set([
  'font size',
  'text size',
  'listen to this article',
  'listen to article',
  'print this article',
  'reading time',
])
/** A link to a site's standards: "Editorial Guidelines", "People Editorial Standards". */
const editorialGuidelinesPattern =
  /^(?:\p{Lu}[\p{L}&'’.-]*\s){0,3}Editorial (?:Guidelines|Standards|Policy|Policies)$/u
/** An audio player's words: "Listen to this article", "Your browser does not support the audio…". */
const audioPlayerPattern =
  /^(?:listen to (?:this )?(?:article|story)\b|your browser does not support the (?:audio|video))/
const readingTimePattern = /^[·•|]?\s*\d{1,3}[- ]?min(?:ute)?s?(?: read|\.? read)$/
const timestampPattern =
  /^(?:(?:last )?updated|published|posted|first published)(?: on| at)?:?\s+[^\n]{0,60}\d[^\n]{0,40}$/
/** What makes the rest of a time stamp a date: a month, "04/12/2021", "2023-03-02" or "10:15". */
const dateTokenPattern =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\b|\d{1,4}[/.-]\d{1,2}|\d{1,2}:\d{2}/
const month = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?'
const weekday = '(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,? )?'
const clock = '(?:,? (?:[–—-] )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?'
const datelinePattern = new RegExp(
  `^${weekday}(?:\\d{1,2} ${month},? \\d{4}|${month} \\d{1,2},? \\d{4})${clock}$`,
)
/** A wire page's time stamp: "11:14 utc+8, 2023-09-11" (normalised), a clock, a zone, a date. */
const isoStampPattern =
  /^(?:\d{1,2}:\d{2}(?: ?[ap]\.?m\.?)? (?:utc|gmt)(?:[+-]\d{1,2}(?::\d{2})?)?,? )?\d{4}-\d{2}-\d{2}(?:,? \d{1,2}:\d{2})?$/
/**
 * A news agency's name alone, as a page signs copy it took from the wire ("AFP", "Reuters",
 * "AP/Reuters", "AFP, Reuters"). Agencies, not photo services: a caption's credit names those.
 */
const agencySignOffPattern =
  /^(?:afp|ap|reuters|xinhua|ians|pti|ani|uni|dpa|efe|ansa|bernama|yonhap|kyodo|tass|anadolu|agencies)(?:\s*(?:[/,&]|and)\s*(?:afp|ap|reuters|xinhua|ians|pti|ani|uni|dpa|efe|ansa|bernama|yonhap|kyodo|tass|anadolu|agencies)){0,3}$/
/** One name in a byline: one to four capitalised words ("Jane Doe", "J.R. de la Cruz" aside). */
const bylineName = "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}"
/**
 * "By Jane Doe", "Written by Jane Doe on", "By Jane Doe and Tom Vale", "By Jane Doe, Tom Vale and
 * Ana Ruiz", "By JANE DOE in London | Daily Paper | Updated: …".
 */
const bylinePattern = new RegExp(
  `^(?:written |posted |reported |words |story )?by ${bylineName}(?:(?:,| and) ${bylineName}){0,3}(?: (?:on|and|in [\\p{Lu}][\\p{L}]*))?(?: \\| [^|\\n]{1,60}){0,3}$`,
  'u',
)

const copyrightPattern = /^(?:copyright\b|©|\(c\) \d{4})/
const rightsPattern = /\ball rights reserved\b/
const sourceCreditPattern =
  /^(?:with (?:agency|agencies['’]?|wire) (?:information|inputs|reporting)|with inputs from (?:agencies|[a-z]+)|(?:with )?(?:additional )?reporting by [^\n]{1,80}|sources?: (?:agencies|[\p{L}][\p{L}.&' -]{0,40}))$/u

const noticePatterns = [
  /^this (?:is a )?(?:developing|breaking)(?: news)? story\b/,
  // A syndication disclaimer: "Disclaimer: This story has not been edited by the X team and is
  // auto-generated from syndicated feed", "(Except for the headline, this story has not been …".
  /^\(?(?:disclaimer: )?(?:except for the headline, )?this (?:story|article|report|copy) (?:has not been|was not) edited by\b/,
  /^this (?:story|article|post|report) (?:has been|was|will be|is being) updated\b/,
  /^(?:stay tuned (?:for|to|with|here)|check back (?:later|soon|here|for))\b.{0,120}\b(?:updates?|developments)\b/,
  // A breaking story's placeholder: ">> More information to follow...", "More details to come".
  /^(?:more|further) (?:information|details|news|updates) (?:to follow|to come|soon)$/,
  // A warning set before pictures: "*** TRIGGER WARNING: photos of the destruction ***".
  /^(?:trigger|content|viewer) warning ?:/,
]

/** The number of words of `text`. */
function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** The kind of page furniture a whole block is, with why, or null when it may be text. */
function blockKind(trimmed: string): { kind: DebrisKind; why: string } | null {
  const normalized = normalizePhrase(trimmed)
  if (normalized.length === 0) return null
  const words = wordCount(normalized)
  if (relatedHeadings.has(normalized))
    return { kind: 'related-link', why: 'A related-articles heading' }
  if (previousNextPattern.test(trimmed) || readMoreOnPattern.test(normalized)) {
    return { kind: 'related-link', why: 'A link to another article' }
  }
  const label = relatedLabel.exec(trimmed)
  if (label) {
    const rest = trimmed.slice(label[0].length)
    const opened = trimmed.startsWith('(') || trimmed.startsWith('[')
    const closed = !opened || /[)\]]$/.test(trimmed)
    // The headline after the label is capitalised or quoted, and not a sentence of its own.
    if (closed && /^["“‘'\p{Lu}\d]/u.test(rest) && wordCount(rest) <= LONGEST_HEADLINE_WORDS) {
      return { kind: 'related-link', why: 'A link to another article' }
    }
  }
  const player = words <= 20 && audioPlayerPattern.test(normalized)
  const guidelines = editorialGuidelinesPattern.test(trimmed)
  if (
    pageMetaPhrases.has(normalized) ||
    readingTimePattern.test(normalized) ||
    player ||
    guidelines
  ) {
    return { kind: 'page-meta', why: 'Page words around the article' }
  }
  const stamp =
    timestampPattern.test(normalized) && dateTokenPattern.test(normalized) && !/\.$/.test(trimmed)
  if (
    words <= 14 &&
    (stamp || datelinePattern.test(normalized) || isoStampPattern.test(normalized))
  ) {
    return { kind: 'page-meta', why: 'A date line of the page' }
  }
  const byline = trimmed.replace(/^(?:\p{L}+ )?by /iu, (lead) => lead.toLowerCase())
  if (words <= 24 && bylinePattern.test(byline)) {
    return { kind: 'page-meta', why: 'A byline' }
  }
  if (words <= 40 && (copyrightPattern.test(normalized) || rightsPattern.test(normalized))) {
    return { kind: 'copyright', why: 'A copyright notice' }
  }
  if (agencySignOffPattern.test(normalized)) {
    return { kind: 'source-credit', why: 'A news agency’s name alone' }
  }
  if (words <= 16 && sourceCreditPattern.test(normalized.replace(/^\*+\s*/, ''))) {
    return { kind: 'source-credit', why: 'A source or agency credit' }
  }
  if (words <= 25 && noticePatterns.some((pattern) => pattern.test(normalized))) {
    return { kind: 'notice', why: 'An editorial notice' }
  }
  return null
}

/** Words that may start an editorial notice at the end of a paragraph, lowercase. */
const noticeHint =
  /stay tuned|check back|developing story|breaking news story|been updated|be updated/

/**
 * An editorial notice ending a paragraph of text: "… eagerly awaited. Stay tuned for more
 * updates on the vote." Only the last sentence is read, and only when the paragraph's end
 * mentions such words.
 */
function trailingNotice(text: string): BlockDebris | null {
  if (!noticeHint.test(text.slice(-240).toLowerCase())) return null
  const sentences = splitSentences(text)
  const last = sentences[sentences.length - 1]
  if (!last || sentences.length < 2) return null
  const sentence = text.slice(last.start, last.end)
  const normalized = normalizePhrase(sentence)
  if (wordCount(normalized) > 25 || !noticePatterns.some((pattern) => pattern.test(normalized))) {
    return null
  }
  return {
    from: last.start,
    to: last.end,
    kind: 'notice',
    reason: `An editorial notice: “${excerpt(sentence)}”.`,
  }
}

/** A bar or bullet left after a paragraph's last sentence: "… in House history. |". */
const trailingSeparatorPattern = /[.!?…"”’)]\s+([|•·])\s*$/u

/**
 * A separator a page's menu or share bar left at the end of a paragraph, after its last sentence
 * ("… in House history. |"): the bar or bullet alone.
 */
function trailingSeparator(text: string): BlockDebris | null {
  const match = trailingSeparatorPattern.exec(text.slice(-8))
  if (!match?.[1]) return null
  const from = text.lastIndexOf(match[1])
  return {
    from,
    to: from + 1,
    kind: 'page-code',
    reason: `A separator left after the paragraph: “${match[1]}”.`,
  }
}

/** Labels that introduce a link run into the paragraph after it ("Also read: … WATCH With this, …"). */
const runInLabel = /^(?:also read|read also|read more|related|see also|also see|must read)\s*:\s*/i
/** The fewest words after a run-in link for them to be a paragraph of their own. */
const RUN_IN_PARAGRAPH_WORDS = 5
/** A word in capitals a link's headline may end on: "WATCH", "VIDEO", "PHOTOS", "LIVE". */
const mediaTag = /^\s*(?:WATCH|VIDEO|PHOTOS?|LIVE|LISTEN)\b/u

/**
 * A link to another article run into the paragraph it stands before, as some sites paste one:
 * "Also read: Djokovic takes Wimbledon revenge. WATCH With this, Djokovic moved ahead …". The
 * label, the headline's sentence (capitalised, thirty words at most) and a word in capitals
 * after it ("WATCH") are flagged; the paragraph after them is left alone.
 */
function leadingRelated(text: string): BlockDebris | null {
  const from = text.length - text.trimStart().length
  const label = runInLabel.exec(text.slice(from))
  if (!label) return null
  const first = splitSentences(text)[0]
  if (!first) return null
  const headline = text.slice(from + label[0].length, first.end)
  if (!/^["“‘'\p{Lu}\d]/u.test(headline) || wordCount(headline) > LONGEST_HEADLINE_WORDS)
    return null
  const tag = mediaTag.exec(text.slice(first.end))
  const to = first.end + (tag ? tag[0].length : 0)
  return {
    from,
    to,
    kind: 'related-link',
    reason: `A link to another article: “${excerpt(text.slice(from, to))}”.`,
  }
}

/** Bracketed links to other articles inside a block: "… in May. (RELATED: Bridge Reopens)". */
const bracketedRelated =
  /[([]\s*(?:also read|read also|read more|read|related|see also|also see|also|you can read|watch|more)\s*:\s*["“‘'\p{Lu}\d][^()[\]\n]{2,240}[)\]]/giu

/**
 * Page furniture in one block: a block that is wholly a related-article link or heading ("Most
 * Viewed", "RELATED: Bridge Reopens After Storm", "Previous article…"), a byline, date line or
 * reading time ("By Jane Doe", "5 min read"), a copyright notice, a source credit ("Source:
 * Agencies", "With agency information") or an editorial notice ("This is a developing story");
 * or, inside a longer block, a bracketed link to another article ("(See also: …)"), an
 * editorial notice as its last sentence ("Stay tuned for more updates.") or a bar or bullet left
 * after the last sentence ("… history. |"). Blocks of
 * news are left alone: every pattern must match the whole block or the whole bracket.
 */
export function findPageFurniture(text: string): BlockDebris[] {
  const trimmed = text.trim()
  if (trimmed.length === 0) return []
  const from = text.length - text.trimStart().length
  const card = authorCard(text)
  if (card) return [card]
  // A link run into a paragraph: the paragraph after it is news, not part of the link.
  const leading = leadingRelated(text)
  if (leading && wordCount(text.slice(leading.to)) >= RUN_IN_PARAGRAPH_WORDS) return [leading]
  if (trimmed.length <= LONGEST_FURNITURE && !/\n\s*\n/.test(trimmed)) {
    const whole = blockKind(trimmed)
    if (whole) {
      return [
        {
          from,
          to: from + trimmed.length,
          kind: whole.kind,
          reason: `${whole.why}: “${excerpt(trimmed)}”.`,
        },
      ]
    }
  }
  const found: BlockDebris[] = []
  const notice = trailingNotice(text)
  const separator = notice ? null : trailingSeparator(text)
  const end = notice ?? separator
  if (!text.includes(':')) return end ? [end] : found
  for (const match of text.matchAll(bracketedRelated)) {
    const start = match.index ?? 0
    found.push({
      from: start,
      to: start + match[0].length,
      kind: 'related-link',
      reason: `A link to another article: “${excerpt(match[0])}”.`,
    })
  }
  const last = found[found.length - 1]
  if (end && (!last || last.to <= end.from)) found.push(end)
  return found
}

/** The fewest and most words of a headline in capitals ("FERRY FARES TO RISE AGAIN IN MAY"). */
const SHOUTED_WORDS = { least: 4, most: 20 }

/**
 * A block that is one headline in capitals with no sentence ending ("FERRY FARES TO RISE AGAIN IN
 * MAY"): a link to another article as some sites set them between paragraphs. Whether it is one
 * depends on where it stands (an article's own headline may be set the same way), so the caller
 * flags it only after a paragraph of prose (see `findDebrisInBlocks`).
 */
export function shoutedHeadline(text: string): BlockDebris | null {
  const trimmed = text.trim()
  if (trimmed.includes('\n') || /\p{Ll}/u.test(trimmed) || /[.!?…]$/u.test(trimmed)) return null
  const words = trimmed.split(/\s+/).filter((word) => /\p{Lu}{2,}/u.test(word)).length
  if (words < SHOUTED_WORDS.least || words > SHOUTED_WORDS.most) return null
  const from = text.length - text.trimStart().length
  return {
    from,
    to: from + trimmed.length,
    kind: 'related-link',
    reason: `A headline in capitals between paragraphs, a link to another article: “${excerpt(trimmed)}”.`,
  }
}
