import { describe, expect, it } from 'vitest'
import {
  MAX_ANNOTATION_DEPTH,
  MAX_ANNOTATIONS_PER_FILE,
  parseAnnotationFile,
} from '../../../shared/import/w3c-annotations'

const NOW = '2026-01-01T00:00:00.000Z'

/** One annotation as the Hypothesis API's search returns it (fields trimmed to those that matter). */
function hypothesisRow(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'Xy-9_aBcDeFgHiJkLmNoPq',
    created: '2025-11-18T09:15:02.123456+00:00',
    updated: '2025-11-18T09:20:44.000001+00:00',
    user: 'acct:jane_doe@hypothes.is',
    uri: 'https://www.example-news.com/world/trump-mexico-strikes/',
    text: 'Check the transcript: he said “OK”, not “okay”.',
    tags: ['Claim', 'mexico'],
    group: '__world__',
    permissions: { read: ['group:__world__'] },
    target: [
      {
        source: 'https://www.example-news.com/world/trump-mexico-strikes/',
        selector: [
          {
            type: 'RangeSelector',
            endOffset: 120,
            startOffset: 0,
            endContainer: '/div[1]/p[3]',
            startContainer: '/div[1]/p[3]',
          },
          { type: 'TextPositionSelector', start: 1204, end: 1252 },
          {
            type: 'TextQuoteSelector',
            exact: 'Would I launch strikes in Mexico to stop drugs?',
            prefix: 'Trump replied: “',
            suffix: ' It’s OK with me.”',
          },
        ],
      },
    ],
    document: { title: ['Trump on strikes in Mexico'] },
    links: { html: 'https://hypothes.is/a/Xy-9_aBcDeFgHiJkLmNoPq' },
    user_info: { display_name: 'Jane Doe' },
    references: [],
    ...fields,
  }
}

