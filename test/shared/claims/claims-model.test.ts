import { describe, expect, it } from 'vitest'
import type { ClaimRow, ClaimsList } from '../../../shared/claims/claim-row'
import { indexClaims, NO_STORY, showClaims, sortOrder } from '../../../shared/claims/claims-model'
import { defaultClaimsView, type ClaimsView } from '../../../shared/claims/claims-view'
import { DEFAULT_RATING_SCALE } from '../../../shared/model/fact-check'

const ANA = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const BEN = { id: 'ben-okafor', name: 'Ben Okafor' }

function row(id: string, fields: Partial<ClaimRow>): ClaimRow {
  return {
    id,
    articleId: 'a000000000000001',
    kind: 'claim',
    text: `Text of ${id}.`,
    claimant: '',
    status: null,
    verdict: null,
    summary: '',
    editor: ANA,
    review: 'unreviewed',
    created: '2026-11-01T10:00:00.000Z',
    modified: '2026-11-01T10:00:00.000Z',
    start: 0,
    ...fields,
  }
}

const LIST: ClaimsList = {
  scale: DEFAULT_RATING_SCALE,
  stories: [
    { id: 'story-0000000b', name: 'Zoning' },
    { id: 'story-0000000a', name: 'Budget' },
  ],
  articles: [
    {
      id: 'a000000000000001',
      title: 'City budget',
      outlet: 'Gazette',
      published: null,
      storyId: 'story-0000000a',
    },
    {
      id: 'a000000000000002',
      title: 'Zoning fight',
      outlet: 'Herald',
      published: null,
      storyId: 'story-0000000b',
    },
    {
      id: 'a000000000000003',
      title: 'Élan vital',
      outlet: 'Courier',
      published: null,
      storyId: null,
    },
  ],
  rows: [
    row('r1', {
      text: 'Taxes rose by 3 percent.',
      claimant: 'The mayor',
      status: 'verdict',
      verdict: 'false',
      modified: '2026-11-03T10:00:00.000Z',
    }),
    row('r2', {
      text: 'The café closed in 2020.',
      status: 'to-check',
      editor: BEN,
      review: 'accepted',
      modified: '2026-11-05T10:00:00.000Z',
    }),
    row('r3', {
      articleId: 'a000000000000002',
      kind: 'disputed',
      text: 'Zoning is unconstitutional.',
      claimant: 'Álvaro Núñez',
      status: 'researching',
      verdict: 'true',
      review: 'rejected',
      modified: '2026-11-02T10:00:00.000Z',
    }),
    row('r4', {
      articleId: 'a000000000000003',
      text: 'Nothing changed.',
      editor: BEN,
      modified: '2026-11-04T10:00:00.000Z',
    }),
  ],
}

function ids(view: Partial<ClaimsView>): string[] {
  const index = indexClaims(LIST)
  return showClaims(index, { ...defaultClaimsView(), ...view }).rows.map(
    (at) => LIST.rows[at]?.id ?? '?',
  )
}

