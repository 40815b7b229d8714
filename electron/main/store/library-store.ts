import { Low } from 'lowdb'
import { Node } from 'prosemirror-model'
import { mkdir, readdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { articleSchema as editorSchema } from '../../../shared/editor/schema'
import type { ArticleDraft } from '../../../shared/import/plain-text'
import type { Notice } from '../../../shared/ipc/contract'
import { FactmarkError } from '../../../shared/ipc/result'
import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import type { Article, ArticleMeta, ArticleMetaEdit } from '../../../shared/model/article'
import type { DocNodeJson } from '../../../shared/model/doc-json'
import {
  annotationListSchema,
  emptyLibrary,
  migrateArticleFile,
  migrateLibraryFile,
  MAX_TAGS_PER_ARTICLE,
  STORE_VERSION,
  type ArticleFile,
  type LibraryFile,
} from '../../../shared/model/store-files'
import { articleSentences } from '../../../shared/text/article-sentences'
import { articleText } from '../../../shared/text/article-text'
import { articleIdFor, textHash } from '../../../shared/text/hash'
import { CorruptFileError, JsonFileAdapter } from './json-file'

const LIBRARY_FILE = 'library.json'
const ARTICLES_FOLDER = 'articles'

function timestampForFileName(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

function compareArticles(a: ArticleMeta, b: ArticleMeta): number {
  const byDate = (b.published ?? '').localeCompare(a.published ?? '')
  return byDate !== 0 ? byDate : a.title.localeCompare(b.title)
}

function checkedDoc(body: DocNodeJson): Node {
  try {
    const doc = Node.fromJSON(editorSchema, body)
    doc.check()
    return doc
  } catch (error) {
    throw new FactmarkError(
      'invalid-argument',
      `The article body is not valid: ${(error as Error).message}`,
    )
  }
}

/**
 * The library on disk: a small index (`library.json`) plus one JSON document per article
 * (`articles/<id>.json`), each behind its own lowdb instance, so that saving one article costs the
 * same whatever the library's size. Damaged files are moved aside, never overwritten.
 */
export class LibraryStore {
  private readonly articles = new Map<string, Low<ArticleFile>>()
  private readonly pendingNotices: Notice[] = []

  private constructor(
    readonly dataDir: string,
    private readonly index: Low<LibraryFile>,
  ) {}

  /** Opens (creating if needed) the library in `dataDir`, recovering from a damaged index. */
  static async open(dataDir: string): Promise<LibraryStore> {
    await mkdir(join(dataDir, ARTICLES_FOLDER), { recursive: true })
    const adapter = new JsonFileAdapter(join(dataDir, LIBRARY_FILE), migrateLibraryFile)
    const store = new LibraryStore(dataDir, new Low(adapter, emptyLibrary()))
    try {
      await store.index.read()
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error
      const aside = await store.quarantine(adapter.path)
      store.index.data = await store.rebuildIndex()
      await store.index.write()
      store.pendingNotices.push({
        level: 'warning',
        message: `The library index was damaged and has been rebuilt from ${store.index.data.articles.length} article files. The damaged copy was kept as ${aside}.`,
      })
    }
    return store
  }

  /** Messages for the editor gathered while opening (recoveries); each is returned once. */
  takeNotices(): Notice[] {
    return this.pendingNotices.splice(0)
  }

  /** Whether the sample articles have been put in this library already. */
  get seeded(): boolean {
    return this.index.data.seeded
  }

  /** Records that the sample articles have been put in this library. */
  async markSeeded(): Promise<void> {
    this.index.data = { ...this.index.data, seeded: true }
    await this.index.write()
  }

  /** Every article's metadata, newest publication first, then by title. */
  list(): ArticleMeta[] {
    return [...this.index.data.articles].sort(compareArticles)
  }

  /** The metadata of one article, or a not-found error. */
  meta(id: string): ArticleMeta {
    const meta = this.index.data.articles.find((article) => article.id === id)
    if (!meta) throw new FactmarkError('not-found', `No article with id ${id} is in the library.`)
    return meta
  }

  /** One article in full, read from its own file. */
  async get(id: string): Promise<Article> {
    this.meta(id)
    const file = await this.articleDb(id)
    return file.data.article
  }

  /** Adds a parsed article; refuses one whose text is already in the library. */
  async add(draft: ArticleDraft, sourceName: string): Promise<ArticleMeta> {
    let doc: Node
    try {
      doc = Node.fromJSON(editorSchema, draft.body)
      doc.check()
    } catch (error) {
      throw new FactmarkError(
        'invalid-argument',
        `The article body is not valid: ${(error as Error).message}`,
      )
    }
    const text = articleText(doc)
    const id = articleIdFor(text)
    const existing = this.index.data.articles.find((article) => article.id === id)
    if (existing) {
      throw new FactmarkError(
        'duplicate',
        `This article is already in the library as “${existing.title}”.`,
      )
    }
    const now = new Date().toISOString()
    const meta: ArticleMeta = {
      id,
      title: draft.title,
      outlet: draft.outlet,
      url: draft.url,
      published: draft.published,
      language: draft.language,
      sourceName: sourceName.slice(0, 260),
      textHash: textHash(text),
      sentenceCount: articleSentences(doc).length,
      tagCount: 0,
      createdAt: now,
      updatedAt: now,
    }
    const article: Article = { ...meta, body: doc.toJSON() as Article['body'] }
    const db = new Low<ArticleFile>(this.articleAdapter(id), {
      version: STORE_VERSION,
      article,
      annotations: [],
    })
    await db.write()
    this.articles.set(id, db)
    this.index.data = { ...this.index.data, articles: [...this.index.data.articles, meta] }
    await this.index.write()
    return meta
  }

  /** Changes an article's title, outlet, url or date. */
  async updateMeta(id: string, changes: ArticleMetaEdit): Promise<ArticleMeta> {
    const current = this.meta(id)
    const updated: ArticleMeta = {
      ...current,
      ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
      updatedAt: new Date().toISOString(),
    }
    const db = await this.articleDb(id)
    db.data = { ...db.data, article: { ...db.data.article, ...updated } }
    await db.write()
    this.replaceMeta(updated)
    await this.index.write()
    return updated
  }

  /** Every editor's tags on one article. */
  async tags(id: string): Promise<Annotation[]> {
    this.meta(id)
    return (await this.articleDb(id)).data.annotations
  }

  /**
   * Saves an editor's work on one article in a single atomic write: their whole set of tags
   * (replacing their previous set, never touching other editors' tags) and, when the text was
   * edited, the new body. Refuses tags that belong to another editor or another article.
   */
  async saveWork(
    id: string,
    work: { body?: DocNodeJson | undefined; tags: Annotation[] },
    editor: EditorRef,
  ): Promise<ArticleMeta> {
    const current = this.meta(id)
    const checked = annotationListSchema.safeParse(work.tags)
    if (!checked.success) {
      const issue = checked.error.issues[0]
      throw new FactmarkError(
        'invalid-argument',
        `A tag is not valid: ${issue?.path.join('.')} ${issue?.message}`,
      )
    }
    for (const tag of work.tags) {
      if (tag.author.id !== editor.id) {
        throw new FactmarkError(
          'forbidden',
          `Tag ${tag.id} belongs to ${tag.author.name}, not to ${editor.name}.`,
        )
      }
      if (tag.articleId !== id) {
        throw new FactmarkError('invalid-argument', `Tag ${tag.id} belongs to another article.`)
      }
    }
    const db = await this.articleDb(id)
    const others = db.data.annotations.filter((tag) => tag.author.id !== editor.id)
    const taken = new Set(others.map((tag) => tag.id))
    const clash = work.tags.find((tag) => taken.has(tag.id))
    if (clash)
      throw new FactmarkError('duplicate', `Tag id ${clash.id} is already used by another editor.`)
    const annotations = [...others, ...work.tags]
    if (annotations.length > MAX_TAGS_PER_ARTICLE) {
      throw new FactmarkError(
        'too-large',
        `An article can hold at most ${MAX_TAGS_PER_ARTICLE} tags.`,
      )
    }
    let meta: ArticleMeta = {
      ...current,
      tagCount: annotations.length,
      updatedAt: new Date().toISOString(),
    }
    let body = db.data.article.body
    if (work.body) {
      const doc = checkedDoc(work.body)
      const text = articleText(doc)
      if (text.trim().length === 0) {
        throw new FactmarkError('invalid-argument', 'An article cannot be left without text.')
      }
      body = doc.toJSON() as Article['body']
      meta = { ...meta, textHash: textHash(text), sentenceCount: articleSentences(doc).length }
    }
    db.data = { ...db.data, article: { ...meta, body }, annotations }
    await db.write()
    this.replaceMeta(meta)
    await this.index.write()
    return meta
  }

  private replaceMeta(meta: ArticleMeta): void {
    this.index.data = {
      ...this.index.data,
      articles: this.index.data.articles.map((article) =>
        article.id === meta.id ? meta : article,
      ),
    }
  }

  private articleAdapter(id: string): JsonFileAdapter<ArticleFile> {
    return new JsonFileAdapter(
      join(this.dataDir, ARTICLES_FOLDER, `${id}.json`),
      migrateArticleFile,
    )
  }

  private async articleDb(id: string): Promise<Low<ArticleFile>> {
    const cached = this.articles.get(id)
    if (cached) return cached
    const adapter = this.articleAdapter(id)
    const db = new Low<ArticleFile>(adapter, null as unknown as ArticleFile)
    try {
      await db.read()
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error
      const aside = await this.quarantine(adapter.path)
      throw new FactmarkError(
        'store-failure',
        `The file of this article was damaged and has been moved aside as ${aside}. Restore it from ${adapter.path}.bak or a backup.`,
      )
    }
    if (db.data === null) {
      throw new FactmarkError(
        'not-found',
        `The file of article ${id} is missing from ${adapter.path}.`,
      )
    }
    this.articles.set(id, db)
    return db
  }

  private async quarantine(path: string): Promise<string> {
    const aside = `${path}.corrupt-${timestampForFileName(new Date())}`
    await rename(path, aside)
    return aside
  }

  private async rebuildIndex(): Promise<LibraryFile> {
    const library = emptyLibrary()
    const names = await readdir(join(this.dataDir, ARTICLES_FOLDER))
    for (const name of names.filter((entry) => /^[0-9a-f]{16}\.json$/.test(entry))) {
      try {
        const db = await this.articleDb(name.slice(0, -'.json'.length))
        const { body: _body, ...meta } = db.data.article
        library.articles.push(meta)
      } catch {
        // A damaged article file was moved aside by articleDb; the rest of the library survives.
      }
    }
    library.seeded = library.articles.length > 0
    return library
  }
}
