import { describe, expect, it } from 'vitest'
import { compareTexts, figuresOfText } from './made-up-articles'

describe('quantity kinds: arrests are a running tally', () => {
  it('reads arrests, detentions and people arrested or detained as one kind', () => {
    const kinds = [
      'Officers made 12 arrests near the square.',
      'Some 25 people were detained after the march.',
      'Riot police arrested 40 protesters at the station.',
      'The ministry counted 18 detentions overnight.',
    ].map((text) => figuresOfText(text).map((figure) => figure.kind))
    expect(kinds).toEqual([['arrested'], ['arrested'], ['arrested'], ['arrested']])
  })

  it('shows two outlets’ arrest counts of one protest side by side, never as a conflict', () => {
    const topics = compareTexts(
      'Thousands marched through Velmar. Police there have made 15 arrests so far.',
      'Thousands marched through Velmar. In the old town, the prefecture reported 37 arrests.',
      'Thousands marched through Velmar. About 25 people were arrested, police said.',
    )
    const arrests = topics.find((topic) => topic.about === 'people arrested')
    expect(arrests?.values.map((value) => value.value.value)).toEqual([15, 37, 25])
    expect(arrests?.conflict).toBe(false)
    expect(arrests?.values.flatMap((value) => value.disputedBy)).toEqual([])
  })

  it('still compares two arrest counts that name the same day and the same counter', () => {
    const [arrests] = compareTexts(
      'On Saturday, police said they had made 15 arrests.',
      'On Saturday, police said they had made 37 arrests.',
    )
    expect(arrests?.about).toBe('people arrested')
    expect(arrests?.conflict).toBe(true)
  })
})
