import { describe } from '../anchoring/describe'
import type { RoleFinding } from './roles'
import { stableId } from './stable-id'
import type { StoryArticle } from './story-article'
import type { TagSuggestion } from './tag-suggestions'

const HTTP = /^https?:\/\/[^\s<>"]+$/i

function overlaps(span: { start: number; end: number }, other: { start: number; end: number }) {
  return span.start < other.end && other.start < span.end
}

/**
 * "Disputed" suggestions for role conflicts: one on the sentence of each odd value (a former
 * holder called current, a minority's holder of an office, a changed given name), with the
 * articles holding the other values as sources and their web addresses as evidence. Ids are
 * unique per occurrence (the offset is part of them) and stable for the same article text.
 * Nothing is proposed over a span in `tagged`.
 */
export function suggestRoleDisputes(
  findings: readonly RoleFinding[],
  articles: readonly StoryArticle[],
  tagged: ReadonlyMap<string, readonly { start: number; end: number }[]> = new Map(),
): TagSuggestion[] {
  const byId = new Map(articles.map((article) => [article.id, article]))
  const suggestions: TagSuggestion[] = []
  const seen = new Set<string>()
  for (const finding of findings) {
    if (!finding.conflict) continue
    for (const odd of finding.odd) {
      const article = byId.get(odd.articleId)
      const sentence = article?.sentences.find(
        (span) => span.start <= odd.start && odd.start < span.end,
      )
      if (!article || !sentence) continue
      if ((tagged.get(article.id) ?? []).some((span) => overlaps(span, sentence))) continue
      const key = `${article.id}:${sentence.start}`
      if (seen.has(key)) continue
      seen.add(key)
      const others = [
        ...new Set(
          finding.values
            .filter((value) => value.articleId !== article.id && !finding.odd.includes(value))
            .map((value) => value.articleId),
        ),
      ]
        .map((id) => byId.get(id))
        .filter((other) => other !== undefined)
      const passages = finding.values
        .filter((value) => value.articleId !== article.id && !finding.odd.includes(value))
        .map(
          (value) =>
            `“${byId.get(value.articleId)?.title ?? value.articleId}” writes “${value.text}”`,
        )
      const text = article.text.slice(sentence.start, sentence.end)
      suggestions.push({
        id: `disputed-${stableId(`${article.id}:role:${sentence.start}:${text}`)}`,
        articleId: article.id,
        kind: 'disputed',
        target: describe(article.text, sentence.start, sentence.end),
        reason: `Other articles disagree on a role. This article writes “${odd.text}”; ${passages.join('; ')}. ${finding.reason}`,
        evidence: others.map((other) => other.url.trim()).filter((url) => HTTP.test(url)),
        sources: others.map((other) => ({ articleId: other.id, title: other.title })),
      })
    }
  }
  return suggestions
}
