import type { SpeakerConfidence } from './speaker'

/** A version of a quotation as {@link withFragmentSpeakers} reads it. */
export interface SpeakerVersion {
  /** Which article quotes it. */
  articleIndex: number
  speaker: string | null
  confidence: SpeakerConfidence
  /** The article's description of an unnamed speaker, else null. */
  description: string | null
  /** Its words, normalised as the clusters compare them. */
  words: readonly string[]
}

/** The fewest words of a fragment that takes the speaker of the remark it is cut from. */
export const MIN_FRAGMENT_WORDS = 2

/** The fewest articles that must name the remark's speaker with high confidence. */
const MIN_NAMING_ARTICLES = 2

/** The surname key of a speaker's name, as the clusters compare speakers. */
function surnameKey(name: string): string {
  return (name.split(' ').at(-1) ?? name).normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The one speaker a cluster's versions agree on, when at least two articles name them surely. */
function agreedSpeaker(versions: readonly SpeakerVersion[]): string | null {
  const named = versions.filter((version) => version.speaker !== null)
  const surnames = new Set(named.map((version) => surnameKey(version.speaker ?? '')))
  const sure = new Set(
    named.filter((version) => version.confidence === 'high').map((version) => version.articleIndex),
  )
  if (surnames.size !== 1 || sure.size < MIN_NAMING_ARTICLES) return null
  return named.reduce(
    (best, version) =>
      (version.speaker ?? '').length > best.length ? (version.speaker ?? '') : best,
    '',
  )
}

/**
 * Versions with no speaker and no description that are a fragment of a longer remark (their
 * words, at least {@link MIN_FRAGMENT_WORDS}, stand in a row inside a version of another cluster)
 * given that remark's speaker, at `low` confidence: a headline's or lede's scare quote (“total
 * collapse”) cut from a remark that two or more articles surely give to one person. A fragment
 * found in the remarks of several people is left alone. Each cluster's words are indexed once
 * and each fragment looked up by its first word, so the work grows with the words quoted.
 */
export function withFragmentSpeakers<V extends SpeakerVersion>(clusters: readonly V[][]): V[][] {
  const speakers = clusters.map(agreedSpeaker)
  const byWord = new Map<string, Set<number>>()
  clusters.forEach((versions, index) => {
    if (speakers[index] === null) return
    for (const version of versions) {
      for (const word of version.words) {
        const set = byWord.get(word) ?? new Set<number>()
        set.add(index)
        byWord.set(word, set)
      }
    }
  })
  const padded = clusters.map((versions, index) =>
    speakers[index] === null ? [] : versions.map((version) => ` ${version.words.join(' ')} `),
  )
  return clusters.map((versions, own) =>
    versions.map((version) => {
      if (version.speaker !== null || version.description !== null) return version
      if (version.words.length < MIN_FRAGMENT_WORDS) return version
      const needle = ` ${version.words.join(' ')} `
      const found = new Set<string>()
      let speaker: string | null = null
      for (const index of byWord.get(version.words[0] ?? '') ?? []) {
        if (index === own) continue
        const longer = (padded[index] ?? []).some(
          (text) => text.length > needle.length && text.includes(needle),
        )
        if (!longer) continue
        speaker = speakers[index] ?? null
        found.add(surnameKey(speaker ?? ''))
      }
      if (speaker === null || found.size !== 1) return version
      return { ...version, speaker, confidence: 'low' as const }
    }),
  )
}
