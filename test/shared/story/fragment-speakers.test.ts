import { describe, expect, it } from 'vitest'
import { withFragmentSpeakers, type SpeakerVersion } from '../../../shared/story/fragment-speakers'

/** A version of a quotation in article `articleIndex`, its words split from `text`. */
function version(
  articleIndex: number,
  text: string,
  speaker: string | null = null,
  confidence: 'high' | 'low' = 'high',
  description: string | null = null,
): SpeakerVersion {
  return { articleIndex, speaker, confidence, description, words: text.toLowerCase().split(' ') }
}

/** The speaker and confidence of every version, cluster by cluster. */
function speakersOf(clusters: readonly SpeakerVersion[][]): (string | null)[][] {
  return clusters.map((versions) =>
    versions.map((item) => (item.speaker ? `${item.speaker} (${item.confidence})` : null)),
  )
}

const REMARK = 'the dam shows signs of a total collapse on its east side'

describe('withFragmentSpeakers', () => {
  it('gives a headline’s scare quote the speaker two articles surely give the remark', () => {
    const clusters = [
      [version(0, REMARK, 'Maria Okafor'), version(1, REMARK, 'Okafor')],
      [version(2, 'total collapse'), version(3, 'total collapse')],
    ]
    expect(speakersOf(withFragmentSpeakers(clusters))[1]).toEqual([
      'Maria Okafor (low)',
      'Maria Okafor (low)',
    ])
  })

  it('leaves the fragment alone when only one article names the remark’s speaker surely', () => {
    const clusters = [
      [version(0, REMARK, 'Maria Okafor'), version(1, REMARK, 'Maria Okafor', 'low')],
      [version(2, 'total collapse')],
    ]
    expect(speakersOf(withFragmentSpeakers(clusters))[1]).toEqual([null])
  })

  it('leaves alone a fragment found in the remarks of two people', () => {
    const other = 'we feared a total collapse of the levee all week'
    const clusters = [
      [version(0, REMARK, 'Maria Okafor'), version(1, REMARK, 'Maria Okafor')],
      [version(0, other, 'Tom Reyes'), version(2, other, 'Tom Reyes')],
      [version(3, 'total collapse')],
    ]
    expect(speakersOf(withFragmentSpeakers(clusters))[2]).toEqual([null])
  })

  it('keeps a speaker or description of its own, and single words, and words out of order', () => {
    const clusters = [
      [version(0, REMARK, 'Maria Okafor'), version(1, REMARK, 'Maria Okafor')],
      [
        version(2, 'total collapse', 'Dam Authority'),
        version(3, 'total collapse', null, 'low', 'an engineer'),
      ],
      [version(2, 'collapse')],
      [version(3, 'collapse total')],
    ]
    expect(speakersOf(withFragmentSpeakers(clusters)).slice(1)).toEqual([
      ['Dam Authority (high)', null],
      [null],
      [null],
    ])
  })
})
