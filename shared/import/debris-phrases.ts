import { splitSentences } from '../text/sentences'
import type { DebrisKind } from './debris-kinds'

/** Blocks longer than this are never taken for boilerplate as a whole. */
export const LONGEST_BOILERPLATE = 240

/** The words of comment forms (WordPress, Disqus and the like), normalised (see `normalizePhrase`). */
const commentFormPhrases = new Set([
  'leave a reply',
  'leave a reply cancel reply',
  'leave a comment',
  'leave a comment cancel reply',
  'leave a response',
  'cancel reply',
  'post a comment',
  'post comment',
  'submit comment',
  'submit a comment',
  'add a comment',
  'write a comment',
  'join the discussion',
  'join the conversation',
  'comments are closed',
  'comments are closed for this article',
  'be the first to comment',
  'you must be logged in to post a comment',
  'you must log in to post a comment',
  'you must be signed in to post a comment',
  'log in to comment',
  'log in to leave a comment',
  'sign in to comment',
  'your email address will not be published',
  'your email address will not be published required fields are marked',
  'required fields are marked',
  'save my name, email, and website in this browser for the next time i comment',
  'save my name, email and website in this browser for the next time i comment',
  'notify me of follow-up comments by email',
  'notify me of new posts by email',
  'this site uses akismet to reduce spam',
  'learn how your comment data is processed',
  'please enter your comment',
  'please enter your name here',
  'you have entered an incorrect email address',
])

/** Share and subscribe widgets, normalised. */
const widgetPhrases = new Set([
  'share',
  'share this',
  'share this article',
  'share this story',
  'share this post',
  'share this page',
  'share via',
  'share via email',
  'tweet this',
  'email this',
  'copy link',
  'copy article link',
  'link copied',
  'subscribe',
  'subscribe now',
  'like this',
  'like this:',
])

/** Advertisement markers, normalised. */
const advertisementPhrases = new Set([
  'advertisement',
  'advertisement continue reading below',
  'story continues below advertisement',
  'article continues below advertisement',
  'continue reading below',
  'scroll to continue with content',
  'advertisement scroll to continue with content',
  'skip advertisement',
  'sponsored content',
  'advertorial',
  'sponsored',
])

/** What embedded posts leave when their embed is gone, normalised. */
const embedPhrases = new Set([
  'view this post on instagram',
  'view this post on threads',
  'view this post on facebook',
  'view on instagram',
  'view on threads',
  'watch on youtube',
  'watch on tiktok',
  'this tweet is unavailable',
  'this post is unavailable',
  'this content is not available',
])

/** Words share bars are made of ("Share: Facebook Twitter Email"), lowercase. */
const shareWords = new Set([
  'share',
  'tweet',
  'email',
  'e-mail',
  'print',
  'copy',
  'link',
  'save',
  'this',
  'on',
  'via',
  'article',
  'story',
  'more',
  'sms',
])

/** Networks a share bar names, lowercase. */
const networks = new Set([
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'whatsapp',
  'reddit',
  'pinterest',
  'telegram',
  'flipboard',
  'messenger',
  'bluesky',
  'threads',
  'mastodon',
  'tumblr',
])

/** Separators between the words of a share bar. */
const shareSeparators = /[:|·•,/]+/g

/**
 * `text` lowercased, with curly quotes and apostrophes made straight, whitespace runs as one
 * space, and the asterisks, bullets and closing punctuation a form label carries cut from its
 * ends ("Required fields are marked *" → "required fields are marked").
 */
export function normalizePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .replace(/^[\s*•·|›»>:–—-]+/, '')
    .replace(/[\s*•·|›»<:.!?…–—-]+$/, '')
}

const commentCountPattern = /^(?:\d{1,6} (?:comments?|responses?|replies)|comments \(\d{1,6}\))$/
const loggedInPattern = /^logged in as [^.?!]{1,80}\. log out\??$/
const clickToSharePattern =
  /^click to (?:share|email|print)(?: this)?(?: on [a-z]{1,20})?(?: \(opens in new window\))?$/
