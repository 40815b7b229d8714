import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { anchor } from '../../../shared/anchoring/anchor'
import { SENTENCE_LABELS, sentenceLabels } from '../../../shared/review/sentence-labels'
import { splitSentences } from '../../../shared/text/sentences'
import { ANA, BEN, CHLOE, tag } from './tags'

const text = 'First sentence. Second one here. Third and last.'
const sentences = splitSentences(text)
const [first, second, third] = sentences as [
  (typeof sentences)[0],
  (typeof sentences)[0],
  (typeof sentences)[0],
]
const editors = [ANA.id, BEN.id]

describe('sentenceLabels', () => {
  it("gives each editor's label per sentence: the tag's kind, or 'none'", () => {
    expect(sentences).toEqual([
      { start: 0, end: 15 },
      { start: 16, end: 32 },
      { start: 33, end: 48 },
    ])
    const tags = [
      tag(ANA, 'quote', text, first.start, first.end),
      tag(ANA, 'claim', text, third.start, third.end),
      tag(BEN, 'disputed', text, second.start, second.end),
    ]
    expect(sentenceLabels(text, sentences, tags, editors)).toEqual([
      ['quote', 'none', 'claim'],
      ['none', 'disputed', 'none'],
    ])
  })

  it('lists the labels as none then the tag kinds', () => {
    expect(SENTENCE_LABELS).toEqual(['none', 'quote', 'claim', 'disputed', 'context'])
  })

  it('marks every sentence of an editor with no tag on the article as missing', () => {
    const tags = [tag(ANA, 'quote', text, first.start, first.end)]
    expect(sentenceLabels(text, sentences, tags, [ANA.id, BEN.id, CHLOE.id])).toEqual([
      ['quote', 'none', 'none'],
      [null, null, null],
      [null, null, null],
    ])
  })

  it('ignores the tags of editors not compared, and follows the order of editorIds', () => {
    const tags = [
      tag(CHLOE, 'context', text, first.start, third.end),
      tag(BEN, 'claim', text, second.start, second.end),
    ]
    expect(sentenceLabels(text, sentences, tags, [BEN.id, ANA.id])).toEqual([
      ['none', 'claim', 'none'],
      [null, null, null],
    ])
  })

  it('labels every sentence a tag overlaps, however little', () => {
    const tags = [
      // Sentences 1 and 2, and the space between them.
      tag(ANA, 'context', text, first.start, second.end),
      // Part of sentence 3 only.
      tag(BEN, 'claim', text, third.start + 6, third.start + 9),
      // The last character of sentence 1 and the space after it.
      tag(BEN, 'quote', text, first.end - 1, second.start),
    ]
    expect(sentenceLabels(text, sentences, tags, editors)).toEqual([
      ['context', 'context', 'none'],
      ['quote', 'none', 'claim'],
    ])
  })

  it('labels no sentence for a tag on the space between sentences', () => {
    const tags = [tag(ANA, 'quote', text, first.end, second.start)]
    expect(sentenceLabels(text, sentences, tags, [ANA.id])).toEqual([['none', 'none', 'none']])
  })

  it('gives a sentence with two kinds from one editor the kind covering most of it', () => {
    const tags = [
      // Sentence 1: quote over 10 characters, claim over 15.
      tag(ANA, 'quote', text, first.start, first.start + 10),
      tag(ANA, 'claim', text, first.start, first.end),
      // Sentence 2 (16 characters): disputed over the first 9, context over the last 7.
      tag(ANA, 'disputed', text, second.start, second.start + 9),
      tag(ANA, 'context', text, second.start + 9, second.end),
    ]
    expect(sentenceLabels(text, sentences, tags, [ANA.id])).toEqual([['claim', 'disputed', 'none']])
  })

  it('breaks a tie in coverage by the order of TAG_KINDS', () => {
    // Sentence 2 is 16 characters: 8 each.
    const middle = second.start + 8
    const tags = [
      tag(ANA, 'context', text, second.start, middle),
      tag(ANA, 'claim', text, middle, second.end),
      tag(BEN, 'disputed', text, middle, second.end),
      tag(BEN, 'quote', text, second.start, middle),
    ]
    expect(sentenceLabels(text, sentences, tags, editors)).toEqual([
      ['none', 'claim', 'none'],
      ['none', 'quote', 'none'],
    ])
  })

  it('counts overlapping tags of one kind once', () => {
    // Sentence 1 (15 characters): two context tags on the same 6, one claim tag on 8.
    const tags = [
      tag(ANA, 'context', text, 0, 6),
      tag(ANA, 'context', text, 0, 6),
      tag(ANA, 'context', text, 2, 5),
      tag(ANA, 'claim', text, 7, 15),
    ]
    expect(sentenceLabels(text, sentences, tags, [ANA.id])).toEqual([['claim', 'none', 'none']])
  })

  it('places tags in the current text, after edits', () => {
    // Tagged before the first sentence was deleted; the context (32 characters) is unchanged.
    const old = 'Intro line here. ' + text
    const tags = [tag(ANA, 'quote', old, 17 + third.start, 17 + third.end)]
    expect(anchor(text, tags[0]!.target)).toMatchObject({ status: 'anchored', method: 'quote' })
    expect(sentenceLabels(text, sentences, tags, [ANA.id])).toEqual([['none', 'none', 'quote']])
  })

  it('places a tag whose own text was edited (status changed)', () => {
    const now = 'The mayor said the bridge will reopen in March after repairs. Critics disagree.'
    const old = now.replace('March', 'Marhc')
    const spans = splitSentences(now)
    const tags = [tag(BEN, 'claim', old, spans[0]!.start, spans[0]!.end)]
    expect(anchor(now, tags[0]!.target).status).toBe('changed')
    expect(sentenceLabels(now, spans, tags, [BEN.id])).toEqual([['claim', 'none']])
  })

  it('lets an orphan or an ambiguous tag label nothing, and an editor with only those is missing', () => {
    const quoted = 'The council will vote on the budget next Tuesday.'
    const old = 'Intro line here. ' + quoted + ' Closing words follow.'
    const made = tag(BEN, 'claim', old, 17, 17 + quoted.length)
    const deleted = 'Intro line here. Closing words follow.'
    const doubled =
      'Something else entirely now. ' + quoted + ' Middle bit. ' + quoted + ' The end.'
    expect(anchor(deleted, made.target).status).toBe('orphan')
    expect(anchor(doubled, made.target).status).toBe('ambiguous')

    for (const current of [deleted, doubled]) {
      const spans = splitSentences(current)
      const mine = tag(ANA, 'quote', current, spans[0]!.start, spans[0]!.end)
      const labels = sentenceLabels(current, spans, [mine, made], editors)
      expect(labels[0]).toEqual(['quote', ...spans.slice(1).map(() => 'none')])
      expect(labels[1]).toEqual(spans.map(() => null))
    }
  })

  it('labels the sentences of a seed article as an independent reckoning does', () => {
    const seeds = fileURLToPath(new URL('../../../seeds/', import.meta.url))
    const article = readFileSync(seeds + '001_2aa391ba377daa9e.txt', 'utf8').replace(/\r\n/g, '\n')
    const spans = splitSentences(article)
    expect(spans.length).toBeGreaterThan(10)
    const tags = spans.flatMap((span, index) => [
      ...(index % 3 === 0 ? [tag(ANA, 'quote', article, span.start, span.end)] : []),
      ...(index % 4 === 0 ? [tag(BEN, 'claim', article, span.start, span.end)] : []),
      ...(index % 5 === 0 ? [tag(BEN, 'disputed', article, span.start, span.end)] : []),
    ])
    expect(sentenceLabels(article, spans, tags, editors)).toEqual([
      spans.map((_, index) => (index % 3 === 0 ? 'quote' : 'none')),
      // Claim and disputed on the whole sentence: a tie, claim comes first in TAG_KINDS.
      spans.map((_, index) => (index % 4 === 0 ? 'claim' : index % 5 === 0 ? 'disputed' : 'none')),
    ])
  })

  it('throws a precise RangeError for a repeated editor or malformed sentence spans', () => {
    expect(() => sentenceLabels(text, sentences, [], [ANA.id, ANA.id])).toThrow(
      "sentenceLabels: editor 'ana-ruiz' is listed twice",
    )
    const message = (index: number, span: string, previous: number) =>
      `sentenceLabels: sentence ${index} ${span} must be non-empty, follow the previous sentence (ending at ${previous}) and lie within the text [0, 48]`
    expect(() => sentenceLabels(text, [second, first], [], editors)).toThrow(
      message(1, '[0, 15)', 32),
    )
    expect(() => sentenceLabels(text, [{ start: 0, end: 20 }, second], [], editors)).toThrow(
      message(1, '[16, 32)', 20),
    )
    expect(() => sentenceLabels(text, [{ start: 40, end: 49 }], [], editors)).toThrow(
      message(0, '[40, 49)', 0),
    )
    expect(() => sentenceLabels(text, [{ start: 3, end: 3 }], [], editors)).toThrow(
      message(0, '[3, 3)', 0),
    )
    expect(() => sentenceLabels(text, [{ start: 0.5, end: 3 }], [], editors)).toThrow(
      'sentenceLabels: sentence 0 has offsets 0.5 and 3, not integers',
    )
  })
})
