import { formatFigure } from '../../shared/story/figure-value'
import { analyzeStory, type StoryAnalysis } from '../../shared/story/story-analysis'
import { storyJson } from '../../shared/story/story-json'
import { storyInput } from '../core/story/story-input'
import type { LibraryStore } from '../core/store/library-store'
import type { CliIo } from './cli-io'
import { UsageError } from './usage-error'

/** Letters that stand for the story's articles in the table: A, B, C… then A2, B2… */
function letterOf(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26))
  return index < 26 ? letter : `${letter}${Math.floor(index / 26) + 1}`
}

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text
}

/** The story as a readable table: articles by letter, then quotes and numbers. */
export function storyTable(analysis: StoryAnalysis): string {
  const letters = new Map(analysis.articles.map((article, index) => [article.id, letterOf(index)]))
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
      lines.push(
        `    ${(letters.get(occurrence.articleId) ?? '?').padEnd(3)}${speaker} ${cut(occurrence.text, 80)}`,
      )
    }
  }
  lines.push('', `Numbers (${analysis.numbers.length})`)
  for (const topic of analysis.numbers) {
    lines.push(`  ${topic.about}${topic.conflict ? '  CONFLICT' : ''}`)
    for (const value of topic.values) {
      const against = value.conflictsWith.map((id) => letters.get(id) ?? id).join(', ')
      lines.push(
        `    ${(letters.get(value.articleId) ?? '?').padEnd(3)}${formatFigure(value.value).padEnd(16)} ${cut(value.text, 50).padEnd(52)}${against ? `conflicts with ${against}` : ''}`.trimEnd(),
      )
    }
  }
  return `${lines.join('\n')}\n`
}

/**
 * `factmark story <id> <id>... [--json]`: how the articles told the same story — every quotation
 * aligned with its versions in the others (with the speaker each gives), and every figure compared
 * topic by topic with conflicts flagged; as a table, or as JSON of the shape `storyJson` makes.
 */
export async function storyCommand(
  store: LibraryStore,
  positionals: readonly string[],
  options: { json: boolean },
  io: CliIo,
): Promise<number> {
  if (positionals.length < 2) throw new UsageError('story takes two or more article ids')
  if (new Set(positionals).size !== positionals.length) {
    throw new UsageError('story takes each article id once')
  }
  const { articles } = await storyInput(store, positionals, null)
  const analysis = analyzeStory(articles)
  io.stdout(
    options.json ? `${JSON.stringify(storyJson(analysis), null, 2)}\n` : storyTable(analysis),
  )
  return 0
}
