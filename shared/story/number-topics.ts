import { isOtherEvent } from './figure-scope'
import { compatible, isCurrency, type FigureUnit, type FigureValue } from './figure-value'
import type { Figure } from './figures'
import { ONE_ANSWER_KINDS, PROGRESS_KINDS, RUNNING_KINDS, TIMELESS_KINDS } from './quantity-kinds'

/** One article's figure on a topic. */
export interface TopicValue {
  articleId: string
  value: FigureValue
  /** The figure's words in the article ("at least 21 strikes"). */
  text: string
  /** The sentence the figure stands in (its words alone when that is not known). */
  passage: string
  start: number
  end: number
  /** The articles none of whose figures on this topic can be true together with this one. */
  conflictsWith: string[]
  /**
   * Those of `conflictsWith` whose figures surely measure the same thing as this one, in the
   * same scope, at the same time ({@link surelySame}): only these make a "disputed" suggestion.
   * The others are shown beside it, as values that may be of two counters or two moments.
   */
  disputedBy: string[]
}

/**
 * The articles a figure differs from without surely contradicting them: its `conflictsWith`
 * less its `disputedBy`. The story view and the CLI show these as values that differ, never
 * as a conflict.
 */
export function differsFrom(value: TopicValue): string[] {
  return value.conflictsWith.filter((id) => !value.disputedBy.includes(id))
}

/** What the story's articles say about one quantity, in one scope. */
export interface NumberTopic {
  /** The comparison key: what is measured, then its scope ("strike", "deaths|event 1960"). */
  topic: string
  /** What is measured, for people ("strikes", "people killed", "people killed (in 1960)"). */
  about: string
  unit: FigureUnit
  /** How many articles give a figure on it. */
  articleCount: number
  /** Every figure on it, in the order of the articles, then of the text. */
  values: TopicValue[]
  /** Whether two articles give figures that cannot both be true of the same thing. */
  conflict: boolean
}

/** The figures of one article, as {@link compareFigures} takes them. */
export interface FiguredArticle {
  id: string
  figures: readonly Figure[]
}

/** The latest year the story's figures are placed in: the story's own year, when it names one. */
function storyYear(articles: readonly FiguredArticle[]): number | undefined {
  let latest: number | undefined
  for (const article of articles) {
    for (const figure of article.figures) {
      const year = figure.scope.year
      if (year !== undefined && (latest === undefined || year > latest)) latest = year
    }
  }
  return latest
}

/**
 * The key of a figure's scope, and what it adds to the topic's label: another event (by year), a
 * headline, an earlier value, one part or place, a named source, and (for what changes over
 * time) as of when.
 */
function scopeKey(figure: Figure, year: number | undefined): { key: string; label: string } {
  const { scope } = figure
  const parts: string[] = []
  const labels: string[] = []
  if (isOtherEvent(scope, year)) {
    parts.push(`event ${scope.year}`)
    labels.push(`in ${scope.year}`)
  }
  if (scope.headline) {
    parts.push('headline')
    labels.push('in a headline')
  }
  if (scope.previous) {
    parts.push('previous')
    labels.push('earlier figure')
  }
  if (scope.forecast) {
    parts.push('forecast')
    labels.push('forecast')
  }
  if (scope.revision) {
    parts.push('revision')
    labels.push('revision')
  }
  if (scope.stage) {
    parts.push(`stage ${scope.stage}`)
    labels.push(`with ${scope.stage} counted`)
  }
  if (scope.part) {
    parts.push(`part ${scope.part}`)
    labels.push(scope.part.replace(/^place /u, 'in '))
  }
  // Tolls and crowds of one country or town ("900 in Velmar", "80,000 in Paris") are that
  // place's, not the whole event's.
  if ((RUNNING_KINDS.has(figure.kind) || figure.kind === 'crowd') && scope.place) {
    parts.push(`in ${scope.place}`)
    labels.push(`in ${scope.place}`)
  }
  // Crowds are shown per counter; other figures by different named sources are shown together
  // and only never set against each other (see differentSources).
  if (scope.source && figure.kind === 'crowd') {
    parts.push(`source ${scope.source}`)
    labels.push(`by ${scope.source}`)
  }
  // A running toll's day is compared value by value (an update is shown beside the earlier
  // figure); other counts of a given day ("yesterday's two strikes") are another quantity.
  if (!TIMELESS_KINDS.has(figure.kind) && !dayByDay(figure) && scope.asOf) {
    parts.push(`as of ${scope.asOf}`)
    labels.push(`as of ${scope.asOf}`)
  }
  return { key: parts.join('|'), label: labels.length > 0 ? ` (${labels.join(', ')})` : '' }
}