describe('the claims board model', () => {
  it('shows every row, youngest first, by default', () => {
    expect(ids({})).toEqual(['r2', 'r4', 'r1', 'r3'])
  })

  it('filters by status, verdict, editor, kind and review state, "none" standing for no value', () => {
    expect(ids({ statuses: ['to-check', 'verdict'] })).toEqual(['r2', 'r1'])
    expect(ids({ statuses: ['none'] })).toEqual(['r4'])
    expect(ids({ verdicts: ['false', 'none'] })).toEqual(['r2', 'r4', 'r1'])
    expect(ids({ editors: [BEN.id] })).toEqual(['r2', 'r4'])
    expect(ids({ kinds: ['disputed'] })).toEqual(['r3'])
    expect(ids({ reviews: ['accepted', 'rejected'] })).toEqual(['r2', 'r3'])
    expect(ids({ editors: [ANA.id], statuses: ['verdict'] })).toEqual(['r1'])
  })

  it('searches the text, claimant, article and outlet ignoring case and accents', () => {
    expect(ids({ query: 'CAFE' })).toEqual(['r2'])
    expect(ids({ query: 'alvaro nunez' })).toEqual(['r3'])
    expect(ids({ query: 'Núñez' })).toEqual(['r3'])
    expect(ids({ query: 'elan' })).toEqual(['r4'])
    expect(ids({ query: 'gazette' })).toEqual(['r2', 'r1'])
    // Fields are searched one by one: a query does not match across two of them.
    expect(ids({ query: 'percent. the mayor' })).toEqual([])
    expect(ids({ query: '   ' })).toEqual(['r2', 'r4', 'r1', 'r3'])
  })

  it('sorts by any column both ways, rows without a value last when ascending', () => {
    const sort = (
      key: ClaimsView['sort']['key'],
      direction: 'ascending' | 'descending' = 'ascending',
    ) => ids({ sort: { key, direction } })
    expect(sort('text')).toEqual(['r4', 'r1', 'r2', 'r3'])
    expect(sort('text', 'descending')).toEqual(['r3', 'r2', 'r1', 'r4'])
    expect(sort('claimant')).toEqual(['r3', 'r1', 'r2', 'r4'])
    expect(sort('status')).toEqual(['r2', 'r3', 'r1', 'r4'])
    expect(sort('verdict')).toEqual(['r3', 'r1', 'r2', 'r4'])
    expect(sort('editor')).toEqual(['r1', 'r3', 'r2', 'r4'])
    expect(sort('article')).toEqual(['r1', 'r2', 'r4', 'r3'])
    expect(sort('review')).toEqual(['r2', 'r3', 'r1', 'r4'])
    expect(sort('age', 'descending')).toEqual(['r3', 'r1', 'r4', 'r2'])
  })

  it('computes each sort order once', () => {
    const index = indexClaims(LIST)
    const first = sortOrder(index, { key: 'text', direction: 'ascending' })
    expect(sortOrder(index, { key: 'text', direction: 'ascending' })).toBe(first)
  })

  it('groups by story, stories by name and the claims in none last, keeping the sort', () => {
    const index = indexClaims(LIST)
    const shown = showClaims(index, { ...defaultClaimsView(), groupByStory: true })
    expect(
      shown.lines.map((line) =>
        line.type === 'group' ? `# ${line.name} (${line.count})` : LIST.rows[line.row]?.id,
      ),
    ).toEqual(['# Budget (2)', 'r2', 'r1', '# Zoning (1)', 'r3', `# ${NO_STORY} (1)`, 'r4'])
    expect(shown.rows.map((at) => LIST.rows[at]?.id)).toEqual(['r2', 'r1', 'r3', 'r4'])
    const filtered = showClaims(index, {
      ...defaultClaimsView(),
      groupByStory: true,
      kinds: ['disputed'],
    })
    expect(filtered.lines.filter((line) => line.type === 'group')).toHaveLength(1)
  })

  it('narrows from what was shown while the query grows, and starts over otherwise', () => {
    const index = indexClaims(LIST)
    const view = (query: string, extra: Partial<ClaimsView> = {}) => ({
      ...defaultClaimsView(),
      query,
      ...extra,
    })
    const first = showClaims(index, view('t'))
    // Narrowing looks only at what was shown: a row left out then stays out.
    const narrowed = showClaims(index, view('ta'), { ...first, filtered: [0] })
    expect(narrowed.rows).toEqual([0])
    // The same query grown, from the real previous result, agrees with a fresh filter.
    const grown = showClaims(index, view('tax'), showClaims(index, view('ta')))
    expect(grown.rows).toEqual(showClaims(index, view('tax')).rows)
    // Another query, or other filters, filter everything again.
    expect(showClaims(index, view('zon'), { ...first, filtered: [0] }).rows).toEqual([2])
    expect(
      showClaims(index, view('ta', { kinds: ['disputed'] }), { ...first, filtered: [0] }).rows,
    ).toEqual([])
    expect(
      showClaims(index, view('t', { sort: { key: 'text', direction: 'ascending' } }), {
        ...first,
        filtered: [0],
      }).rows.length,
    ).toBeGreaterThan(1)
  })
})
