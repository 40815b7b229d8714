// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, render, screen, within } from '@testing-library/react'
import type { NumberTopic, TopicValue } from '../../../../shared/story/number-topics'
import type { StoryArticleSummary } from '../../../../shared/story/story-analysis'
import { StoryNumbers, topicStanding } from '../../../../renderer/components/story/StoryNumbers'

afterEach(cleanup)

const ARTICLES: StoryArticleSummary[] = [
  { id: 'a', title: 'Port march ends in arrests', outlet: 'Harbour Herald', url: '' },
  { id: 'b', title: 'Scuffles at the port', outlet: 'Coast Daily', url: '' },
]
const LETTERS = new Map([
  ['a', 'A'],
  ['b', 'B'],
])

/** One article's value on a topic, with the passage it stands in. */
function value(
  articleId: string,
  n: number,
  text: string,
  passage: string,
  conflictsWith: string[],
  disputedBy: string[],
): TopicValue {
  return {
    articleId,
    value: { op: '=', value: n, unit: 'count' },
    text,
    passage,
    start: passage.indexOf(text),
    end: passage.indexOf(text) + text.length,
    conflictsWith,
    disputedBy,
  }
}

/** Two arrest counts of one day, no counter named: they differ, but no one is surely wrong. */
const ARRESTS: NumberTopic = {
  topic: 'arrested',
  about: 'people arrested',
  unit: 'count',
  articleCount: 2,
  conflict: true,
  values: [
    value('a', 15, '15 people', 'On Saturday, 15 people were arrested at the docks.', ['b'], []),
    value('b', 37, '37 people', 'On Saturday, 37 people were arrested at the docks.', ['a'], []),
  ],
}

/** Two counts of a fixed quantity: a sure conflict. */
const CRANES: NumberTopic = {
  topic: 'crane',
  about: 'cranes',
  unit: 'count',
  articleCount: 2,
  conflict: true,
  values: [
    value('a', 12, '12 cranes', 'The port has 12 cranes.', ['b'], ['b']),
    value('b', 9, '9 cranes', 'The port has 9 cranes.', ['a'], ['a']),
  ],
}

function renderNumbers(numbers: NumberTopic[]) {
  return render(<StoryNumbers numbers={numbers} articles={ARTICLES} letters={LETTERS} />)
}

describe('StoryNumbers: values that differ without a sure conflict', () => {
  it('tells a sure conflict from values that differ, and agreement from both', () => {
    expect(topicStanding(CRANES)).toBe('conflict')
    expect(topicStanding(ARRESTS)).toBe('differ')
    expect(topicStanding({ ...ARRESTS, conflict: false })).toBe('agree')
  })

  it('marks the row plainly "Values differ", with no conflict and no warning', () => {
    const { container } = renderNumbers([ARRESTS])
    const row = container.querySelector('tr[data-topic="people arrested"]')
    expect(row?.className).toBe('is-differ')
    const header = within(row as HTMLElement).getByRole('rowheader')
    expect(header.textContent).toBe('people arrestedValues differ')
    expect(row?.textContent).not.toMatch(/conflict|disputed|⚠/iu)
    expect(row?.textContent).toContain('differs from B')
    expect(screen.getByText(/0 conflicts · 1 with values that differ/u)).toBeTruthy()
  })

  it('shows the articles’ passages side by side under the row, the figure marked', () => {
    const { container } = renderNumbers([ARRESTS])
    const list = screen.getByRole('list', { name: 'Passages on people arrested' })
    const passages = within(list).getAllByRole('listitem')
    expect(passages.map((item) => item.querySelector('blockquote')?.textContent)).toEqual([
      '“On Saturday, 15 people were arrested at the docks.”',
      '“On Saturday, 37 people were arrested at the docks.”',
    ])
    expect(passages.map((item) => item.querySelector('mark')?.textContent)).toEqual([
      '15 people',
      '37 people',
    ])
    expect(passages.map((item) => item.querySelector('.story-column-title')?.textContent)).toEqual([
      'Harbour Herald',
      'Coast Daily',
    ])
    expect(container.querySelector('.story-passages-row')?.textContent).not.toMatch(
      /conflict|disputed|⚠/iu,
    )
  })

  it('keeps a sure conflict flagged as before, first, with no passages row', () => {
    const { container } = renderNumbers([ARRESTS, CRANES])
    const rows = [...container.querySelectorAll('tbody tr[data-topic]')]
    expect(rows.map((row) => row.getAttribute('data-topic'))).toEqual(['cranes', 'people arrested'])
    const row = container.querySelector('tr[data-topic="cranes"]')
    expect(row?.className).toBe('is-conflict')
    expect(row?.textContent).toContain('Conflict')
    expect(row?.textContent).toContain('conflicts with B')
    expect(container.querySelectorAll('.story-passages-row')).toHaveLength(1)
    expect(screen.getByText(/1 conflict · 1 with values that differ/u)).toBeTruthy()
  })
})
