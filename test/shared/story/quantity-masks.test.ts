import { describe, expect, it } from 'vitest'
import { magnitudesIn, nonCountSpans } from '../../../shared/story/quantity-masks'

function masked(text: string): [string, string][] {
  return nonCountSpans(text, 0, text.length).map((span) => [
    text.slice(span.start, span.end),
    span.kind,
  ])
}

describe('nonCountSpans', () => {
  it('masks clock times in every common spelling', () => {
    expect(masked('The blast came at 10:47 p.m. and the second at 6.15pm.')).toEqual([
      ['10:47 p.m.', 'clock'],
      ['6.15pm', 'clock'],
    ])
    expect(masked('Turnout was 61% by 18:00 and polls shut at 9 pm local time.')).toEqual([
      ['18:00', 'clock'],
      ['9 pm', 'clock'],
    ])
  })

  it('masks dates, ages, phone numbers and street addresses', () => {
    expect(masked('Posted 04/22/2031 08:15 about the June 2030 floods.').map(([, k]) => k)).toEqual(
      ['date', 'clock', 'date'],
    )
    expect(masked('Lena Okafor, 47, was aged 12 when she moved.')).toEqual([
      ['47', 'age'],
      ['aged 12', 'age'],
    ])
    expect(masked('Call (555) 201-3344 or visit 22 Harbour Road.')).toEqual([
      ['(555) 201-3344', 'phone'],
      ['22 Harbour Road', 'address'],
    ])
  })

  it('masks scores only where the sentence speaks of a game, and never a thousands separator', () => {
    expect(masked('The visitors won 3-1 after a late goal.')).toEqual([['3-1', 'score']])
    expect(masked('Between 10-12 roads were shut.')).toEqual([])
    expect(masked('In May, 187,000 people signed.')).toEqual([])
  })
})

describe('magnitudesIn', () => {
  it('reads the ways a magnitude is written', () => {
    const text =
      'A 5.8-magnitude tremor, then an M6.2 shock; the agency said magnitude-6.4, others a magnitude 6.1 quake, one that measured 6.3 on the Richter scale, and the 7 magnitude figure.'
    expect(magnitudesIn(text, 0, text.length).map((found) => found.value)).toEqual([
      5.8, 6.2, 6.4, 6.1, 6.3, 7,
    ])
  })
})
