import { Low } from 'lowdb'
import { FactmarkError } from '../../../shared/ipc/result'
import type { ArticleMeta } from '../../../shared/model/article'
import { migrateArticleFile, type ArticleFile } from '../../../shared/model/store-files'
import { metaOf } from '../../../shared/store/article-edits'
import { lostTags, lostWorkMessage } from '../../../shared/store/lost-tags'
import { ArticleSerialiser } from './article-serialiser'
import { readOrRecover, restoredMessage } from './file-recovery'
import { JsonFileAdapter } from './json-file'
import type { LibraryIndex } from './library-index'
import {
  articleKey,
  articleNotFound,
  articlePath,
  backedUpFile,
  type StoreContext,
} from './store-context'
import type { Trash } from './trash'
import { writeFailure } from './write-failure'

/** What a failed save means in the app, which keeps the change and writes it with the next. */
export const KEPT_IN_MEMORY =
  'The previous version on disk is intact; your changes are kept and the next save writes them.'

/** What a failed save means for the CLI, which exits: nothing will write the change later. */
export const NOT_SAVED =
  'The previous version on disk is intact; this change was not saved. Free some space or fix the disk, then run the command again.'

/** What {@link ArticleRepository} works with. */
export interface ArticleRepositoryParts {
  context: StoreContext
  /** The library index, told of every article file written, added or removed. */
  index: LibraryIndex
  trash: Trash
  /** Throws once the library is closing: no new change may start. */
  checkOpen: () => void
  /** Throws when no change may be made: closing, or open for reading only. */
  checkWritable?: () => void
  /**
   * What a failed save's message says happens next (default {@link KEPT_IN_MEMORY}): a program
   * that exits after one change, as the CLI does, must not promise a later save.
   */
  afterFailedSave?: string
}

/**
 * A change to one article file: its next content (the same object when nothing changes), or a
 * promise of it (the article's later changes wait for it).
 */
export type ArticleChange = (file: ArticleFile) => ArticleFile | Promise<ArticleFile>

/**
 * The article files (`articles/<id>.json`), one lowdb instance per article, loaded once and kept.
 * Every change of an article runs on that article's serial queue, one after the other; every
 * mutation goes through one transaction primitive, {@link update}, which writes the file
 * atomically and durably (through {@link JsonFileAdapter}) and puts the article's metadata in the
 * index. A write the disk refuses leaves the file as it was and the change in memory: the next
 * save of that article, or closing, writes it.
 */
export class ArticleRepository {
  private readonly loaded = new Map<string, Promise<Low<ArticleFile>>>()
  /** Per article, the tail of its chain of changes: they run one after the other. */
  private readonly chains = new Map<string, Promise<unknown>>()
  /** Articles whose last save failed: memory is ahead of the file until a save succeeds. */
  private readonly unsaved = new Set<string>()
  /** Serialises the article files, each body once per version of its text. */
  private readonly serialiser = new ArticleSerialiser()

  /** Works in `parts.context`'s library folder. */
  constructor(private readonly parts: ArticleRepositoryParts) {}

  /** Runs `change` after every earlier change of article `id` has finished. */
  serial<T>(id: string, change: () => Promise<T>): Promise<T> {
    this.parts.checkOpen()
    const run = (this.chains.get(id) ?? Promise.resolve()).then(change)
    const tail = run.catch(() => undefined)
    this.chains.set(id, tail)
    void tail.then(() => {
      if (this.chains.get(id) === tail) this.chains.delete(id)
    })
    return run
  }

  /**
   * The transaction: after every earlier change of article `id`, computes its next file from the
   * current one with `change` (which may throw to refuse it) and writes it; returns the article's
   * metadata. Returning the same file writes nothing. `afterWrite` runs once the write is done or
   * has failed (the change is then in memory all the same), before the write's error is thrown.
   */
  update(
    id: string,
    change: ArticleChange,
    afterWrite?: (file: ArticleFile) => Promise<void>,
  ): Promise<ArticleMeta> {
    this.parts.checkWritable?.()
    return this.serial(id, async () => {
      const db = await this.db(id)
      const next = await change(db.data)
      if (next === db.data) return metaOf(next.article)
      db.data = next
      const failed = await this.write(id, db).then(
        () => null,
        (error: unknown) => error,
      )
      await afterWrite?.(next)
      if (failed) throw failed
      return metaOf(next.article)
    })
  }

