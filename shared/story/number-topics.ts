import { compatible, type FigureUnit, type FigureValue } from './figure-value'
import type { Figure } from './figures'

/** One article's figure on a topic. */
export interface TopicValue {
  articleId: string
  value: FigureValue
  /** The figure's words in the article ("at least 21 strikes"). */
  text: string
  start: number
  end: number
  /** The articles none of whose figures on this topic can be true together with this one. */
  conflictsWith: string[]
}

/** What the story's articles say about one countable thing. */
export interface NumberTopic {
  /** The comparison key ("strike", "deaths", "%:drug trafficking through waterway"). */
  topic: string
  /** What is counted, for people ("strikes", "people killed"). */
  about: string
  unit: FigureUnit
  /** How many articles give a figure on it. */
  articleCount: number
  /** Every figure on it, in the order of the articles, then of the text. */
  values: TopicValue[]
  /** Whether two articles give figures that cannot both be true. */
  conflict: boolean
}

/** The figures of one article, as {@link compareFigures} takes them. */
export interface FiguredArticle {
  id: string
  figures: readonly Figure[]
}

/**
 * Groups the articles' figures by topic and flags conflicts. A figure conflicts with another
 * article when none of that article's figures on the same topic can be true with it (their
 * intervals share no number: ≥ 21 and = 11 conflict; ≥ 83 and > 80 do not; "dozens" and ≥ 83 do
 * not). An article's other figures on the topic are looked at too, so that one telling of both
 * the total and a part ("at least 83 died … the first strike killed 11") is not set against an
 * article that gives only the total, for its total; the part still is, and is flagged.
 * Topics with a conflict come first, then those more articles give figures on.
 */
export function compareFigures(articles: readonly FiguredArticle[]): NumberTopic[] {
  const byTopic = new Map<string, { figure: Figure; articleId: string; order: number }[]>()
  articles.forEach((article, articleIndex) => {
    for (const figure of article.figures) {
      const list = byTopic.get(figure.topic) ?? []
      list.push({ figure, articleId: article.id, order: articleIndex * 1e9 + figure.start })
      byTopic.set(figure.topic, list)
    }
  })
  const topics: (NumberTopic & { first: number })[] = []
  for (const [topic, entries] of byTopic) {
    entries.sort((left, right) => left.order - right.order)
    const articleIds = [...new Set(entries.map((entry) => entry.articleId))]
    const values = entries.map(({ figure, articleId }): TopicValue => {
      const conflictsWith = articleIds.filter(
        (other) =>
          other !== articleId &&
          entries
            .filter((entry) => entry.articleId === other)
            .every((entry) => !compatible(figure.value, entry.figure.value)),
      )
      return {
        articleId,
        value: figure.value,
        text: figure.text,
        start: figure.start,
        end: figure.end,
        conflictsWith,
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
      about,
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
