import { FactmarkError } from '../../shared/ipc/result'
import { formatFigure } from '../../shared/story/figure-value'
import { differsFrom, type TopicValue } from '../../shared/story/number-topics'
import type { StoryAnalysis } from '../../shared/story/story-analysis'
import { storyJson } from '../../shared/story/story-json'
import type { StoryView } from '../../shared/story/story-view'
import type { TagSuggestion } from '../../shared/story/tag-suggestions'
import { createStoryService, type StoryService } from '../core/story/story-service'
import { StoryStore } from '../core/story/story-store'
import type { LibraryStore } from '../core/store/library-store'
import { loginName, openSettings } from './acting-editor'
import type { CliIo } from './cli-io'
import { UsageError } from './usage-error'

/** Letters that stand for the story's articles in the table: A, B, C… then A2, B2… */
function letterOf(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26))
  return index < 26 ? letter : `${letter}${Math.floor(index / 26) + 1}`
}

function cut(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ')
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat
}

/**
 * The story as a readable table: articles by letter, then quotes, numbers, roles and the
 * suggested tags (with the ids `story accept` and `story dismiss` take).
 */
/**
 * What a figure's line says of the others: "conflicts with B" for those that surely contradict
 * it, "differs from C" for values that may be another counter's or another moment's.
 */
function against(value: TopicValue, letters: ReadonlyMap<string, string>): string {
  const name = (ids: readonly string[]) => ids.map((id) => letters.get(id) ?? id).join(', ')
  const differs = differsFrom(value)
  return [
    value.disputedBy.length > 0 ? `conflicts with ${name(value.disputedBy)}` : '',
    differs.length > 0 ? `differs from ${name(differs)}` : '',
  ]
    .filter(Boolean)
    .join('; ')
}

export function storyTable(analysis: StoryAnalysis): string {
  const letters = new Map(analysis.articles.map((article, index) => [article.id, letterOf(index)]))
  const letter = (id: string) => (letters.get(id) ?? '?').padEnd(3)
  const lines: string[] = [`Story of ${analysis.articles.length} articles`]
  analysis.articles.forEach((article, index) => {
    const outlet = article.outlet ? ` (${article.outlet})` : ''
    lines.push(`  ${letterOf(index).padEnd(3)}${article.id}  ${cut(article.title, 70)}${outlet}`)
  })
  lines.push('', `Quotes (${analysis.quotes.length})`)
  for (const cluster of analysis.quotes) {
    lines.push(`  “${cut(cluster.text, 90)}” — ${cluster.articleCount} article(s)`)
    for (const occurrence of cluster.occurrences) {
      const speaker = (occurrence.speaker ?? '(no speaker)').padEnd(20)
      lines.push(`    ${letter(occurrence.articleId)}${speaker} ${cut(occurrence.text, 80)}`)
    }
  }
  lines.push('', `Numbers (${analysis.numbers.length})`)
  for (const topic of analysis.numbers) {
    lines.push(`  ${topic.about}${topic.conflict ? '  CONFLICT' : ''}`)
    for (const value of topic.values) {
      lines.push(
        `    ${letter(value.articleId)}${formatFigure(value.value).padEnd(16)} ${cut(value.text, 50).padEnd(52)}${against(value, letters)}`.trimEnd(),
      )
    }
  }
  const roles = storyJson(analysis).roles
  lines.push('', `Roles (${roles.length})`)
  for (const role of roles) {
    lines.push(`  ${role.person}${role.conflict ? '  CONFLICT' : ''}`)
    for (const value of role.values) {
      lines.push(
        `    ${letter(value.articleId)}${cut(value.role, 30).padEnd(31)} ${cut(value.text, 70)}`,
      )
    }
  }
  lines.push('', `Suggestions (${analysis.suggestions.length})`)
  for (const suggestion of analysis.suggestions) {
    const speaker = suggestion.speaker ? ` (${suggestion.speaker})` : ''
    lines.push(
      `  ${suggestion.id}  ${letter(suggestion.articleId)}${suggestion.kind}${speaker}: ${cut(suggestion.target.quote.exact, 90)}`,
    )
    lines.push(`      ${cut(suggestion.reason, 110)}`)
  }
  return `${lines.join('\n')}\n`
}

function checkIds(ids: readonly string[], command: string): void {
  if (ids.length < 2) throw new UsageError(`${command} takes two or more article ids`)
  if (new Set(ids).size !== ids.length)
    throw new UsageError(`${command} takes each article id once`)
}

