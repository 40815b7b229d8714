import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Node } from 'prosemirror-model'
import { articleSchema } from '../../shared/editor/schema'
import { findDebris, type DebrisFinding } from '../../shared/import/debris'
import { parsePlainText } from '../../shared/import/plain-text'
import { storyArticleFromDoc, type StoryArticle } from '../../shared/story/story-article'
import type { StoryTruth } from './truth'

/** One event of the corpus, read as the library reads articles. */
export interface LoadedEvent {
  name: string
  articles: StoryArticle[]
  /** Each article's debris findings, by article id. */
  debris: Map<string, DebrisFinding[]>
  truth: StoryTruth
}

/** Which events are tuned on and which are kept out of all tuning (`split.json`). */
export interface Split {
  tuned: string[]
  heldOut: string[]
}

/** The search index's own stamp at the start of an excerpt: not part of the article. */
const INDEX_STAMP = /^[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}[ \t]*/

/**
 * One article file read as the library imports plain text (`parsePlainText`), after its index
 * stamp is cut off, and made a story article as the story view makes one (`storyArticleFromDoc`:
 * the analysis skips the debris found, none being kept); its id is its file name and its title
 * its first line. `debris` is the detector's findings, with their kinds.
 */
export function readArticle(
  file: string,
  raw: string,
): { article: StoryArticle; debris: DebrisFinding[] } {
  const body = raw.replace(INDEX_STAMP, '')
  const draft = parsePlainText(body)
  const doc = Node.fromJSON(articleSchema, draft.body)
  const title = body.split('\n').find((line) => line.trim() !== '') ?? file
  const meta = { id: file, title: title.trim(), outlet: file.replace(/^[A-Z]-|\.txt$/g, '') }
  return {
    article: storyArticleFromDoc(meta, doc),
    debris: findDebris(doc),
  }
}

/** Reads `split.json` in the stories folder. */
export function readSplit(folder: string): Split {
  const split = JSON.parse(readFileSync(join(folder, 'split.json'), 'utf8')) as Partial<Split>
  if (!Array.isArray(split.tuned) || !Array.isArray(split.heldOut)) {
    throw new Error('story-eval: split.json needs "tuned" and "heldOut" lists')
  }
  return { tuned: split.tuned, heldOut: split.heldOut }
}

/** The names of the event folders (those holding a truth.json), sorted. */
export function eventNames(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .filter((entry) => readdirSync(join(folder, entry.name)).includes('truth.json'))
    .map((entry) => entry.name)
    .sort()
}

/** Reads one event folder: its articles (the `.txt` files, in name order) and its labels. */
export function loadEvent(folder: string, name: string): LoadedEvent {
  const directory = join(folder, name)
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.txt'))
    .sort()
  const articles: StoryArticle[] = []
  const debris = new Map<string, DebrisFinding[]>()
  for (const file of files) {
    const read = readArticle(file, readFileSync(join(directory, file), 'utf8'))
    articles.push(read.article)
    debris.set(file, read.debris)
  }
  const truth = JSON.parse(readFileSync(join(directory, 'truth.json'), 'utf8')) as StoryTruth
  return { name, articles, debris, truth }
}