  /** Article `id`'s file as it is in memory, loaded (and recovered if need be) on first use. */
  async read(id: string): Promise<ArticleFile> {
    return (await this.db(id)).data
  }

  /**
   * Article `id`'s file read without keeping it in memory (for going through the whole library,
   * as the text search does); the copy in memory when there is one.
   */
  async peek(id: string): Promise<ArticleFile> {
    const kept = this.loaded.get(id)
    if (kept) return (await kept).data
    try {
      const file = await this.adapter(id).read()
      if (file) return file
    } catch {
      // Damaged or unreadable: the usual way reports it, and recovers it if it can.
    }
    return this.read(id)
  }

  /** Article `id`'s file read for the index at open, not kept in memory. */
  async readUncached(id: string): Promise<ArticleFile> {
    return (await (this.loaded.get(id) ?? this.load(id))).data
  }

  /**
   * Adds article `id`, whose file `create` makes once earlier changes of it are done; refuses
   * an article the library already holds.
   */
  add(id: string, create: () => ArticleFile): Promise<ArticleMeta> {
    this.parts.checkWritable?.()
    return this.serial(id, async () => {
      this.checkAbsent(id)
      const file = create()
      const meta = metaOf(file.article)
      const db = new Low<ArticleFile>(this.adapter(id), file)
      try {
        await this.parts.index.record(async () => {
          await db.write()
          return meta
        })
      } catch (error) {
        throw writeFailure(error, `the article “${meta.title}”`, 'It was not added.')
      }
      this.loaded.set(id, Promise.resolve(db))
      return meta
    })
  }

  /**
   * Moves article `id`'s file into the trash and the article out of the index, after writing
   * work on it that is only in memory. Returns its metadata.
   */
  remove(id: string): Promise<ArticleMeta> {
    this.parts.checkWritable?.()
    return this.serial(id, async () => {
      const { index, trash } = this.parts
      // An earlier change in the chain may have deleted it already.
      const meta = index.find(id)
      if (!meta) throw articleNotFound(id)
      if (this.unsaved.has(id)) await this.write(id, await this.db(id))
      try {
        await index.remove(id, () => trash.moveIn(id))
      } catch (error) {
        throw writeFailure(
          error,
          `the deletion of “${meta.title}” (moving it to ${trash.folder})`,
          'It is still in the library.',
        )
      }
      this.loaded.delete(id)
      return meta
    })
  }

  /**
   * Moves article `id`'s file back from the trash, exactly as it was deleted, and the article
   * into the index. Refuses when the library holds the article or its file, or the trash lacks it.
   */
  restore(id: string): Promise<ArticleMeta> {
    this.parts.checkWritable?.()
    return this.serial(id, async () => {
      const { context, index, trash } = this.parts
      this.checkAbsent(id)
      const bytes = await trash.read(id)
      if (!bytes) {
        throw new FactmarkError(
          'not-found',
          `Article ${id} is not in the library's trash (${trash.folder}).`,
        )
      }
      const adapter = this.adapter(id)
      let file: ArticleFile
      try {
        file = adapter.decode(bytes)
      } catch (error) {
        throw new FactmarkError(
          'store-failure',
          `The copy of article ${id} in the trash (${trash.pathOf(id)}) cannot be read: ${(error as Error).message}`,
        )
      }
      const inPlace = await context.fs.stat(adapter.path).then(
        () => true,
        () => false,
      )
      if (inPlace) {
        throw new FactmarkError(
          'duplicate',
          `A file for this article is already in the library (${adapter.path}); the copy in the trash was left where it is.`,
        )
      }
      const meta = metaOf(file.article)
      try {
        await index.record(async () => {
          await trash.moveOut(id)
          return meta
        })
      } catch (error) {
        throw writeFailure(
          error,
          `the restored article “${meta.title}”`,
          `It is still in the trash (${trash.pathOf(id)}).`,
        )
      }
      this.loaded.delete(id)
      return meta
    })
  }

