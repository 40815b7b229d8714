// How long the story analysis (analyzeStory: quotations, speakers, figures, roles, suggestions)
// takes on 20, 50, 100 and 200 articles, and how its time grows with the number of articles.
// The articles are the labelled story fixtures' real texts, taken event by event and outlet by
// outlet in turn; once all are used, they come again with their paragraphs rotated, so that no
// two articles are the same text. Reports figures; never fails on one.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readArticle } from './story-eval/load-event'
import { analyzeStory } from '../shared/story/story-analysis'
import type { StoryArticle } from '../shared/story/story-article'

const STORIES = 'test/fixtures/stories'
const SIZES = [20, 50, 100, 200]
const RUNS = 3

/** Every fixture article's raw text, grouped by event, in name order. */
function fixtureTexts(): string[][] {
  return readdirSync(STORIES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((event) =>
      readdirSync(join(STORIES, event))
        .filter((file) => file.endsWith('.txt'))
        .sort()
        .map((file) => readFileSync(join(STORIES, event, file), 'utf8')),
    )
    .filter((texts) => texts.length > 0)
}

/** The `count`th article: events in turn, then outlets; rotated paragraphs on later rounds. */
function syntheticArticles(events: readonly string[][], count: number): StoryArticle[] {
  const order: string[] = []
  const widest = Math.max(...events.map((texts) => texts.length))
  for (let outlet = 0; outlet < widest; outlet += 1) {
    for (const texts of events) if (texts[outlet] !== undefined) order.push(texts[outlet] as string)
  }
  return Array.from({ length: count }, (_, index) => {
    const raw = order[index % order.length] as string
    const round = Math.floor(index / order.length)
    const paragraphs = raw.split('\n')
    const shift = round % Math.max(1, paragraphs.length)
    const text = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)].join('\n')
    return { ...readArticle(`article-${index}.txt`, text).article, id: `article-${index}` }
  })
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) gc()
}

/** Median wall-clock and CPU milliseconds of `work` over {@link RUNS} runs. */
function measure(work: () => void): { wall: number; cpu: number } {
  const walls: number[] = []
  const cpus: number[] = []
  for (let run = 0; run < RUNS; run += 1) {
    collectGarbage()
    const cpuBefore = process.cpuUsage()
    const started = performance.now()
    work()
    walls.push(performance.now() - started)
    const used = process.cpuUsage(cpuBefore)
    cpus.push((used.user + used.system) / 1000)
  }
  return { wall: median(walls), cpu: median(cpus) }
}

/** Median wall-clock milliseconds of `work` over {@link RUNS} runs. */
function time(work: () => void): number {
  return measure(work).wall
}

const events = fixtureTexts()
const available = events.reduce((sum, texts) => sum + texts.length, 0)
console.log(`articles: ${available} fixture articles of ${events.length} events, cycled`)

const baseline = time(() => {
  spawnSync(process.execPath, ['-e', '0'])
})
console.log(`baseline: node -e 0 takes ${baseline.toFixed(0)} ms (median of ${RUNS})`)

analyzeStory(syntheticArticles(events, 10)) // warm up
const results = new Map<number, number>()
const cpuResults = new Map<number, number>()
for (const size of SIZES) {
  let articles: StoryArticle[] = []
  const reading = time(() => {
    articles = syntheticArticles(events, size)
  })
  let summary = ''
  const analysis = measure(() => {
    const story = analyzeStory(articles)
    summary = `${story.quotes.length} quote groups, ${story.numbers.length} figure topics, ${story.suggestions.length} suggestions`
  })
  results.set(size, analysis.wall)
  cpuResults.set(size, analysis.cpu)
  const characters = articles.reduce((sum, article) => sum + article.text.length, 0)
  console.log(
    `story of ${String(size).padStart(3)} articles: ${analysis.wall.toFixed(0).padStart(6)} ms analysis (${analysis.cpu.toFixed(0)} ms CPU) + ${reading.toFixed(0)} ms reading (${(characters / 1000).toFixed(0)}k chars; ${summary}; median of ${RUNS})`,
  )
}
const first = SIZES[0] as number
const last = SIZES.at(-1) as number
const growth = (times: ReadonlyMap<number, number>) =>
  (Math.log((times.get(last) ?? NaN) / (times.get(first) ?? NaN)) / Math.log(last / first)).toFixed(
    2,
  )
console.log(
  `growth from ${first} to ${last} articles: time ∝ n^${growth(results)} (CPU time: n^${growth(cpuResults)}; 1.00 is linear, 2.00 quadratic)`,
)
console.log(
  "CPU time is the process's own and changes less than wall time when other work shares the machine.",
)
