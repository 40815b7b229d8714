import { describe, expect, it } from 'vitest'
import {
  isPublishable,
  outcomeOf,
  reviewLine,
  reviewOutcomes,
} from '../../../shared/export/review-outcome'
import type { Review } from '../../../shared/model/review'
import { CARA, reviewedSeed } from './reviewed-seed'
import { ANA, BEN } from './seed-annotations'

describe('reviewOutcomes', () => {
  const { annotations, reviews } = reviewedSeed()
  const outcomes = reviewOutcomes(annotations, reviews)

  it('gives a tag two reviewers rejected as rejected, with who and why', () => {
    const outcome = outcomeOf(outcomes, 's0-tag-02')
    expect(outcome.state).toBe('rejected')
    expect(outcome.rejectedBy.map((entry) => [entry.reviewer.name, entry.text])).toEqual([
      ['Ana Ruiz', 'Opinion, not a claim.'],
      ['Cara Díaz', 'No source for the figure.'],
    ])
    expect(isPublishable(outcome)).toBe(false)
  })

  it('gives an accepted tag its reviewer, and the accepted copy its original author', () => {
    const original = outcomeOf(outcomes, 's0-tag-03')
    expect(original.state).toBe('accepted')
    expect(original.acceptedBy.map((entry) => entry.reviewer)).toEqual([BEN])
    expect(original.originalAuthor).toBeNull()
    const copy = outcomeOf(outcomes, 's0-tag-11')
    expect(copy.state).toBe('accepted')
    expect(copy.acceptedBy.map((entry) => entry.reviewer)).toEqual([BEN])
    expect(copy.originalAuthor).toEqual(ANA)
    expect(isPublishable(copy)).toBe(true)
  })

  it('keeps reviews of the fact-check verdict apart from the tag state', () => {
    const outcome = outcomeOf(outcomes, 's0-tag-03')
    expect(outcome.verdictReviews).toEqual([
      {
        reviewer: CARA,
        verdict: 'accept',
        text: 'Rating checked.',
        at: '2025-11-19T09:31:00.000Z',
      },
    ])
  })

  it('puts the discussion in time order and leaves the state unreviewed', () => {
    const outcome = outcomeOf(outcomes, 's0-tag-05')
    expect(outcome.state).toBe('unreviewed')
    expect(outcome.discussion.map((entry) => `${entry.author.name}: ${entry.text}`)).toEqual([
      'Cara Díaz: Is this the same figure?',
      'Ben Okafor: Yes, see page 3.',
    ])
    expect(isPublishable(outcome)).toBe(true)
  })

  it('gives a tag accepted by one reviewer and rejected by another as contested', () => {
    const outcome = outcomeOf(outcomes, 's0-tag-06')
    expect(outcome.state).toBe('contested')
    expect(isPublishable(outcome)).toBe(false)
    expect(reviewLine(outcome)).toBe(
      'Accepted by Ana Ruiz; Rejected by Cara Díaz (“Too broad.”); contested',
    )
  })

  it('counts only the latest verdict of each reviewer', () => {
    const later: Review = {
      ...reviews[0]!,
      id: 'review-0099',
      verdict: 'accept',
      text: '',
      created: '2025-11-19T10:00:00.000Z',
      modified: '2025-11-19T10:00:00.000Z',
    }
    const changed = outcomeOf(reviewOutcomes(annotations, [...reviews, later]), 's0-tag-02')
    expect(changed.state).toBe('contested')
    expect(changed.acceptedBy.map((entry) => entry.reviewer)).toEqual([CARA])
    expect(changed.rejectedBy.map((entry) => entry.reviewer)).toEqual([ANA])
  })

  it('leaves a tag nobody reviewed unreviewed, with an empty line', () => {
    const outcome = outcomeOf(outcomes, 's0-tag-01')
    expect(outcome.state).toBe('unreviewed')
    expect(reviewLine(outcome)).toBe('')
  })

  it('reads the reviews the same number of times however many tags there are', () => {
    const readsWith = (tags: typeof annotations) => {
      let reads = 0
      const counted = reviews.map(
        (review) =>
          new Proxy(review, {
            get(target, key, receiver) {
              if (key === 'annotationId') reads += 1
              return Reflect.get(target, key, receiver) as unknown
            },
          }),
      )
      reviewOutcomes(tags, counted)
      return reads
    }
    const many = Array.from({ length: 2000 }, (_, index) => ({
      ...annotations[0]!,
      id: `extra-tag-${index}`,
    }))
    expect(readsWith([...annotations, ...many])).toBe(readsWith(annotations))
  })
})
