import { describe, expect, it } from 'vitest'
import { findPublicationHints } from '../../../shared/import/byline'

const hints = (text: string) => findPublicationHints(text.split('\n'))

describe('findPublicationHints', () => {
  it('takes the outlet from a byline after the author’s name', () => {
    expect(hints('Harbour bridge reopens\nBy Jane Doe, Reuters\n\nThe bridge reopened.')).toEqual({
      outlet: 'Reuters',
    })
    expect(hints('By Jane Doe and Li Wei | The Guardian\nText.')).toEqual({
      outlet: 'The Guardian',
    })
    expect(hints('By María José de la Cruz for The New York Times')).toEqual({
      outlet: 'The New York Times',
    })
    expect(hints('By Jane Doe, Ben Okafor, Associated Press')).toEqual({
      outlet: 'Associated Press',
    })
    expect(hints('By Jane Doe, Reuters | March 3, 2024')).toEqual({
      outlet: 'Reuters',
      published: '2024-03-03',
    })
  })

  it('takes the outlet (and the date when it has a year) from a wire dateline', () => {
    expect(
      hints('LONDON, March 3 (Reuters) - Britain’s economy grew in the fourth quarter.'),
    ).toEqual({
      outlet: 'Reuters',
    })
    expect(hints('WASHINGTON (AP) — President Biden said on Monday that…')).toEqual({
      outlet: 'AP',
    })
    expect(hints('PARIS, 3 March 2024 (AFP) – Farmers blocked the roads again.')).toEqual({
      outlet: 'AFP',
      published: '2024-03-03',
    })
    expect(hints('MEXICO CITY, Nov 17 (Reuters) -')).toEqual({ outlet: 'Reuters' })
  })

  it('takes the date from a Published line', () => {
    expect(hints('Headline\nPublished 3 March 2024\nText.')).toEqual({ published: '2024-03-03' })
    expect(hints('Published: November 17, 2025 5:20pm')).toEqual({ published: '2025-11-17' })
    expect(hints('First published on Tue 18 Nov 2025 09.00 GMT')).toEqual({
      published: '2025-11-18',
    })
    expect(hints('Published 31 February 2024')).toEqual({})
  })

  it('does not take sentences and quotations that start with “By” for bylines', () => {
    const sentences = [
      'By the time the police arrived, the shop was gone.',
      '“By Monday we will know,” said Jane Doe, Reuters reported.',
      'By Monday, Reuters had confirmed the story.',
      'By Tuesday, Reuters',
      'By Jane Doe’s own account, the mayor lied to the council.',
      'By Jane Doe, Staff Writer',
      'By Jane Doe, Senior Correspondent',
      'By comparison, The Guardian reported fewer deaths.',
      'Published reports say the toll is higher.',
      'The figures (Reuters) - were disputed by the ministry.',
    ]
    for (const sentence of sentences) expect(hints(sentence), sentence).toEqual({})
  })

  it('looks only at the opening lines', () => {
    const body = Array.from({ length: 12 }, (_, index) => `Paragraph ${index}.`).join('\n')
    expect(hints(`${body}\nBy Jane Doe, Reuters`)).toEqual({})
  })
})