/**
 * Whether a figure may be set against other articles' figures at all: what it measures is known,
 * it is the story's own (not a headline of another story, not an earlier value), and a running
 * toll (people killed, injured, homes damaged, votes counted so far) says as of which day, since
 * a later, higher toll is an update, not a conflict; a crowd size, who counted it.
 */
function mayConflict(figure: Figure): boolean {
  if (!figure.comparable || figure.value.unit === 'date') return false
  if (figure.scope.headline || figure.scope.previous) return false
  if (RUNNING_KINDS.has(figure.kind)) {
    return figure.scope.asOf !== undefined && !figure.scope.relative
  }
  // Crowd sizes differ by who counts: compared only when both name the same counter.
  if (figure.kind === 'crowd') return figure.scope.source !== undefined
  return true
}

/**
 * Whether two counts may be of different things of a kind: both name which ("eight road workers",
 * "six construction workers") and share no word of it.
 */
function differentKinds(left: Figure, right: Figure): boolean {
  const mine = left.modifiers ?? []
  const theirs = right.modifiers ?? []
  return mine.length > 0 && theirs.length > 0 && !mine.some((word) => theirs.includes(word))
}

/**
 * Whether two figures come from different sources that the text names ("the USGS said 6.8",
 * "Turkey's AFAD said 7"): not a conflict between the articles, which report both.
 */
function differentSources(left: Figure, right: Figure): boolean {
  const mine = left.scope.source
  const theirs = right.scope.source
  return mine !== undefined && theirs !== undefined && mine !== theirs
}

/**
 * Whether two amounts of money give one number under two currency signs ("fined $100,000",
 * "fined €100,000"): a converted amount would be another number, so one sign is wrong. Any other
 * two amounts in two currencies may be one amount converted, and never conflict.
 */
function signSwapped(left: FigureValue, right: FigureValue): boolean {
  return (
    left.unit !== right.unit && left.op === '=' && right.op === '=' && left.value === right.value
  )
}

/**
 * Whether two figures that cannot both be true surely measure one quantity at one time, so that
 * one article must be wrong. A running toll or a crowd rises through the day and is counted
 * differently by each counter: only when both name the same counter and the day in their own
 * sentence (comparing them needs the same day already) is one of them wrong, else they may be
 * two counters or two moments. Other figures (a magnitude, a distance, a count of strikes) are fixed once known.
 * People counted by a role noun are surely one quantity only when both say what happened to them
 * (their `fate`; a known, different fate is another topic already).
 */
function surelySame(left: Figure, right: Figure): boolean {
  // One number under two currency signs may be a local dollar written as "$": shown, not disputed.
  if (left.value.unit !== right.value.unit) return false
  // People counted by a role noun with no word of what happened to them: who knows which count.
  if (left.fate === null || right.fate === null) return false
  // Progress given without a day is the state at the time of writing: a guess at the day.
  if (PROGRESS_KINDS.has(left.kind) && (!left.scope.asOf || !right.scope.asOf)) return false
  if (!dayByDay(left) && left.kind !== 'crowd') return true
  // A day carried from elsewhere in the article is a guess at the day, not evidence of it.
  if (left.scope.dayCarried || right.scope.dayCarried) return false
  return left.scope.source !== undefined && left.scope.source === right.scope.source
}

/** Whether a figure's values are compared day by day: a running toll, or progress. */
function dayByDay(figure: Figure): boolean {
  return RUNNING_KINDS.has(figure.kind) || PROGRESS_KINDS.has(figure.kind)
}

/** The day a running toll or progress is given as of (compared only with the same day), else ''. */
function when(figure: Figure): string {
  return dayByDay(figure) ? (figure.scope.asOf ?? '') : ''
}

/**
 * Whether two figures of a topic are of one time: the same day (or no day, for what does not
 * change); progress given without a day is of the time of writing, so of any day the others give.
 */
function sameTime(left: Figure, right: Figure): boolean {
  const mine = when(left)
  const theirs = when(right)
  return mine === theirs || (PROGRESS_KINDS.has(left.kind) && (mine === '' || theirs === ''))
}