/** A suggestion found in a story's view, with the story's articles. */
interface Found {
  articleIds: readonly string[]
  view: StoryView
  suggestion: TagSuggestion
}

/** The suggestion `id` of the view of `articleIds`, or a not-found error saying why it is not. */
async function suggestionOf(
  service: StoryService,
  articleIds: readonly string[],
  id: string,
): Promise<Found> {
  const saved = await service.find(articleIds)
  const view = await service.view(articleIds, saved?.id ?? null)
  const suggestion = view.suggestions.find((candidate) => candidate.id === id)
  if (suggestion) return { articleIds, view, suggestion }
  const dismissed = saved?.dismissed.some((key) => key.endsWith(`:${id}`)) ?? false
  throw new FactmarkError(
    'not-found',
    dismissed
      ? `Suggestion ${id} was dismissed in story ${saved?.id}.`
      : `No suggestion ${id} in the story of these articles: it may have been accepted, or the articles or their tags changed. Run factmark story with the same ids to list the current ones.`,
  )
}

/** The suggestion `id` in the view of one of the library's saved stories, newest first. */
async function suggestionInSaved(
  service: StoryService,
  dataDir: string,
  id: string,
): Promise<Found> {
  for (const story of (await StoryStore.open(dataDir)).list()) {
    const view = await service.view(story.articleIds, story.id)
    const suggestion = view.suggestions.find((candidate) => candidate.id === id)
    if (suggestion) return { articleIds: story.articleIds, view, suggestion }
  }
  throw new FactmarkError(
    'not-found',
    `No saved story has a suggestion ${id}: give the story's article ids after it (story accept|dismiss ${id} <id> <id>...).`,
  )
}

/**
 * `factmark story <id> <id>... [--json]`: how the articles told the same story — every quotation
 * aligned with its versions in the others (with the speaker each gives), every figure compared
 * topic by topic with conflicts flagged, the roles the articles give people, and the suggested
 * tags — as a table, or as JSON of the shape `storyJson` makes. It is the story screen's view:
 * the library's editor's tagged sentences get no suggestion, and when a saved story has exactly
 * these articles, the suggestions dismissed in it are left out.
 *
 * `factmark story accept <suggestion-id> [<id> <id>...]` turns a suggestion into a tag by the
 * library's editor, as the screen's Accept does; prints the tag's id.
 * `factmark story dismiss <suggestion-id> [<id> <id>...]` dismisses it for good, remembered in
 * the saved story of these articles (saved first, named after the first article, if there is
 * none). Without article ids, the suggestion is looked for in the saved stories.
 */
export async function storyCommand(
  store: LibraryStore,
  positionals: readonly string[],
  options: { json: boolean },
  io: CliIo,
): Promise<number> {
  const [first = '', suggestionId = '', ...rest] = positionals
  const action = first === 'accept' || first === 'dismiss' ? first : null
  const articleIds = action ? rest : positionals
  if (action && !suggestionId) throw new UsageError(`story ${action} takes a suggestion id`)
  if (!action || articleIds.length > 0) checkIds(articleIds, action ? `story ${action}` : 'story')
  const settings = await openSettings(store.dataDir, loginName())
  const service = createStoryService(store, settings)
  const find = () =>
    articleIds.length > 0
      ? suggestionOf(service, articleIds, suggestionId)
      : suggestionInSaved(service, store.dataDir, suggestionId)
  if (action === 'accept') {
    const found = await find()
    const tag = await service.accept(found.articleIds, found.suggestion.articleId, suggestionId)
    io.stdout(options.json ? `${JSON.stringify(tag, null, 2)}\n` : `${tag.id}\n`)
    return 0
  }
  if (action === 'dismiss') {
    const { articleIds: ids, view, suggestion } = await find()
    const story =
      view.story ??
      (await service.save({
        id: null,
        name: cut(view.articles[0]?.title || 'Story', 80),
        articleIds: [...ids],
      }))
    await service.dismiss(story.id, suggestion.articleId, suggestion.id)
    io.stdout(`Dismissed ${suggestion.id} (remembered in story ${story.id}, “${story.name}”).\n`)
    return 0
  }
  const saved = await service.find(articleIds)
  const view = await service.view(articleIds, saved?.id ?? null)
  io.stdout(options.json ? `${JSON.stringify(storyJson(view), null, 2)}\n` : storyTable(view))
  return 0
}
