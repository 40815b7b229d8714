import { anchor } from '../../../shared/anchoring/anchor'
import type { ClaimAppearance } from '../../../shared/export/claimreview'
import { carriesFactCheck } from '../../../shared/model/fact-check'
import type { Annotation } from '../../../shared/model/annotation'
import { analyzeStory } from '../../../shared/story/story-analysis'
import type { LibraryStore } from '../store/library-store'
import { storyInput } from '../story/story-input'
import { StoryStore } from '../story/story-store'

/**
 * Where else each claim of article `articleId` appeared: for every saved story holding the
 * article, the story view's alignment of quotations across its articles (`analyzeStory`'s
 * quote clusters); a claim tag overlapping one version of a quotation appears in every other
 * article that quotes it. Only tags with a verdict are looked at; the result holds, per tag id,
 * the other articles (with a web address) in story order, each once.
 */
export async function claimAppearances(
  store: LibraryStore,
  articleId: string,
  annotations: readonly Annotation[],
): Promise<Map<string, ClaimAppearance[]>> {
  const result = new Map<string, ClaimAppearance[]>()
  const claims = annotations.filter(
    (tag) => carriesFactCheck(tag.kind) && tag.factCheck?.verdict !== undefined,
  )
  if (claims.length === 0) return result
  const stories = (await StoryStore.open(store.dataDir))
    .list()
    .filter((story) => story.articleIds.includes(articleId))
  for (const story of stories) {
    const input = await storyInput(store, story.articleIds, null)
    const own = input.articles.find((article) => article.id === articleId)
    if (!own) continue
    const spans = claims.flatMap((tag) => {
      const placed = anchor(own.text, tag.target)
      return placed.status === 'anchored' || placed.status === 'changed'
        ? [{ id: tag.id, start: placed.start, end: placed.end }]
        : []
    })
    const analysis = analyzeStory(input.articles, input.tagged)
    const byId = new Map(analysis.articles.map((article) => [article.id, article]))
    for (const cluster of analysis.quotes) {
      const mine = cluster.occurrences.filter((occurrence) => occurrence.articleId === articleId)
      if (mine.length === 0) continue
      const others = cluster.occurrences.filter((occurrence) => occurrence.articleId !== articleId)
      for (const span of spans) {
        if (
          !mine.some((occurrence) => occurrence.start < span.end && occurrence.end > span.start)
        ) {
          continue
        }
        const list = result.get(span.id) ?? []
        for (const occurrence of others) {
          const article = byId.get(occurrence.articleId)
          if (!article?.url.trim() || list.some((known) => known.url === article.url.trim())) {
            continue
          }
          list.push({
            url: article.url.trim(),
            title: article.title,
            outlet: article.outlet,
            published: store.meta(article.id).published,
          })
        }
        result.set(span.id, list)
      }
    }
  }
  return result
}
