import { givenOf, surnameOf } from './role-names'
import { findSeatMentions, type SeatMention } from './role-seats'
import { roleValue, type RoleFinding, type RoleValue } from './role-record'

/** What {@link seatConflicts} reads about one article. */
export interface SeatInput {
  id: string
  text: string
  /** The article's seat mentions, when read already (else {@link findSeatMentions} reads them). */
  seats?: readonly SeatMention[]
}

interface Seated extends SeatMention {
  articleId: string
}

const valueOf = (found: Seated): RoleValue =>
  roleValue(found.articleId, found, `from ${found.state}`)

function count(articles: number): string {
  return articles === 1 ? 'one article' : `${articles} articles`
}

/**
 * People whom articles tie to different US states' seats ({@link findSeatMentions}): "Rep. Bo
 * Lee (R-Utah)" in one article, "Bo Lee of Idaho" in another. Mentions are grouped by surname
 * and compatible given names; an article that ties one person to two states says nothing (two
 * people of one surname, or a move) and is left out. The articles of the states fewer articles
 * give are the odd ones; on a tie none is (both passages are shown, no article is called wrong).
 * Only conflicts are returned. Linear in the mentions.
 */
export function seatConflicts(inputs: readonly SeatInput[]): RoleFinding[] {
  const groups = new Map<string, Seated[]>()
  const givensBySurname = new Map<string, string[]>()
  for (const input of inputs) {
    for (const found of input.seats ?? findSeatMentions(input.text)) {
      const surname = surnameOf(found.person)
      const given = givenOf(found.person)
      const givens = givensBySurname.get(surname) ?? []
      const known = givens.find((other) => given === '' || other === '' || other === given)
      if (known === undefined) givens.push(given)
      givensBySurname.set(surname, givens)
      const key = `${surname}|${known ?? given}`
      groups.set(key, [...(groups.get(key) ?? []), { ...found, articleId: input.id }])
    }
  }
  const conflicts: RoleFinding[] = []
  for (const group of groups.values()) {
    // Each article's first mention per state; articles naming two states are left out.
    const byArticle = new Map<string, Map<string, Seated>>()
    for (const found of group) {
      const states = byArticle.get(found.articleId) ?? new Map<string, Seated>()
      if (!states.has(found.state)) states.set(found.state, found)
      byArticle.set(found.articleId, states)
    }
    const byState = new Map<string, Seated[]>()
    for (const states of byArticle.values()) {
      if (states.size !== 1) continue
      for (const [state, found] of states)
        byState.set(state, [...(byState.get(state) ?? []), found])
    }
    if (byState.size < 2) continue
    const ranked = [...byState].sort((left, right) => right[1].length - left[1].length)
    const [top, second] = ranked
    if (!top || !second) continue
    const tied = top[1].length === second[1].length
    const odd = tied ? [] : ranked.slice(1).flatMap(([, list]) => list.map(valueOf))
    const person = group.reduce((best, found) =>
      found.person.length > best.person.length ? found : best,
    ).person
    const told = ranked.map(([state, list]) => `from ${state} in ${count(list.length)}`)
    conflicts.push({
      person,
      conflict: true,
      values: ranked.flatMap(([, list]) => list.map(valueOf)),
      odd,
      reason: `${person}: ${told.join(', ')}.`,
    })
  }
  return conflicts
}
