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

/** Tags on each paragraph (on its first sentences): 10,000 paragraphs carry 20,000 tags. */
export const TAGS_PER_PARAGRAPH = 2

/** The paragraphs of the seed articles, as the importer reads them. */
export async function seedParagraphs(): Promise<string[]> {
  const folder = join(ROOT, 'seeds')
  const names = (await readdir(folder)).filter((name) => name.endsWith('.txt')).sort()
  const paragraphs: string[] = []
  for (const name of names) {
    const draft = parsePlainText(await readFile(join(folder, name), 'utf8'))
    for (const block of draft.body.content ?? []) {
      const text = block.content?.[0]?.text
      // Two sentences at least: each paragraph carries two tags, one on each of its first two.
      if (block.type === 'paragraph' && text && splitSentences(text).length >= TAGS_PER_PARAGRAPH) {
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

/** A tag as a plain ProseMirror editor draws it: positions in the flat document, kind, id. */
export type PlainDecoration = [from: number, to: number, kind: string, id: string]

/**
 * {@link TAGS_PER_PARAGRAPH} tags per paragraph on its first sentences, kinds cycling quote,
 * claim, disputed, context; and the same tags as decorations of the flat document.
 */
function benchTags(doc: Node, articleId: string) {
  const text = articleText(doc)
  const now = new Date().toISOString()
  const tags: Annotation[] = []
  const decorations: PlainDecoration[] = []
  textBlocks(doc).forEach((block, index) => {
    if (doc.child(index).type.name !== 'paragraph') return
    for (const sentence of splitSentences(block.text).slice(0, TAGS_PER_PARAGRAPH)) {
      const kind = TAG_KINDS[tags.length % TAG_KINDS.length] ?? 'claim'
      const id = randomUUID()
      tags.push({
        id,
        articleId,
        author: EDITOR,
        kind,
        target: describe(text, block.start + sentence.start, block.start + sentence.end),
        note: '',
        created: now,
        modified: now,
      })
      decorations.push([block.pos + sentence.start, block.pos + sentence.end, kind, id])
    }
  })
  return { tags, decorations }
}

/**
 * A fresh library folder holding the article and the bench editor's tags on it; and, for the
 * plain ProseMirror baseline, the same document and the tags as decorations.
 */
export async function prepareLibrary(seeds: string[], size: number) {
  const dataDir = await mkdtemp(join(tmpdir(), 'factmark-bench-'))
  try {
    const store = await LibraryStore.open(dataDir)
    const draft = parsePlainText(articleSource(seeds, size))
    const meta = await store.add(draft, 'bench.txt')
    const { tags, decorations } = benchTags(Node.fromJSON(articleSchema, draft.body), meta.id)
    await store.saveWork(meta.id, { tags }, EDITOR)
    await store.close()
    const plain = { doc: draft.body, decorations }
    return { dataDir, articleId: meta.id, tagCount: tags.length, plain }
  } catch (error) {
    await removeDataDir(dataDir)
    throw error
  }
}