const followUsPattern = /^follow us on [a-z]{1,20}(?:(?:,| and) [a-z]{1,20}){0,6}$/
const subscribePattern = /^(?:subscribe|sign up)\b/
const newsletterPattern = /\b(?:newsletters?|inbox|e-?mail alerts|breaking news alerts)\b/
const postSharedByPattern = /^a post shared by /

/** Whether every word of `normalized` belongs to a share bar and it names a share or networks. */
function isShareBar(normalized: string): boolean {
  const words = normalized.replace(shareSeparators, ' ').split(' ').filter(Boolean)
  if (words.length < 2 || words.length > 12) return false
  let named = 0
  let share = false
  for (const word of words) {
    if (networks.has(word)) named += 1
    else if (shareWords.has(word)) share ||= word === 'share' || word === 'tweet'
    else return false
  }
  return (share && named >= 1) || named >= 2
}

/** The kind of boilerplate one sentence of a block is, or null when it reads like text. */
function sentenceKind(sentence: string): DebrisKind | null {
  const normalized = normalizePhrase(sentence)
  if (normalized.length === 0) return null
  if (commentFormPhrases.has(normalized) || commentCountPattern.test(normalized)) {
    return 'comment-form'
  }
  if (loggedInPattern.test(normalized)) return 'comment-form'
  if (advertisementPhrases.has(normalized)) return 'advertisement'
  if (embedPhrases.has(normalized)) return 'embedded-post'
  if (widgetPhrases.has(normalized) || clickToSharePattern.test(normalized)) return 'share-widget'
  if (followUsPattern.test(normalized) || isShareBar(normalized)) return 'share-widget'
  const words = normalized.split(' ').length
  if (subscribePattern.test(normalized) && newsletterPattern.test(normalized) && words <= 15) {
    return 'share-widget'
  }
  return null
}

/** Every word a boilerplate block can start with: a block starting otherwise is not read further. */
const firstWords = new Set([
  ...[...commentFormPhrases, ...widgetPhrases, ...advertisementPhrases, ...embedPhrases].map(
    (phrase) => phrase.split(' ')[0] ?? '',
  ),
  ...shareWords,
  ...networks,
  'comments',
  'logged',
  'click',
  'follow',
  'subscribe',
  'sign',
  'a',
])

const firstWordPattern = /^[^\p{L}\p{N}]*([\p{L}\p{N}'’-]+)/u

/** Whether `text` starts with a word boilerplate can start with (or a number, "3 Comments"). */
function mayBeBoilerplate(text: string): boolean {
  const word = firstWordPattern.exec(text)?.[1]?.toLowerCase()
  return word !== undefined && (firstWords.has(word) || /^\d+$/.test(word))
}

/**
 * The kind of boilerplate a whole block is, or null: every sentence of it must be a known phrase
 * of a comment form, share or subscribe widget, advertisement marker or embed ("Leave a Reply",
 * "Your email address will not be published. Required fields are marked *"). A sentence of news
 * that merely quotes such words is never taken, since the whole sentence must match.
 */
export function boilerplateKind(text: string): DebrisKind | null {
  const trimmed = text.trim()
  if (trimmed.length === 0 || trimmed.length > LONGEST_BOILERPLATE) return null
  if (!mayBeBoilerplate(trimmed)) return null
  // "Leave a Reply Cancel reply", "Logged in as Ana. Log out?" are one phrase across sentences.
  const whole = sentenceKind(trimmed)
  if (whole) return whole
  if (postSharedByPattern.test(normalizePhrase(trimmed))) return 'embedded-post'
  const sentences = splitSentences(trimmed)
  if (sentences.length < 2) return null
  let kind: DebrisKind | null = null
  for (const span of sentences) {
    const found = sentenceKind(trimmed.slice(span.start, span.end))
    if (!found) return null
    kind ??= found
  }
  return kind
}