describe('parseAnnotationFile', () => {
  it('reads a Hypothesis search result: quote, position, author, note, kind from its tags', () => {
    const parsed = parseAnnotationFile(JSON.stringify({ total: 1, rows: [hypothesisRow()] }), NOW)
    expect(parsed.skipped).toEqual([])
    expect(parsed.reviews).toEqual([])
    expect(parsed.tags).toHaveLength(1)
    const [tag] = parsed.tags
    expect(tag).toMatchObject({
      sourceId: 'Xy-9_aBcDeFgHiJkLmNoPq',
      source: 'https://www.example-news.com/world/trump-mexico-strikes/',
      kind: 'claim',
      note: 'Check the transcript: he said “OK”, not “okay”.',
      author: { id: 'jane-doe', name: 'Jane Doe' },
      created: '2025-11-18T09:15:02.123Z',
      modified: '2025-11-18T09:20:44.000Z',
      quote: {
        exact: 'Would I launch strikes in Mexico to stop drugs?',
        prefix: 'Trump replied: “',
        suffix: ' It’s OK with me.”',
      },
    })
    expect(tag?.id).toMatch(/^w3c-[0-9a-f]{24}$/)
    // 1252 - 1204 is not the quote's length: the page's text differs, so only the quote is kept.
    expect(tag?.position).toBeNull()
    // The same annotation gets the same id, so importing twice adds nothing.
    expect(parseAnnotationFile(JSON.stringify(hypothesisRow()), NOW).tags[0]?.id).toBe(tag?.id)
  })

  it('reads a single annotation, a reply as a comment, and a page note as skipped', () => {
    const reply = hypothesisRow({
      id: 'reply-1',
      user: 'acct:sam@hypothes.is',
      user_info: { display_name: null },
      text: 'Agreed, the video says “OK”.',
      tags: [],
      references: ['Xy-9_aBcDeFgHiJkLmNoPq'],
      target: [{ source: 'https://www.example-news.com/world/trump-mexico-strikes/' }],
    })
    const pageNote = hypothesisRow({ id: 'page-note', target: [{ source: 'https://x.example/' }] })
    const parsed = parseAnnotationFile(JSON.stringify([hypothesisRow(), reply, pageNote]), NOW)
    expect(parsed.tags.map((tag) => tag.sourceId)).toEqual(['Xy-9_aBcDeFgHiJkLmNoPq'])
    expect(parsed.reviews).toEqual([
      expect.objectContaining({
        sourceId: 'reply-1',
        target: 'Xy-9_aBcDeFgHiJkLmNoPq',
        verdict: 'comment',
        text: 'Agreed, the video says “OK”.',
        author: { id: 'sam', name: 'sam' },
      }),
    ])
    expect(parsed.skipped).toEqual([
      { id: 'page-note', reason: expect.stringMatching(/marks no passage/) },
    ])
  })

  it('takes the kind from Factmark’s tagging body, a Hypothesis tag, or the motivation', () => {
    const kinds = [
      { body: [{ type: 'TextualBody', purpose: 'tagging', value: 'quote' }], tags: ['claim'] },
      { tags: ['DISPUTED'] },
      { tags: [], motivation: 'assessing' },
      { tags: ['by', 'mexico'] },
    ].map((fields, index) => hypothesisRow({ id: `k${index}`, ...fields }))
    const parsed = parseAnnotationFile(JSON.stringify(kinds), NOW)
    expect(parsed.tags.map((tag) => tag.kind)).toEqual(['quote', 'disputed', 'disputed', 'context'])
  })

  it('skips each unreadable annotation with its reason and reads the rest', () => {
    const rows = [
      hypothesisRow({ id: 'good' }),
      42,
      hypothesisRow({
        id: 'bad-position',
        target: [{ selector: [{ type: 'TextPositionSelector', start: 9, end: 3 }] }],
      }),
      hypothesisRow({
        id: 'bad-evidence',
        body: [{ type: 'SpecificResource', purpose: 'linking', source: 'javascript:alert(1)' }],
      }),
      hypothesisRow({ id: 'bad-fact-check', factCheck: { status: 'done' } }),
      hypothesisRow({ id: 'good' }),
      hypothesisRow({ id: 'long-note', text: 'x'.repeat(20_001) }),
      hypothesisRow({
        id: 'empty-quote',
        target: [{ selector: [{ type: 'TextQuoteSelector', exact: '' }] }],
      }),
    ]
    const parsed = parseAnnotationFile(JSON.stringify(rows), NOW)
    expect(parsed.tags.map((tag) => tag.sourceId)).toEqual(['good'])
    expect(parsed.skipped.map((entry) => entry.id)).toEqual([
      '#2',
      'bad-position',
      'bad-evidence',
      'bad-fact-check',
      'good',
      'long-note',
      'empty-quote',
    ])
    expect(parsed.skipped.every((entry) => entry.reason.length > 5)).toBe(true)
    expect(parsed.skipped[3]?.reason).toMatch(/fact-check.*status/)
  })

  it('refuses, with a plain reason, files that are not annotations', () => {
    const refusals: [string, RegExp][] = [
      ['not json', /not JSON/],
      ['{"hello": "world"}', /no Web Annotations/],
      ['[]', /no Web Annotations/],
      [
        '['.repeat(MAX_ANNOTATION_DEPTH + 1) + ']'.repeat(MAX_ANNOTATION_DEPTH + 1),
        /nests too deeply/,
      ],
      [JSON.stringify(new Array(MAX_ANNOTATIONS_PER_FILE + 1).fill(0)), /the limit is/],
    ]
    for (const [raw, message] of refusals) {
      expect(() => parseAnnotationFile(raw, NOW)).toThrow(message)
    }
  })

  it('keeps __proto__ keys as data, never on a prototype', () => {
    const raw = `[{"id":"p","__proto__":{"polluted":true},"text":"n","target":[{"selector":[{"type":"TextQuoteSelector","exact":"abc"}]}]}]`
    const parsed = parseAnnotationFile(raw, NOW)
    expect(parsed.tags).toHaveLength(1)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})

describe('parseAnnotationFile and the unverified mark', () => {
  it('reads authorUnverified on tags and reviews: any value but false keeps the mark', () => {
    const rows = [
      hypothesisRow({ id: 'marked', authorUnverified: true }),
      hypothesisRow({ id: 'claims-verified', authorUnverified: false }),
      hypothesisRow({ id: 'unreadable-mark', authorUnverified: 'yes' }),
      hypothesisRow({ id: 'plain' }),
      hypothesisRow({
        id: 'marked-reply',
        text: 'Seen it.',
        references: ['marked'],
        authorUnverified: true,
      }),
      hypothesisRow({ id: 'plain-reply', text: 'Seen it too.', references: ['marked'] }),
    ]
    const parsed = parseAnnotationFile(JSON.stringify(rows), NOW)
    expect(parsed.skipped).toEqual([])
    expect(parsed.tags.map((tag) => [tag.sourceId, tag.unverified])).toEqual([
      ['marked', true],
      ['claims-verified', undefined],
      ['unreadable-mark', true],
      ['plain', undefined],
    ])
    expect(parsed.reviews.map((review) => [review.sourceId, review.unverified])).toEqual([
      ['marked-reply', true],
      ['plain-reply', undefined],
    ])
  })
})