  /**
   * Waits for every change under way, then writes the articles whose last save failed. Returns
   * the errors of the writes that failed again.
   */
  async settle(): Promise<FactmarkError[]> {
    const failures: FactmarkError[] = []
    await Promise.allSettled([...this.chains.values()])
    for (const id of [...this.unsaved]) {
      const db = await this.db(id).catch(() => null)
      if (!db) continue
      await this.write(id, db).catch((error: unknown) => {
        failures.push(error as FactmarkError)
      })
    }
    return failures
  }

  private checkAbsent(id: string): void {
    const existing = this.parts.index.find(id)
    if (existing) {
      throw new FactmarkError(
        'duplicate',
        `This article is already in the library as “${existing.title}”.`,
      )
    }
  }

  /** Writes an article file from memory and puts its metadata in the index. */
  private async write(id: string, db: Low<ArticleFile>): Promise<ArticleMeta> {
    const meta = metaOf(db.data.article)
    try {
      await this.parts.index.record(async () => {
        await db.write()
        return meta
      })
    } catch (error) {
      this.unsaved.add(id)
      throw writeFailure(
        error,
        `the article “${meta.title}”`,
        this.parts.afterFailedSave ?? KEPT_IN_MEMORY,
      )
    }
    this.unsaved.delete(id)
    return meta
  }

  private adapter(id: string): JsonFileAdapter<ArticleFile> {
    const { context } = this.parts
    return new JsonFileAdapter(
      articlePath(context.dataDir, id),
      (data) => {
        const file = migrateArticleFile(data)
        if (file.article.id !== id) {
          throw new RangeError(`it holds article ${file.article.id}, not ${id}`)
        }
        return file
      },
      // Serialised in pieces, the body once per version: a big article's save never holds the
      // main process for long.
      {
        ...backedUpFile(context, articleKey(id), `article ${id}`),
        serialize: (file) => this.serialiser.bytes(file),
      },
    )
  }

  /** The article's lowdb instance, loaded once (concurrent callers share the loading). */
  private db(id: string): Promise<Low<ArticleFile>> {
    let loading = this.loaded.get(id)
    if (!loading) {
      this.parts.checkOpen()
      loading = this.load(id)
      this.loaded.set(id, loading)
      loading.catch(() => {
        if (this.loaded.get(id) === loading) this.loaded.delete(id)
      })
    }
    return loading
  }

  private async load(id: string): Promise<Low<ArticleFile>> {
    const { context, index } = this.parts
    const adapter = this.adapter(id)
    const meta = index.find(id)
    const what = `The file of ${meta ? `the article “${meta.title}”` : `article ${id}`}`
    const loaded = await readOrRecover(adapter, articleKey(id), what, context)
    if (loaded.kind === 'missing') {
      throw new FactmarkError(
        'not-found',
        `${what} is missing from ${adapter.path}, and it has no backup that could be verified.`,
      )
    }
    if (loaded.kind === 'lost') {
      throw new FactmarkError(
        'store-failure',
        `${what} is damaged (${loaded.reason}) and none of its backups in ${context.backups.folderOf(articleKey(id))} could be verified. The damaged copy was kept as ${loaded.aside}.`,
      )
    }
    const db = new Low<ArticleFile>(adapter, loaded.data)
    if (loaded.kind === 'restored') {
      // The newest backup is the last acknowledged save; only older ones lose work, and what
      // is left of the newer versions says which tags.
      const lastSaved =
        meta && meta.updatedAt > loaded.data.article.updatedAt ? meta.updatedAt : null
      const lossy = !loaded.newest || lastSaved !== null
      const lost = lossy
        ? lostTags(
            loaded.data.annotations,
            loaded.remains.map((bytes) => bytes.toString('utf8')),
            id,
          )
        : []
      const loss = lossy
        ? ` ${lostWorkMessage(lost, loaded.modified.toISOString(), lastSaved)}`
        : ''
      context.notices.notify({
        level: lossy ? 'error' : 'warning',
        message: `${restoredMessage(what, adapter.path, loaded)}${loss}`,
      })
      // Put the restored version in place and its metadata in the index; if the disk refuses,
      // it stays in memory and the next save (or closing) writes it.
      await index
        .record(async () => {
          await adapter.writeBytes(loaded.bytes)
          return metaOf(loaded.data.article)
        })
        .catch(() => this.unsaved.add(id))
    }
    return db
  }
}
