import { describe, expect, it } from 'vitest'
import {
  draftOf,
  ratingIdFor,
  settingsFromDraft,
} from '../../../shared/fact-check/rating-scale-draft'
import { DEFAULT_RATING_SCALE } from '../../../shared/model/fact-check'

describe('rating scale draft', () => {
  it('round-trips the default scale', () => {
    expect(settingsFromDraft(draftOf(null))).toEqual({
      ok: true,
      value: { ratingScale: DEFAULT_RATING_SCALE },
    })
  })

  it('keeps a renamed rating’s id and makes one for a new rating', () => {
    const draft = draftOf(null)
    draft.ratings[0] = { ...draft.ratings[0]!, name: 'Correct' }
    draft.ratings.push({ id: '', name: 'Pants on fire!', value: '1', key: '8' })
    const result = settingsFromDraft(draft)
    if (!result.ok) throw new Error(result.message)
    expect(result.value.ratingScale?.ratings[0]).toEqual({
      id: 'true',
      name: 'Correct',
      value: 5,
      key: '1',
    })
    expect(result.value.ratingScale?.ratings.at(-1)).toEqual({
      id: 'pants-on-fire',
      name: 'Pants on fire!',
      value: 1,
      key: '8',
    })
  })

  it('makes unique ids from names', () => {
    expect(ratingIdFor('Médio verdadeiro', new Set())).toBe('medio-verdadeiro')
    expect(ratingIdFor('False', new Set(['false']))).toBe('false-2')
    expect(ratingIdFor('!!!', new Set())).toBe('rating')
  })

  it('says in plain words what is wrong, naming the rating', () => {
    const draft = draftOf(null)
    draft.ratings[1] = { ...draft.ratings[1]!, value: 'four' }
    expect(settingsFromDraft(draft)).toEqual({
      ok: false,
      message: 'The rating “Mostly true” needs a whole number.',
    })
    const outside = draftOf(null)
    outside.ratings[2] = { ...outside.ratings[2]!, value: '9' }
    expect(settingsFromDraft(outside)).toMatchObject({
      ok: false,
      message:
        'The rating “Half true”: its number lies outside the scale, from 1 (worst) to 5 (best).',
    })
    const keys = draftOf(null)
    keys.ratings[3] = { ...keys.ratings[3]!, key: '1' }
    expect(settingsFromDraft(keys)).toEqual({
      ok: false,
      message: 'Two ratings have the same key: give each its own.',
    })
    const unnamed = draftOf(null)
    unnamed.ratings[0] = { ...unnamed.ratings[0]!, name: ' ' }
    expect(settingsFromDraft(unnamed)).toEqual({
      ok: false,
      message: 'Rating 1: a rating needs a name.',
    })
    const pattern = { ...draftOf(null), reviewUrlPattern: 'https://example.org/checks' }
    expect(settingsFromDraft(pattern)).toMatchObject({
      ok: false,
      message: expect.stringContaining('holding {id}'),
    })
  })

  it('keeps the publisher and pattern', () => {
    const draft = {
      ...draftOf(null),
      publisherName: ' The Desk ',
      publisherUrl: 'https://desk.example',
      reviewUrlPattern: 'https://desk.example/c/{id}',
    }
    expect(settingsFromDraft(draft)).toMatchObject({
      ok: true,
      value: {
        publisher: { name: 'The Desk', url: 'https://desk.example' },
        reviewUrlPattern: 'https://desk.example/c/{id}',
      },
    })
  })
})
