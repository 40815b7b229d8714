import type { StoryAnalysis } from '../story/story-analysis'

/**
 * The people a claim's claimant can be picked from: the speakers the story view found for the
 * story's quotations (named ones only, not descriptions) and the people it compared roles of,
 * the ones named most often first, then by name. Each name once, compared case-insensitively.
 */
export function storyClaimants(view: Pick<StoryAnalysis, 'quotes' | 'roles'>): string[] {
  const counts = new Map<string, { name: string; count: number }>()
  const add = (name: string | null) => {
    const clean = name?.trim()
    if (!clean) return
    const key = clean.toLocaleLowerCase()
    const entry = counts.get(key)
    if (entry) entry.count += 1
    else counts.set(key, { name: clean, count: 1 })
  }
  for (const cluster of view.quotes) {
    for (const occurrence of cluster.occurrences) add(occurrence.speaker)
  }
  for (const role of view.roles) add(role.person)
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .map((entry) => entry.name)
}
