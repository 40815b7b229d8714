import { randomUUID } from 'node:crypto'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Node } from 'prosemirror-model'
import { LibraryStore } from '../../electron/core/store/library-store'
import { describe } from '../../shared/anchoring/describe'
import { articleSchema } from '../../shared/editor/schema'
import { parsePlainText } from '../../shared/import/plain-text'
import { TAG_KINDS, type Annotation, type EditorRef } from '../../shared/model/annotation'
import { articleText, textBlocks } from '../../shared/text/article-text'
import { splitSentences } from '../../shared/text/sentences'
import { removeDataDir, ROOT } from '../../test/e2e/harness'

/** The editor who tags the bench's articles and opens them in the app. */
export const EDITOR: EditorRef = { id: 'bench-editor', name: 'Bench Editor' }

/** The paragraphs of the seed articles, as the importer reads them. */
export async function seedParagraphs(): Promise<string[]> {
  const folder = join(ROOT, 'seeds')
  const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort()
  const paragraphs: string[] = []
  for (const name of names) {
    const draft = parsePlainText(await readFile(join(folder, name), 'utf8'))
    for (const block of draft.body.content ?? []) {
      const text = block.content?.[0]?.text
      if (block.type === 'paragraph' && text && splitSentences(text).length > 0) {
        paragraphs.push(text)
      }
    }
  }
  if (paragraphs.length === 0) throw new Error('bench: no paragraphs in seeds/')
  return paragraphs
}

/**
 * An article of `size` paragraphs: the seed paragraphs over and over, each numbered at its start
 * so that every paragraph, and every first sentence (the tagged one), occurs once.
 */
function articleSource(seeds: string[], size: number): string {
  const lines = [`Editor benchmark with ${size} paragraphs`]
  for (let index = 0; index < size; index += 1) {
    lines.push(`[${index + 1}] ${seeds[index % seeds.length]}`)
  }
  return lines.join('\n\n')
}

/** One tag per paragraph on its first sentence, kinds cycling quote, claim, disputed, context. */
function benchTags(doc: Node, articleId: string): Annotation[] {
  const text = articleText(doc)
  const now = new Date().toISOString()
  const tags: Annotation[] = []
  textBlocks(doc).forEach((block, index) => {
    if (doc.child(index).type.name !== 'paragraph') return
    const first = splitSentences(block.text)[0]
    if (!first) return
    tags.push({
      id: randomUUID(),
      articleId,
      author: EDITOR,
      kind: TAG_KINDS[tags.length % TAG_KINDS.length] ?? 'claim',
      target: describe(text, block.start + first.start, block.start + first.end),
      note: '',
      created: now,
      modified: now,
    })
  })
  return tags
}

/** A fresh library folder holding the article and the bench editor's tags on it. */
export async function prepareLibrary(seeds: string[], size: number) {
  const dataDir = await mkdtemp(join(tmpdir(), 'factmark-bench-'))
  try {
    const store = await LibraryStore.open(dataDir)
    const draft = parsePlainText(articleSource(seeds, size))
    const meta = await store.add(draft, 'bench.txt')
    const tags = benchTags(Node.fromJSON(articleSchema, draft.body), meta.id)
    await store.saveWork(meta.id, { tags }, EDITOR)
    await store.close()
    return { dataDir, articleId: meta.id, tagCount: tags.length }
  } catch (error) {
    await removeDataDir(dataDir)
    throw error
  }
}
