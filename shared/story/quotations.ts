import type { SentenceSpan } from '../text/sentences'
import { guessSpeaker, type Attribution } from './speaker'
import { tokenize } from './story-words'

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
 * the end of the line runs to its end (a quoted paragraph continued in the next one).
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
  if (open?.double) spans.push(span(line, offset, open.index, line.length))
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
 * surname was written last before it ("Trump, for his part, … he has claimed …").
 */
function lastMentioned(text: string, offset: number, named: ReadonlySet<string>): string | null {
  const before = text.slice(0, offset)
  let best: string | null = null
  let bestAt = -1
  for (const name of named) {
    const surname = name.split(' ').at(-1) ?? name
    const pattern = new RegExp(
      `(?<![\\p{L}])${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`,
      'gu',
    )
    let at = -1
    for (const match of before.matchAll(pattern)) at = match.index ?? at
    if (at > bestAt) {
      best = name
      bestAt = at
    }
  }
  return best
}

function sentenceAt(sentences: readonly SentenceSpan[], offset: number): SentenceSpan | undefined {
  return sentences.find((sentence) => sentence.start <= offset && offset < sentence.end)
}

/**
 * Every quotation in `text`, in order, with the speaker the article gives it: named after the
 * quotation ("…,” Trump said.") or before it ("Trump replied: “…”", "according to X"); a pronoun
 * ("he said") stands for the last speaker named before it; a quotation with no attribution that
 * follows an attributed one in the same paragraph continues it ("…,” Trump said. “More.”).
 * `sentences` are the text's sentence spans, which bound where an attribution is looked for.
 */
export function findQuotations(text: string, sentences: readonly SentenceSpan[]): Quotation[] {
  const quotations: Quotation[] = []
  const named = new Set<string>()
  let offset = 0
  let lastOfParagraph: Quotation | null = null
  for (const line of text.split('\n')) {
    const spans = quoteSpansOfLine(line, offset)
    // A paragraph that opens with a quotation may continue the last paragraph's speaker.
    let previous: Quotation | null =
      spans[0]?.outerStart === offset + line.search(/\S/) ? lastOfParagraph : null
    spans.forEach((quote, index) => {
      const opening = sentenceAt(sentences, quote.outerStart)
      const closing = sentenceAt(sentences, Math.max(quote.outerStart, quote.outerEnd - 1))
      const beforeFrom = Math.max(opening?.start ?? offset, spans[index - 1]?.outerEnd ?? offset)
      const afterTo = Math.min(
        closing?.end ?? offset + line.length,
        spans[index + 1]?.outerStart ?? offset + line.length,
      )
      const guess = guessSpeaker(
        tokenize(text, beforeFrom, quote.outerStart),
        tokenize(text, quote.outerEnd, Math.max(quote.outerEnd, afterTo)),
        tokenize(text, opening?.start ?? offset, quote.outerStart).filter(
          (token) =>
            !spans.some((other) => other.outerStart <= token.start && token.start < other.outerEnd),
        ),
      )
      let { speaker, attribution } = guess
      if (attribution === 'pronoun') speaker = lastMentioned(text, quote.outerStart, named)
      if (attribution === 'none' && previous?.speaker) {
        speaker = previous.speaker
        attribution = 'continued'
      }
      if (attribution === 'named' && speaker) named.add(speaker)
      const quotation: Quotation = {
        ...quote,
        text: text.slice(quote.start, quote.end),
        speaker,
        attribution,
      }
      quotations.push(quotation)
      previous = quotation
    })
    if (line.trim() !== '') lastOfParagraph = previous
    offset += line.length + 1
  }
  return quotations
}
