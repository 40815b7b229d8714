import type { SentenceSpan } from '../text/sentences'
import { findRoleMentions, type RoleMention } from './role-mentions'
import { guessSpeaker, type Attribution, type SpeakerConfidence } from './speaker'
import { organisationNames, pronounCandidates, speakingNames } from './speaker-antecedents'
import { namesOnlySpeaker } from './speaker-carry'
import { reportedSpeaker } from './speaker-reported'
import { organisationSpeaker } from './speaker-organisations'
import { nameRuns, type NameRun, withoutTitles } from './speaker-names'
import { IRREGULAR_VERBS, isSpeechWord } from './speech-words'
import { isWord, tokenize, type StoryToken } from './story-words'

/** A quotation found in an article's text. */
export interface Quotation {
  /** Offsets of the quoted words, inside the quotation marks. */
  start: number
  end: number
  /** Offsets including the quotation marks. */
  outerStart: number
  outerEnd: number
  /** The quoted words. */
  text: string
  /** Who the article says spoke them (a pronoun is resolved to the last speaker named). */
  speaker: string | null
  attribution: Attribution
  /** `high` only when the article's own words name the speaker; a tag takes only such a speaker. */
  confidence: SpeakerConfidence
}

/** A quotation's marks, before its speaker is looked for. */
interface QuoteSpan {
  outerStart: number
  outerEnd: number
  start: number
  end: number
}

const OPEN_DOUBLE = '“„«'
const CLOSE_DOUBLE = '”»'
/** Characters after which a quotation mark opens rather than closes a quotation. */
const OPENING_CONTEXT = /[\s([{—–\-/:;,]/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

function isOpeningPosition(line: string, index: number): boolean {
  return index === 0 || OPENING_CONTEXT.test(line[index - 1] ?? '')
}

/**
 * The quotations of one line (quotations never cross a line break): curly and straight double
 * quotes, with anything inside (single quotes, apostrophes) part of the quotation; and, outside
 * them, single quotes (‘…’ or '…') that open before a word and close after one, so that the
 * apostrophes of “it’s” or “dogs’” are not taken for quotation marks. A double quote still open at
 * the end of the line runs to its end (a quoted paragraph continued in the next one), and so does
 * a curly single quote that opens the line before a letter.
 */
function quoteSpansOfLine(line: string, offset: number): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let open: { index: number; double: boolean } | null = null
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index] ?? ''
    const next = line[index + 1] ?? ''
    const previous = line[index - 1] ?? ''
    if (!open) {
      if (OPEN_DOUBLE.includes(char) || (char === '"' && isOpeningPosition(line, index))) {
        open = { index, double: true }
      } else if (
        (char === '‘' || char === "'") &&
        isOpeningPosition(line, index) &&
        LETTER_OR_DIGIT.test(next)
      ) {
        open = { index, double: false }
      }
      continue
    }
    const closes = open.double
      ? CLOSE_DOUBLE.includes(char) || char === '"'
      : (char === '’' || char === "'") && !/\s/u.test(previous) && !LETTER_OR_DIGIT.test(next)
    if (closes) {
      spans.push(span(line, offset, open.index, index + 1))
      open = null
    }
  }
  // A paragraph opened by a single quote that never closes is a quotation to its end, as
  // British papers set a remark's later paragraphs (‘I don’t know when you plan to stop.): a
  // curly one before a letter, a straight one before a capital ('The debris is consistent.).
  const paragraphOpen = (at: number) =>
    at === line.search(/\S/) &&
    ((line[at] === '‘' && /\p{L}/u.test(line[at + 1] ?? '')) ||
      (line[at] === "'" && /\p{Lu}/u.test(line[at + 1] ?? '')))
  if (open && (open.double || paragraphOpen(open.index))) {
    spans.push(span(line, offset, open.index, line.length))
  }
  return spans.filter((quote) => quote.end > quote.start)
}

