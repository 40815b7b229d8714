import { findRoleMentions, type RoleMention } from './role-mentions'
import { roleValue, type RoleFinding, type RoleValue } from './role-record'
import { givenOf, namesAThing, plainName, surnameOf } from './role-names'
import { seatConflicts } from './role-seat-conflicts'
import { nameRuns, withoutTitles } from './speaker-names'
import { tokenize } from './story-words'

/** A person's role as the articles give it (defined in `role-record`, re-exported for callers). */
export type { RoleComparison, RoleFinding, RoleValue } from './role-record'

/** What {@link compareRoles} reads about one article. */
export interface RoleInput {
  id: string
  text: string
  /** The article's role mentions, when read already (else {@link findRoleMentions} reads them). */
  mentions?: readonly RoleMention[]
}

/**
 * Whether a mention is told of a past time ("In 2019, President Ana Ruiz said …", "then"): a
 * title given for that time is no claim that the person holds it now.
 */
function inThePast(text: string, mention: RoleMention): boolean {
  const start = text.lastIndexOf('\n', mention.start) + 1
  const end = text.indexOf('\n', mention.end)
  const paragraph = text.slice(start, end < 0 ? text.length : end)
  const sentenceStart = Math.max(0, paragraph.lastIndexOf('. ', mention.start - start) + 1)
  const sentence = paragraph.slice(
    sentenceStart,
    paragraph.indexOf('. ', mention.end - start) + 1 || undefined,
  )
  return /\b(?:19|20)\d\d\b|\bthen\b|\bat the time\b/i.test(sentence)
}

/**
 * Whether a mention stands in a headline written in title case ("Hawaii Governor Warns Figure
 * Could Double"): there every word is capitalised, so a verb after the office reads as a name.
 */
