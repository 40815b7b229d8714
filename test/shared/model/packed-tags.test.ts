import { describe, expect, it } from 'vitest'
import { describe as describeSpan } from '../../../shared/anchoring/describe'
import { annotationSchema, type Annotation, type EditorRef } from '../../../shared/model/annotation'
import { packTags, unpackTags } from '../../../shared/model/packed-tags'
import { TAG_KINDS } from '../../../shared/model/tag-kinds'

const ARTICLE = '0123456789abcdef'
const ANA: EditorRef = { id: 'ana', name: 'Ana' }
const BEN: EditorRef = { id: 'ben', name: 'Ben' }
const TEXT =
  'Harbour reopens\n\nThe harbour reopened on Monday. "We are ready," the mayor said.\n\n' +
  'Ferries will run hourly. Critics say the dredging cost too much.'
const CREATED = '2026-12-01T09:00:00.000Z'

/** A tag on the first occurrence of `quote` in `text`, as the store reads it (schema order). */
function tag(id: string, author: EditorRef, quote: string, extra: Partial<Annotation> = {}) {
  const start = TEXT.indexOf(quote)
  if (start < 0) throw new Error(`no "${quote}" in the text`)
  return annotationSchema.parse({
    id,
    articleId: ARTICLE,
    author,
    kind: 'claim',
    target: describeSpan(TEXT, start, start + quote.length),
    note: '',
    created: CREATED,
    modified: CREATED,
    ...extra,
  })
}

const plain = tag('tag-00000001', ANA, 'The harbour reopened on Monday.')
const noted = tag('tag-00000002', BEN, '"We are ready," the mayor said.', {
  kind: 'quote',
  note: 'Checked against the video.',
  speaker: 'the mayor',
  modified: '2026-12-02T10:30:00.000Z',
})
const disputed = tag('tag-00000003', ANA, 'Critics say the dredging cost too much.', {
  kind: 'disputed',
  reason: 'The cost is in the council minutes.',
  evidence: ['https://example.org/minutes'],
})
/** Tagged when the sentence read otherwise: its stored quote is not in the text any more. */
const changed = annotationSchema.parse({
  ...tag('tag-00000004', BEN, 'Ferries will run hourly.'),
  target: {
    ...tag('tag-00000004', BEN, 'Ferries will run hourly.').target,
    quote: {
      type: 'TextQuoteSelector',
      exact: 'Ferries ran each hour...',
      prefix: 'mayor said.\n\n',
      suffix: ' Critics',
    },
  },
})
/** Placed past the end of the text: an orphan wherever it is drawn. */
const orphan = annotationSchema.parse({
  ...plain,
  id: 'tag-00000005',
  target: {
    position: { type: 'TextPositionSelector', start: 900, end: 910 },
    quote: { type: 'TextQuoteSelector', exact: 'gone words', prefix: '', suffix: '' },
  },
})

describe('packTags and unpackTags', () => {
  it('give back every annotation as it was, field for field and in the schema order', () => {
    const tags = [plain, noted, disputed, changed, orphan]
    const packed = packTags(TEXT, tags)
    // Through JSON, as the answer travels; compared as JSON text, so the key order counts too.
    const unpacked = unpackTags(TEXT, ARTICLE, JSON.parse(JSON.stringify(packed)))
    expect(JSON.stringify(unpacked)).toBe(JSON.stringify(tags))
  })

  it('sends an unchanged tag as its place, kind, id, author and time, each author once', () => {
    const packed = packTags(TEXT, [plain, noted, disputed])
    expect(packed.authors).toEqual([ANA, BEN])
    const first = plain.target.position.start
    const second = noted.target.position.start
    expect(packed.starts).toEqual([first, second - first, disputed.target.position.start - second])
    expect(packed.lengths[0]).toBe(31)
    expect(packed.kinds).toBe(
      `${TAG_KINDS.indexOf('claim')}${TAG_KINDS.indexOf('quote')}${TAG_KINDS.indexOf('disputed')}`,
    )
    expect(packed.ids).toEqual(['tag-00000001', 'tag-00000002', 'tag-00000003'])
    expect(packed.authorIndexes).toEqual([0, 1, 0])
    // The first time in ms, then the difference from the one before.
    expect(packed.created).toEqual([Date.parse(CREATED), 0, 0])
    expect(packed.rests).toEqual([
      [
        1,
        {
          speaker: 'the mayor',
          note: 'Checked against the video.',
          modified: '2026-12-02T10:30:00.000Z',
        },
      ],
      [
        2,
        {
          reason: 'The cost is in the council minutes.',
          evidence: ['https://example.org/minutes'],
        },
      ],
    ])
  })

  it('keeps the stored selectors of a tag whose text changed and of an orphan', () => {
    const packed = packTags(TEXT, [changed, orphan])
    expect(packed.rests.map(([row, rest]) => [row, rest.target])).toEqual([
      [0, changed.target],
      [1, orphan.target],
    ])
  })

  it('keeps the selectors when the text is not the one the tags were saved against', () => {
    const edited = TEXT.replace('Monday', 'Tuesday')
    const packed = packTags(edited, [plain])
    expect(packed.rests[0]?.[1].target).toEqual(plain.target)
    expect(unpackTags(edited, ARTICLE, packed)).toEqual([plain])
  })

  it('keeps a creation time not written as toISOString writes it, and counts on past it', () => {
    const offset = annotationSchema.parse({ ...noted, created: '2026-12-01T09:00:00Z' })
    const later = {
      ...disputed,
      created: '2026-12-01T09:00:01.500Z',
      modified: '2026-12-01T09:00:01.500Z',
    }
    const again = { ...offset, id: 'tag-00000006' }
    const tags = [plain, offset, again, later]
    const packed = packTags(TEXT, tags)
    expect(packed.created).toEqual([Date.parse(CREATED), 0, 0, 1500])
    expect(packed.rests.map(([row, rest]) => [row, rest.created])).toEqual([
      [1, '2026-12-01T09:00:00Z'],
      [2, '2026-12-01T09:00:00Z'],
      [3, undefined],
    ])
    expect(JSON.stringify(unpackTags(TEXT, ARTICLE, packed))).toBe(JSON.stringify(tags))
  })

  it('is a fraction of the annotations for tags whose text is unchanged', () => {
    const tags = [plain, disputed]
    const packed = JSON.stringify(packTags(TEXT, tags))
    expect(packed.length * 2).toBeLessThan(JSON.stringify(tags).length)
  })

  it('refuses a tag whose author or kind is not listed, and columns of different lengths', () => {
    const packed = packTags(TEXT, [plain])
    expect(() => unpackTags(TEXT, ARTICLE, { ...packed, authors: [] })).toThrow(/no known author/)
    expect(() => unpackTags(TEXT, ARTICLE, { ...packed, kinds: 'z' })).toThrow(/no known kind/)
    expect(() => unpackTags(TEXT, ARTICLE, { ...packed, lengths: [] })).toThrow(RangeError)
  })
})