function span(line: string, offset: number, from: number, to: number): QuoteSpan {
  const closed = to <= line.length && /[”»"’']/u.test(line[to - 1] ?? '') && to - from > 1
  let start = from + 1
  let end = closed ? to - 1 : to
  while (start < end && /\s/u.test(line[start] ?? '')) start += 1
  while (end > start && /\s/u.test(line[end - 1] ?? '')) end -= 1
  return {
    outerStart: offset + from,
    outerEnd: offset + to,
    start: offset + start,
    end: offset + end,
  }
}

/**
 * Which of the speakers named so far a pronoun before `offset` stands for: the one whose
 * surname was written last before it ("Trump, for his part, … he has claimed …"), and where.
 * `positions` gives, per word (lower case), where the text writes it.
 */
function lastMentioned(
  positions: ReadonlyMap<string, readonly number[]>,
  offset: number,
  named: ReadonlySet<string>,
): { name: string; at: number } | null {
  let best: { name: string; at: number } | null = null
  for (const name of named) {
    const surname = (name.split(' ').at(-1) ?? name).toLowerCase()
    const at = positions.get(surname)?.findLast((position) => position < offset) ?? -1
    if (at >= 0 && (!best || at > best.at)) best = { name, at }
  }
  return best
}

/**
 * Where each capitalised word of the text is written, by its lower case (possessives without
 * "’s"): where a name is mentioned. A lowercase word is never a mention ("with" is not Mr With).
 */
function wordPositions(tokens: readonly StoryToken[]): Map<string, number[]> {
  const positions = new Map<string, number[]>()
  for (const token of tokens) {
    if (!/^\p{Lu}/u.test(token.text)) continue
    const word = token.text.toLowerCase().replace(/['’]s$/u, '')
    const list = positions.get(word) ?? []
    list.push(token.start)
    positions.set(word, list)
  }
  return positions
}

/** An abbreviated title closing a sentence, which the name after it continues. */
const TITLE_AT_END =
  /\b(?:Adm|Gen|Dr|Sen|Rep|Gov|Lt|Sgt|Capt|Col|Maj|Cmdr|Mr|Mrs|Ms|Prof|St)\.\s*$/u

function sentenceAt(sentences: readonly SentenceSpan[], offset: number): SentenceSpan | undefined {
  return sentences.find((sentence) => sentence.start <= offset && offset < sentence.end)
}

function plainWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
}

/** Whether a line holds nothing but its quotations (`spans`), white space and punctuation. */
function onlyQuotations(line: string, offset: number, spans: readonly QuoteSpan[]): boolean {
  let outside = ''
  let cursor = offset
  for (const quote of spans) {
    outside += line.slice(cursor - offset, quote.outerStart - offset)
    cursor = quote.outerEnd
  }
  outside += line.slice(cursor - offset)
  return /^[\s\p{P}]*$/u.test(outside)
}

/**
 * Whether a paragraph ends as a remark does: inside a quotation left open, or on a sentence's
 * end before its closing mark ("… grab it.”"). A quoted crosshead ("‘It haunts me every day’")
 * ends on neither.
 */
function endsRemark(line: string): boolean {
  const trimmed = line.trimEnd()
  return !/[”»"’']$/u.test(trimmed) || /[.!?…][”»"’']+$/u.test(trimmed)
}

/**
 * Whether a quotation may carry on the previous one's speaker: the words between them (outside
 * quotations) name nobody else. "“Two,” Diaz said. “Three.”" continues; "“Two,” Diaz said. Then
 * Ana Ruiz spoke. “Three.”" does not.
 */
function sameSubject(text: string, from: number, to: number, speaker: string): boolean {
  return namesOnlySpeaker(tokenize(text, from, to), speaker, plainWord)
}

/**
 * The people of role mentions, each once: a name that only runs on after another's words ("Gov.
 * Ana Ruiz Confirms 99 Dead", a headline in title case) is that person.
 */
function distinctPeople(list: readonly RoleMention[]): string[] {
  const names = [...new Set(list.map((role) => role.person))].sort(
    (left, right) => left.split(' ').length - right.split(' ').length,
  )
  const kept: string[] = []
  for (const name of names) {
    if (!kept.some((other) => name.startsWith(`${other} `))) kept.push(name)
  }
  return kept
}

/**
 * A description ("the president", "the mayor") resolved to the one person the article names
 * with that office and no scope ("President Joe Biden"), else to the one person named with it
 * at all; null when none or several are.
 */
function resolveDescription(description: string, roles: readonly RoleMention[]): string | null {
  const match = /^the ([\p{Ll} -]+)$/u.exec(description)
  if (!match) return null
  const current = roles.filter((role) => !role.former && role.office === match[1])
  const bare = distinctPeople(current.filter((role) => role.scope === ''))
  if (bare.length === 1) return bare[0] ?? null
  const all = distinctPeople(current)
  return all.length === 1 ? (all[0] ?? null) : null
}

/**
 * A speaker named by surname alone, given the article's full name for them ("Trump" → "Donald
 * Trump") when exactly one full name written in the article ends with that surname.
 */
function fullNameOf(speaker: string, fullNames: ReadonlyMap<string, Set<string>>): string {
  if (speaker.includes(' ')) return speaker
  const names = fullNames.get(plainWord(speaker))
  return names?.size === 1 ? ([...names][0] ?? speaker) : speaker
}

/**
 * People the article makes the subject of a sentence ("Biden then took …", "Ana Ruiz has said")
 * or names with a role: whom a later pronoun may stand for. Names inside a sentence ("told the
 * Hindustan Times", "his brother Ajay was seated") and inside quotations are left out.
 */
function subjectNames(
  text: string,
  tokens: readonly StoryToken[],
  runs: readonly NameRun[],
  sentences: readonly SentenceSpan[],
  roles: readonly RoleMention[],
): Set<string> {
  const starts = new Set(
    sentences.map(
      (sentence) =>
        sentence.start + (/^\s*/.exec(text.slice(sentence.start, sentence.end))?.[0].length ?? 0),
    ),
  )
  const names = new Set(roles.map((role) => role.person))
  for (const run of runs) {
    if (!starts.has(tokens[run.first]?.start ?? -1)) continue
    const next = tokens[run.last + 1]?.text ?? ''
    if (!/^\p{Ll}/u.test(next) || /['’]s$/u.test(tokens[run.last]?.text ?? '')) continue
    if (IRREGULAR_VERBS.test(next) || /(?:ed|s)$/.test(next) || isSpeechWord(next)) {
      const words = withoutTitles(run.words)
      if (words.length > 0) names.add(words.join(' '))
    }
  }
  return names
}

/** Full names the article writes (two to four words, titles dropped), by surname. */
function fullNamesOf(
  runs: readonly NameRun[],
  roles: readonly RoleMention[],
): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>()
  const add = (name: string) => {
    const words = name.split(' ')
    if (words.length < 2 || words.length > 4) return
    const key = plainWord(words.at(-1) ?? '')
    names.set(key, (names.get(key) ?? new Set()).add(name))
  }
  for (const run of runs) {
    add(
      withoutTitles(run.words)
        .map((word) => word.replace(/[’']s$/u, ''))
        .join(' '),
    )
  }
  for (const role of roles) add(role.person)
  return names
}

/** How many words may join quotations that share the attribution after the last of them. */
const JOINING_WORDS = 4

/**
 * Words that may join such quotations: conjunctions, and a pronoun with a form of "be" about
 * the person described ("but he is “…”"). Any other word may open a clause with a speaker of
 * its own ("critics claim").
 */
const JOINERS = new Set([
  'and',
  'or',
  'but',
  'yet',
  'also',
  'he',
  'she',
  'it',
  'they',
  'is',
  'was',
  'are',
  'were',
])

/**
 * Quotations of one sentence that the words after its last quotation attribute together
 * ("“His name is mud,” but he is “persistent” and “a fine salesman,” said the judge"): a
 * quotation with no attribution of its own takes the next one's, when the words after that one
 * name its speaker (`attributedAfter`: a name, or a description the article resolves to one) and
 * only a few {@link JOINERS} join them. A description left unnamed ("a local authority said") is
 * not passed on: the remark's versions in other articles may name the speaker. `quotations`
 * from `from` on are one paragraph's, changed in place.
 */
function shareSentenceAttribution(
  text: string,
  sentences: readonly SentenceSpan[],
  quotations: Quotation[],
  from: number,
  attributedAfter: Set<Quotation>,
): void {
  for (let at = quotations.length - 2; at >= from; at -= 1) {
    const quote = quotations[at]
    const next = quotations[at + 1]
    if (!quote || !next || quote.attribution !== 'none' || !attributedAfter.has(next)) continue
    if (sentenceAt(sentences, quote.outerStart) !== sentenceAt(sentences, next.outerStart)) continue
    const between = tokenize(text, quote.outerEnd, next.outerStart).filter(isWord)
    const joins =
      between.length <= JOINING_WORDS && between.every((token) => JOINERS.has(token.text))
    if (!joins) continue
    const shared: Quotation = {
      ...quote,
      speaker: next.speaker,
      attribution: next.attribution,
      confidence: next.confidence,
    }
    quotations[at] = shared
    attributedAfter.add(shared)
  }
}

/**
 * A paragraph with no quotation whose last sentence reports what someone named said ("Ana Ruiz
 * told reporters that the dam held."), as a quotation of no words that a next paragraph of
 * quotation alone may go on from (wire copy quotes the words after reporting them); else null.
 */
function reportingParagraph(
  text: string,
  sentences: readonly SentenceSpan[],
  from: number,
  to: number,
): Quotation | null {
  const last = sentences.findLast((sentence) => sentence.start < to && sentence.end > from)
  if (!last) return null
  const start = Math.max(last.start, from)
  const end = Math.min(last.end, to)
  const speaker = reportedSpeaker(tokenize(text, start, end))
  if (!speaker) return null
  return {
    start: end,
    end,
    outerStart: end,
    outerEnd: end,
    text: '',
    speaker,
    attribution: 'named',
    confidence: 'low',
  }
}

/**
 * Every quotation in `text`, in order, with the speaker the article gives it: named after the
 * quotation ("…,” Trump said.", "…,” the agency's chief, Ana Ruiz, said.") or before it ("Trump
 * replied: “…”", "X told the AP that …", "according to X"); a pronoun ("he said") stands for the
 * last speaker named before it (high confidence when named in the same paragraph); a description
 * ("the president said") for the one person the article gives that office; a quotation with no
 * attribution carries on the previous quotation's speaker within its paragraph when nobody else
 * is named in between, or when the previous paragraph ended inside a quotation that this
 * paragraph's opening quotation mark continues. A paragraph that is nothing but a quotation
 * ending as a remark does (open, or on a full stop) goes on with the speaker of the last
 * quotation of the paragraph before, when nobody else is named in between, at low confidence
 * (“…,” said Ana Ruiz.¶“It's hard to describe.”): wire copy sets a remark's later sentences
 * so. Surnames are completed from the article's full names.
 * `sentences` are the text's sentence spans, which bound where an attribution is looked for;
 * `mentions`, the text's role mentions when read already ({@link findRoleMentions}).
 */
export function findQuotations(
  text: string,
  sentences: readonly SentenceSpan[],
  mentions?: readonly RoleMention[],
): Quotation[] {
  const quotations: Quotation[] = []
  const named = new Set<string>()
  const tokens = tokenize(text)
  const runs = nameRuns(tokens, 0, tokens.length, text)
  const roles = mentions ?? findRoleMentions(text, tokens)
  const fullNames = fullNamesOf(runs, roles)
  const subjects = subjectNames(text, tokens, runs, sentences, roles)
  for (const name of speakingNames(tokens, runs, isSpeechWord)) subjects.add(name)
  const positions = wordPositions(tokens)
  let offset = 0
  // A quotation left open at the end of a paragraph goes on in the next one that opens with a
  // quotation mark (the typographic convention for a remark of several paragraphs).
  let unclosed: Quotation | null = null
  // The last quotation of the paragraph before, which a paragraph that is only a quotation
  // continues when nobody else is named between them.
  let lastOfParagraph: Quotation | null = null
  // Quotations whose speaker the words after them name ("…,” said Judge Ana Ruiz).
  const attributedAfter = new Set<Quotation>()
  for (const line of text.split('\n')) {
    const spans = quoteSpansOfLine(line, offset)
    const opensWithQuote = spans[0]?.outerStart === offset + line.search(/\S/)
    const carried =
      opensWithQuote && !unclosed && onlyQuotations(line, offset, spans) && endsRemark(line)
    let previous: Quotation | null = opensWithQuote
      ? (unclosed ?? (carried ? lastOfParagraph : null))
      : null
    // Carried over a paragraph break without an open quotation: a guess.
    const guessed = carried ? previous : null
    const lineFirst = quotations.length
    spans.forEach((quote, index) => {
      const opening = sentenceAt(sentences, quote.outerStart)
      const closing = sentenceAt(sentences, Math.max(quote.outerStart, quote.outerEnd - 1))
      const beforeFrom = Math.max(opening?.start ?? offset, spans[index - 1]?.outerEnd ?? offset)
      // A sentence that ends on a title ("…,” Rear Adm.) goes on with the name: read both.
      let closingEnd = closing?.end ?? offset + line.length
      if (TITLE_AT_END.test(text.slice(quote.outerEnd, closingEnd))) {
        closingEnd = sentenceAt(sentences, closingEnd)?.end ?? closingEnd
      }
      const afterTo = Math.min(
        closingEnd,
        spans[index + 1]?.outerStart ?? offset + line.length,
        offset + line.length,
      )
      const after = tokenize(text, quote.outerEnd, Math.max(quote.outerEnd, afterTo))
      const guess = guessSpeaker(
        tokenize(text, beforeFrom, quote.outerStart),
        after,
        tokenize(text, opening?.start ?? offset, quote.outerStart).filter(
          (token) =>
            !spans.some((other) => other.outerStart <= token.start && token.start < other.outerEnd),
        ),
      )
      let { speaker, attribution, confidence } = guess
      if (attribution === 'pronoun') {
        const known = new Set([...named, ...subjects])
        const mentioned = lastMentioned(
          positions,
          quote.outerStart,
          pronounCandidates(guess.speaker, known, organisationNames(known, tokens, runs)),
        )
        speaker = mentioned?.name ?? null
        confidence =
          mentioned && mentioned.at >= offset && guess.speaker?.toLowerCase() !== 'they'
            ? 'high'
            : 'low'
      }
      if (attribution === 'described' && speaker) {
        const person = resolveDescription(speaker, roles)
        const organisation = person ? null : organisationSpeaker(speaker)
        if (person) speaker = person
        if (organisation) {
          // "the French interior ministry said": the article's own words name the ministry.
          speaker = organisation
          attribution = 'named'
          confidence = 'high'
        }
      }
      if (
        attribution === 'none' &&
        previous?.speaker &&
        previous.attribution !== 'described' &&
        sameSubject(text, previous.outerEnd, quote.outerStart, previous.speaker)
      ) {
        speaker = previous.speaker
        attribution = 'continued'
        // Across a paragraph break the reading is a guess, never written into a tag.
        confidence = previous === guessed ? 'low' : previous.confidence
      }
      if (speaker && attribution !== 'described') speaker = fullNameOf(speaker, fullNames)
      if (attribution === 'named' && speaker) named.add(speaker)
      const quotation: Quotation = {
        ...quote,
        text: text.slice(quote.start, quote.end),
        speaker,
        attribution,
        confidence,
      }
      quotations.push(quotation)
      previous = quotation
      const afterOnly = guessSpeaker([], after, [])
      if (afterOnly.attribution !== 'none' && /^\p{Lu}/u.test(speaker ?? '')) {
        attributedAfter.add(quotation)
      }
    })
    shareSentenceAttribution(text, sentences, quotations, lineFirst, attributedAfter)
    if (line.trim() !== '') {
      lastOfParagraph =
        spans.length > 0
          ? (quotations.at(-1) ?? null)
          : reportingParagraph(text, sentences, offset, offset + line.length)
      const last = quotations.at(-1)
      const open = last !== undefined && last.outerEnd >= offset + line.trimEnd().length
      unclosed = open && last && !/[”»"’']\s*$/u.test(line) ? last : null
    }
    offset += line.length + 1
  }
  return quotations
}