function inTitleCase(text: string, mention: RoleMention): boolean {
  const start = text.lastIndexOf('\n', mention.start) + 1
  const end = text.indexOf('\n', mention.end)
  const line = text.slice(start, end < 0 ? text.length : end).trim()
  // A headline has no full stop; a sentence naming a person in full may be mostly capitals.
  if (/[.!?…"”'’)]$/u.test(line)) return false
  const words = line.split(/\s+/u).filter((word) => /^\p{L}{4,}/u.test(word))
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length
  return words.length >= 4 && capitalised >= words.length * 0.8
}

/** Offices one person holds at a time within a scope (two current holders cannot both be right). */
const SINGLE_HOLDER = new Set([
  'president',
  'prime minister',
  'chancellor',
  'king',
  'queen',
  'governor',
  'mayor',
  'vice president',
])

interface Mentioned extends RoleMention {
  articleId: string
}

const valueOf = (mention: Mentioned): RoleValue =>
  roleValue(mention.articleId, mention, mention.role)

/**
 * People's full names (two words or more) an article writes, with where each is first written;
 * names of events and bodies ("the French Open") are left out.
 */
function fullNames(input: RoleInput): Map<string, { name: string; start: number; end: number }> {
  const tokens = tokenize(input.text)
  const names = new Map<string, { name: string; start: number; end: number }>()
  for (const run of nameRuns(tokens, 0, tokens.length, input.text)) {
    const words = withoutTitles(run.words)
      .map((word) => word.replace(/[’']s$/u, ''))
      .filter((word) => !/^(?:former|then-\p{L}+|ex-\p{L}+)$/iu.test(word))
    if (words.length < 2 || words.length > 4) continue
    const name = words.join(' ')
    if (namesAThing(name)) continue
    const key = plainName(name)
    if (!names.has(key)) {
      names.set(key, {
        name,
        start: tokens[run.first]?.start ?? 0,
        end: tokens[run.last]?.end ?? 0,
      })
    }
  }
  return names
}

/**
 * Compares how the articles name people's roles. Mentions ({@link findRoleMentions}) are grouped
 * by person (same surname, compatible given names). A group conflicts when
 * - one article calls a person the current holder of an office others say they held before (the
 *   current claim is the odd one: "former" is a deliberate word, a stale title is the usual slip);
 * - articles name different current holders of one single-holder office with the same scope
 *   ("Mexican President A" and "Mexican President B"; the minority is odd);
 * - one article gives a person a given name that two or more others do not, and that given name
 *   belongs to another person of the story ("Javier Massa" beside "Sergio Massa" and "Javier
 *   Milei");
 * - articles tie a person to different US states' seats ("Rep. Bo Lee (R-Utah)", "Bo Lee of
 *   Idaho": {@link seatConflicts}).
 * People named with a role by one article only are listed when they conflict.
 */
export function compareRoles(inputs: readonly RoleInput[]): RoleFinding[] {
  const textOf = new Map(inputs.map((input) => [input.id, input.text]))
  const mentions: Mentioned[] = inputs.flatMap((input) =>
    (input.mentions ?? findRoleMentions(input.text)).map((found) => ({
      ...found,
      articleId: input.id,
    })),
  )
  // Group by surname, then split by given names that differ.
  const groups = new Map<string, Mentioned[]>()
  const givensBySurname = new Map<string, string[]>()
  for (const found of mentions) {
    const surname = surnameOf(found.person)
    const given = givenOf(found.person)
    const givens = givensBySurname.get(surname) ?? []
    const known = givens.find((other) => given === '' || other === '' || other === given)
    if (known === undefined) givens.push(given)
    givensBySurname.set(surname, givens)
    const key = `${surname}|${known ?? given}`
    const group = groups.get(key) ?? []
    group.push(found)
    groups.set(key, group)
  }
  const comparisons: RoleFinding[] = []
  for (const group of groups.values()) {
    const person = group.reduce((best, found) =>
      found.person.length > best.person.length ? found : best,
    ).person
    const perArticle = new Map<string, Mentioned>()
    for (const found of group)
      if (!perArticle.has(found.articleId)) perArticle.set(found.articleId, found)
    const values = [...perArticle.values()].map(valueOf)
    const comparison: RoleFinding = { person, conflict: false, values, odd: [], reason: '' }
    // A former holder called current.
    const byOffice = new Map<string, Mentioned[]>()
    for (const found of group) {
      const list = byOffice.get(found.office) ?? []
      list.push(found)
      byOffice.set(found.office, list)
    }
    for (const [office, list] of byOffice) {
      const formerArticles = new Set(list.filter((found) => found.former).map((f) => f.articleId))
      const current = list.filter(
        (found) =>
          !found.former &&
          !formerArticles.has(found.articleId) &&
          !inThePast(textOf.get(found.articleId) ?? '', found),
      )
      if (formerArticles.size > 0 && current.length > 0) {
        const odd = current
        comparison.conflict = true
        comparison.values = [
          ...list
            .filter((found) => found.former)
            .filter((f, i, all) => all.findIndex((o) => o.articleId === f.articleId) === i),
          ...odd,
        ].map(valueOf)
        comparison.odd = odd.map(valueOf)
        comparison.reason = `${person}: called the ${office} by ${odd.length === 1 ? 'one article' : `${odd.length} articles`}, a former ${office} by ${formerArticles.size === 1 ? 'another' : `${formerArticles.size} others`}.`
        break
      }
    }
    if (comparison.conflict || values.length > 1) comparisons.push(comparison)
  }
  comparisons.push(
    ...holderConflicts(mentions, textOf),
    ...nameConflicts(inputs),
    ...seatConflicts(inputs),
  )
  return comparisons.sort(
    (left, right) =>
      Number(right.conflict) - Number(left.conflict) || right.values.length - left.values.length,
  )
}

/** Different current holders of one single-holder office with the same scope (told of now). */
function holderConflicts(
  mentions: readonly Mentioned[],
  textOf: ReadonlyMap<string, string>,
): RoleFinding[] {
  const byOffice = new Map<string, Mentioned[]>()
  for (const found of mentions) {
    if (found.former || !found.scope || !SINGLE_HOLDER.has(found.office)) continue
    const text = textOf.get(found.articleId) ?? ''
    if (inThePast(text, found) || inTitleCase(text, found)) continue
    const key = `${found.scope} ${found.office}`
    byOffice.set(key, [...(byOffice.get(key) ?? []), found])
  }
  const conflicts: RoleFinding[] = []
  for (const list of byOffice.values()) {
    const articlesBySurname = new Map<string, Set<string>>()
    for (const found of list) {
      const surname = surnameOf(found.person)
      articlesBySurname.set(
        surname,
        (articlesBySurname.get(surname) ?? new Set()).add(found.articleId),
      )
    }
    if (articlesBySurname.size < 2) continue
    const ranked = [...articlesBySurname].sort((left, right) => right[1].size - left[1].size)
    const [top, second] = ranked
    if (!top || !second || top[1].size === second[1].size) continue
    const holder = new Set(
      list.find((found) => surnameOf(found.person) === top[0])?.person.split(' '),
    )
    // A name that holds the majority's whole name is the same person run into a credit.
    const odd = list.filter(
      (found) =>
        surnameOf(found.person) !== top[0] &&
        ![...holder].every((word) => found.person.split(' ').includes(word)),
    )
    if (odd.length === 0) continue
    const firstPerArticle = (found: Mentioned, index: number, all: Mentioned[]) =>
      all.findIndex(
        (other) => other.articleId === found.articleId && other.person === found.person,
      ) === index
    const majority = list
      .filter((found) => surnameOf(found.person) === top[0])
      .filter(firstPerArticle)
    const oddValues = odd.filter(firstPerArticle).map(valueOf)
    conflicts.push({
      person: odd[0]?.person ?? '',
      conflict: true,
      values: [...majority.map(valueOf), ...oddValues],
      odd: oddValues,
      reason: `${odd[0]?.role ?? ''}: ${majority[0]?.person ?? ''} in ${top[1].size} articles, ${odd[0]?.person ?? ''} in ${oddValues.length}.`,
    })
  }
  return conflicts
}

/** A given name changed by one article to another person's given name. */
function nameConflicts(inputs: readonly RoleInput[]): RoleFinding[] {
  const named = inputs.map((input) => ({ id: input.id, names: fullNames(input) }))
  // surname → given name → articles (with the first passage)
  const bySurname = new Map<
    string,
    Map<string, Map<string, { name: string; start: number; end: number }>>
  >()
  const givenNames = new Map<string, Set<string>>() // given name → surnames it goes with
  for (const { id, names } of named) {
    for (const found of names.values()) {
      const surname = surnameOf(found.name)
      const given = givenOf(found.name)
      if (!given || given === surname) continue
      const byGiven = bySurname.get(surname) ?? new Map()
      const articles = byGiven.get(given) ?? new Map()
      if (!articles.has(id)) articles.set(id, found)
      byGiven.set(given, articles)
      bySurname.set(surname, byGiven)
      givenNames.set(given, (givenNames.get(given) ?? new Set()).add(surname))
    }
  }
  const conflicts: RoleFinding[] = []
  for (const [surname, byGiven] of bySurname) {
    if (byGiven.size < 2) continue
    const ranked = [...byGiven].sort((left, right) => right[1].size - left[1].size)
    const [top] = ranked
    if (!top || top[1].size < 2) continue
    for (const [given, articles] of ranked.slice(1)) {
      const otherSurnames = [...(givenNames.get(given) ?? [])].filter((other) => other !== surname)
      const borrowed = otherSurnames.some(
        (other) => (bySurname.get(other)?.get(given)?.size ?? 0) >= 2,
      )
      if (articles.size !== 1 || !borrowed) continue
      const candidate = [...articles.values()][0]?.name ?? ''
      const topName = [...top[1].values()][0]?.name.split(' ') ?? []
      // "House Kevin McCarthy" holds the majority's whole name: a title run in, not a new name.
      if (topName.every((word) => candidate.split(' ').includes(word))) continue
      const [[oddId, oddFound]] = [...articles] as [
        [string, { name: string; start: number; end: number }],
      ]
      const majority = [...top[1]].map(([articleId, found]) => ({
        articleId,
        text: found.name,
        role: 'named',
        start: found.start,
        end: found.end,
      }))
      const odd = {
        articleId: oddId,
        text: oddFound.name,
        role: 'named',
        start: oddFound.start,
        end: oddFound.end,
      }
      const person = majority[0]?.text ?? oddFound.name
      conflicts.push({
        person,
        conflict: true,
        values: [...majority, odd],
        odd: [odd],
        reason: `${person} is named “${oddFound.name}” by one article, a given name another person of the story bears.`,
      })
    }
  }
  return conflicts
}