/**
 * Groups the articles' figures by what they measure and in which scope, and flags conflicts. Two
 * figures are compared only when they measure the same quantity in the same scope (the same
 * event, part, place, source, and for what changes, the same day); a figure conflicts with
 * another article when none of that article's figures on the topic can be true with it (their
 * intervals share no number: ≥ 21 and = 11 conflict; ≥ 83 and > 80 do not; "dozens" never does).
 * An article that gives two figures on a topic that cannot both be true is counting different
 * things under one name (sectors, months, successive tolls), so its figures there are shown but
 * set against nothing; except where a topic has one answer (a rate's direction in a month), where
 * it contradicts itself and only its value no other article shares is in conflict. Topics with a
 * conflict come first, then those more articles give.
 */
export function compareFigures(articles: readonly FiguredArticle[]): NumberTopic[] {
  const year = storyYear(articles)
  const byTopic = new Map<
    string,
    {
      label: string
      entries: { figure: Figure; articleId: string; order: number; live: boolean }[]
    }
  >()
  articles.forEach((article, articleIndex) => {
    for (const figure of article.figures) {
      const scope = scopeKey(figure, year)
      const key = scope.key ? `${figure.topic}|${scope.key}` : figure.topic
      const group = byTopic.get(key) ?? { label: scope.label, entries: [] }
      group.entries.push({
        figure,
        articleId: article.id,
        order: articleIndex * 1e9 + figure.start,
        live: mayConflict(figure),
      })
      byTopic.set(key, group)
    }
  })
  const topics: (NumberTopic & { first: number })[] = []
  for (const [topic, { label, entries }] of byTopic) {
    entries.sort((left, right) => left.order - right.order)
    // Each article's live figures on the topic, grouped once (no scan of the topic per value).
    const byArticle = new Map<string, typeof entries>()
    for (const entry of entries) {
      const list = byArticle.get(entry.articleId) ?? []
      if (entry.live) list.push(entry)
      byArticle.set(entry.articleId, list)
    }
    const articleIds = [...byArticle.keys()]
    // Articles at odds with themselves on this topic count several things under one name.
    const atOdds = (left: Figure, right: Figure) =>
      sameTime(left, right) &&
      !differentKinds(left, right) &&
      !differentSources(left, right) &&
      !compatible(left.value, right.value)
    for (const [articleId, own] of byArticle) {
      if (own.some((left) => ONE_ANSWER_KINDS.has(left.figure.kind))) continue
      if (own.some((left) => own.some((right) => atOdds(left.figure, right.figure))))
        byArticle.set(articleId, [])
    }
    const values = entries.map((entry): TopicValue => {
      const { figure, articleId } = entry
      const theirsOf = (other: string) =>
        (byArticle.get(other) ?? []).filter((them) => sameTime(them.figure, figure))
      const conflictsWith = !byArticle.get(articleId)?.includes(entry)
        ? []
        : articleIds.filter((other) => {
            if (other === articleId) return false
            const theirs = theirsOf(other)
            return (
              theirs.length > 0 &&
              theirs.every((them) =>
                // Money in two currencies conflicts only as one number under two signs.
                isCurrency(them.figure.value.unit) && isCurrency(figure.value.unit)
                  ? signSwapped(figure.value, them.figure.value)
                  : !differentKinds(figure, them.figure) &&
                    !differentSources(figure, them.figure) &&
                    !compatible(figure.value, them.figure.value),
              )
            )
          })
      const disputedBy = conflictsWith.filter((other) =>
        theirsOf(other).every((them) => surelySame(figure, them.figure)),
      )
      return {
        articleId,
        value: figure.value,
        text: figure.text,
        passage: figure.passage ?? figure.text,
        start: figure.start,
        end: figure.end,
        conflictsWith,
        disputedBy,
      }
    })
    const abouts = new Map<string, number>()
    for (const { figure } of entries) abouts.set(figure.about, (abouts.get(figure.about) ?? 0) + 1)
    // The wording most articles use; on a tie, the counted noun they share ("cartels").
    const ranked = [...abouts].sort((left, right) => right[1] - left[1])
    const top = ranked[0]?.[0] ?? topic
    const about =
      ranked.length > 1 && ranked[1]?.[1] === ranked[0]?.[1] ? (top.split(' ').at(-1) ?? top) : top
    topics.push({
      topic,
      about: `${about}${label}`,
      unit: entries[0]?.figure.value.unit ?? 'count',
      articleCount: articleIds.length,
      values,
      conflict: values.some((value) => value.conflictsWith.length > 0),
      first: entries[0]?.order ?? 0,
    })
  }
  return topics
    .sort(
      (left, right) =>
        Number(right.conflict) - Number(left.conflict) ||
        right.articleCount - left.articleCount ||
        left.first - right.first,
    )
    .map(({ first: _first, ...topic }) => topic)
}
