import { Low } from 'lowdb'
import { join } from 'node:path'
import type {
  PackageArticleReport,
  PackageImportReport,
} from '../../../shared/exchange/import-report'
import {
  createPackage,
  type FactmarkPackage,
  type PackageArticleInput,
} from '../../../shared/exchange/package'
import type { ArticleDraft } from '../../../shared/import/plain-text'
import type { Notice } from '../../../shared/ipc/contract'
import { FactmarkError } from '../../../shared/ipc/result'
import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import type { Review } from '../../../shared/model/review'
import type { RecordTombstone } from '../../../shared/model/tombstone'
import type { Article, ArticleMeta, ArticleMetaEdit } from '../../../shared/model/article'
import {
  emptyLibrary,
  migrateArticleFile,
  migrateLibraryFile,
  STORE_VERSION,
  type ArticleFile,
  type LibraryFile,
} from '../../../shared/model/store-files'
import {
  checkedBody,
  checkHasText,
  metaOf,
  newArticleFile,
  withMetaEdit,
  withNewVersion,
} from '../../../shared/store/article-edits'
import { checkEditorWork, withEditorWork, type EditorWork } from '../../../shared/store/editor-work'
import {
  checkPackageImportable,
  mergePackageArticle,
  skippedArticle,
} from '../../../shared/store/package-merge'
import { editorShare } from '../../../shared/store/package-share'
import { articleIdFor } from '../../../shared/text/hash'
import { removeStaleTempFiles } from './atomic-write'
import { AuditLog } from './audit-log'
import { BackupRotation, DEFAULT_BACKUP_COUNT } from './backup-rotation'
import { CorruptFileError, JsonFileAdapter, NewerFileError } from './json-file'
import { serializeLibraryIndex } from './index-serializer'
import { LibraryIndex } from './library-index'
import { LibraryLock, type LockHolder } from './library-lock'
import { quarantineFile } from './quarantine'
import { errorCode, nodeStoreFs, type StoreFs } from './store-fs'
import { Trash } from './trash'
import { writeFailure } from './write-failure'

const LIBRARY_FILE = 'library.json'
const PENDING_MARKER = 'library.pending'
const ARTICLES_FOLDER = 'articles'
const BACKUPS_FOLDER = 'backups'
const AUDIT_FILE = 'audit.jsonl'
const ARTICLE_FILE = /^([0-9a-f]{16})\.json$/

/**
 * When the index is brought up to date after a crash, article files written up to this long
 * before the pending marker (or the restored index backup) are read again too: mtime granularity
 * and a slow fsync between an article's write and its entry in the index are covered.
 */
const RECONCILE_SLACK_MS = 60_000

const KEPT_IN_MEMORY =
  'The previous version on disk is intact; your changes are kept and the next save writes them.'

/** Options of {@link LibraryStore.open}. */
export interface LibraryStoreOptions {
  /** Which program opens the library, recorded in its lock (default: the app). */
  holder?: LockHolder
  /** How many saved versions of each file to keep in `backups/` (default 5). */
  backupCount?: number
  /** How long index changes wait before they are written (default 1 s). */
  indexDelayMs?: number
  /** The file system (tests inject faults through it). */
  fs?: StoreFs
  /**
   * Shows a notice raised after opening (an article restored from a backup, a failed backup) to
   * the editor; returns false when it could not, and the notice then waits for
   * {@link LibraryStore.takeNotices}. Without it, every notice waits.
   */
  onNotice?: (notice: Notice) => boolean
}

function formatTime(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'an unknown time' : date.toISOString()
}

function newerFileFailure(what: string, error: NewerFileError): FactmarkError {
  return new FactmarkError(
    'store-failure',
    `${what} (${error.path}) was written by a newer version of Factmark (format ${error.version}); this version reads format ${STORE_VERSION}. It was left untouched: update Factmark to open it.`,
  )
}

/** What reading a store file found. */
type Loaded<T> =
  | { kind: 'ok'; data: T }
  | { kind: 'missing' }
  | {
      kind: 'restored'
      data: T
      bytes: Buffer
      modified: Date
      damage: { reason: string; aside: string } | null
    }
  | { kind: 'lost'; reason: string; aside: string }

function restoredMessage(
  what: string,
  path: string,
  loaded: { modified: Date; damage: { reason: string; aside: string } | null },
): string {
  const when = formatTime(loaded.modified)
  return loaded.damage
    ? `${what} was damaged (${loaded.damage.reason}). It has been restored from its backup of ${when}; the damaged copy was kept as ${loaded.damage.aside}.`
    : `${what} was missing (${path}). It has been restored from its backup of ${when}.`
}

function readFailure(what: string, path: string, error: unknown): FactmarkError {
  return new FactmarkError(
    'store-failure',
    `Could not read ${what} (${path}): ${(error as Error).message}`,
  )
}

/**
 * The library on disk: a small index (`library.json`) plus one JSON document per article
 * (`articles/<id>.json`), each behind its own lowdb instance, so that saving one article costs
 * the same whatever the library's size. One program at a time holds it (`library.lock`); every
 * save is atomic and durable and keeps the last versions of the file, checksummed, in `backups/`.
 * A damaged file is moved aside (never overwritten) and restored from its newest backup that
 * verifies, and the editor is told.
 */
export class LibraryStore {
  private readonly articles = new Map<string, Promise<Low<ArticleFile>>>()
  /** Per article, the tail of its chain of changes: they run one after the other. */
  private readonly chains = new Map<string, Promise<unknown>>()
  /** Articles whose last save failed: memory is ahead of the file until a save succeeds. */
  private readonly unsaved = new Set<string>()
  private readonly pendingNotices: Notice[] = []
  private readonly warned = new Set<string>()
  private readonly backups: BackupRotation
  private readonly audit: AuditLog
  private readonly trash: Trash
  private index!: LibraryIndex
  private closing: Promise<void> | null = null

  private constructor(
    readonly dataDir: string,
    private readonly lock: LibraryLock,
    private readonly fs: StoreFs,
    private readonly options: LibraryStoreOptions,
  ) {
    this.backups = new BackupRotation(
      join(dataDir, BACKUPS_FOLDER),
      options.backupCount ?? DEFAULT_BACKUP_COUNT,
      fs,
    )
    this.audit = new AuditLog(join(dataDir, AUDIT_FILE))
    this.trash = new Trash(dataDir, join(dataDir, ARTICLES_FOLDER), fs)
  }

  /**
   * Opens (creating if needed) the library in `dataDir`: takes its lock (a `locked` error if
   * another program holds it), removes temp files a crash left, and loads the index, restoring
   * or rebuilding it if it is damaged or missing and bringing it up to date after a crash.
   */
  static async open(dataDir: string, options: LibraryStoreOptions = {}): Promise<LibraryStore> {
    const fs = options.fs ?? nodeStoreFs
    await fs.mkdir(join(dataDir, ARTICLES_FOLDER))
    const lock = await LibraryLock.acquire(dataDir, options.holder ?? 'app', fs)
    try {
      await removeStaleTempFiles(dataDir, fs)
      await removeStaleTempFiles(join(dataDir, ARTICLES_FOLDER), fs)
      const store = new LibraryStore(dataDir, lock, fs, options)
      await store.loadIndex()
      return store
    } catch (error) {
      await lock.release().catch(() => undefined)
      throw error
    }
  }

  /** Messages for the editor that have not been shown yet (recoveries); each is returned once. */
  takeNotices(): Notice[] {
    return this.pendingNotices.splice(0)
  }

  /** Whether the sample articles have been put in this library already. */
  get seeded(): boolean {
    return this.index.data.seeded
  }

  /** Records that the sample articles have been put in this library. */
  async markSeeded(): Promise<void> {
    this.checkOpen()
    try {
      await this.index.markSeeded()
    } catch (error) {
      throw writeFailure(error, 'the library index', 'The sample articles may be offered again.')
    }
  }

  /** Every article's metadata, newest publication first, then by title. */
  list(): ArticleMeta[] {
    return this.index.list()
  }

  /** The metadata of one article, or a not-found error. */
  meta(id: string): ArticleMeta {
    const meta = this.index.find(id)
    if (!meta) throw new FactmarkError('not-found', `No article with id ${id} is in the library.`)
    return meta
  }

  /** One article in full, read from its own file. */
  async get(id: string): Promise<Article> {
    this.meta(id)
    const file = await this.articleDb(id)
    return file.data.article
  }

  /**
   * One article in full, read from its file without keeping it in memory (for going through the
   * whole library, as the text search does); the copy in memory when there is one.
   */
  async peek(id: string): Promise<Article> {
    this.meta(id)
    const kept = this.articles.get(id)
    if (kept) return (await kept).data.article
    try {
      const file = await this.articleAdapter(id).read()
      if (file) return file.article
    } catch {
      // Damaged or unreadable: the usual way reports it, and recovers it if it can.
    }
    return this.get(id)
  }

  /**
   * Deletes an article: its file moves into the library's trash (see {@link Trash}), tags and
   * all, and it leaves the index; {@link restore} puts it back. Work on it that is only in memory
   * (a failed save) is written first. Returns its metadata.
   */
  async delete(id: string): Promise<ArticleMeta> {
    this.meta(id)
    return this.serial(id, async () => {
      // An earlier change in the chain may have deleted it already.
      const meta = this.meta(id)
      if (this.unsaved.has(id)) await this.writeArticle(id, await this.articleDb(id))
      try {
        await this.index.remove(id, () => this.trash.moveIn(id))
      } catch (error) {
        throw writeFailure(
          error,
          `the deletion of “${meta.title}” (moving it to ${this.trash.folder})`,
          'It is still in the library.',
        )
      }
      this.articles.delete(id)
      return meta
    })
  }

  /**
   * Puts an article back from the trash, exactly as it was deleted (its file is moved back), and
   * into the index. Refuses when the article is in the library (imported again since) or not in
   * the trash.
   */
  async restore(id: string): Promise<ArticleMeta> {
    this.checkOpen()
    return this.serial(id, async () => {
      const existing = this.index.find(id)
      if (existing) {
        throw new FactmarkError(
          'duplicate',
          `This article is already in the library as “${existing.title}”.`,
        )
      }
      const bytes = await this.trash.read(id)
      if (!bytes) {
        throw new FactmarkError(
          'not-found',
          `Article ${id} is not in the library's trash (${this.trash.folder}).`,
        )
      }
      const adapter = this.articleAdapter(id)
      let file: ArticleFile
      try {
        file = adapter.decode(bytes)
      } catch (error) {
        throw new FactmarkError(
          'store-failure',
          `The copy of article ${id} in the trash (${this.trash.pathOf(id)}) cannot be read: ${(error as Error).message}`,
        )
      }
      const inPlace = await this.fs.stat(adapter.path).then(
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
        await this.index.record(async () => {
          await this.trash.moveOut(id)
          return meta
        })
      } catch (error) {
        throw writeFailure(
          error,
          `the restored article “${meta.title}”`,
          `It is still in the trash (${this.trash.pathOf(id)}).`,
        )
      }
      this.articles.delete(id)
      return meta
    })
  }

  /** Adds a parsed article; refuses one whose text is already in the library. */
  async add(draft: ArticleDraft, sourceName: string): Promise<ArticleMeta> {
    this.checkOpen()
    const body = checkedBody(draft.body)
    const id = articleIdFor(body.text)
    return this.serial(id, async () => {
      const existing = this.index.find(id)
      if (existing) {
        throw new FactmarkError(
          'duplicate',
          `This article is already in the library as “${existing.title}”.`,
        )
      }
      const file = newArticleFile(id, draft, sourceName, body, new Date().toISOString())
      const meta = metaOf(file.article)
      const db = new Low<ArticleFile>(this.articleAdapter(id), file)
      try {
        await this.index.record(async () => {
          await db.write()
          return meta
        })
      } catch (error) {
        throw writeFailure(error, `the article “${meta.title}”`, 'It was not added.')
      }
      this.articles.set(id, Promise.resolve(db))
      return meta
    })
  }

  /**
   * Puts a newer version of an article in place of article `id`: its body and its metadata from
   * the draft (title, outlet, url, date, language, source file), keeping its id, its creation
   * time and every editor's tags and reviews. The tags are anchored again in the new text when the
   * article is next opened: those whose text changed are marked, those lost become orphans.
   */
  async replaceArticle(id: string, draft: ArticleDraft, sourceName: string): Promise<ArticleMeta> {
    this.meta(id)
    const body = checkedBody(draft.body)
    checkHasText(body.text)
    return this.serial(id, async () => {
      const db = await this.articleDb(id)
      db.data = withNewVersion(db.data, draft, sourceName, body, new Date().toISOString())
      return this.writeArticle(id, db)
    })
  }

  /** Changes an article's title, outlet, url or date. */
  async updateMeta(id: string, changes: ArticleMetaEdit): Promise<ArticleMeta> {
    this.meta(id)
    return this.serial(id, async () => {
      const db = await this.articleDb(id)
      db.data = withMetaEdit(db.data, changes, new Date().toISOString())
      return this.writeArticle(id, db)
    })
  }

  /** Every editor's tags on one article. */
  async tags(id: string): Promise<Annotation[]> {
    this.meta(id)
    return (await this.articleDb(id)).data.annotations
  }

  /** Every reviewer's reviews on one article. */
  async reviews(id: string): Promise<Review[]> {
    this.meta(id)
    return (await this.articleDb(id)).data.reviews
  }

  /** The tombstones of one article's deleted tags and reviews (every author's). */
  async tombstones(id: string): Promise<RecordTombstone[]> {
    this.meta(id)
    return (await this.articleDb(id)).data.tombstones
  }

  /**
   * Saves an editor's work on one article in a single atomic write: their whole set of tags
   * (replacing their previous set, never touching other editors' tags), their whole set of
   * reviews when `reviews` is given (likewise), and, when the text was edited, the new body.
   * Refuses tags and reviews that belong to another editor or another article, and verdicts on
   * the editor's own tags. Each tag or review of theirs that the save drops gets a tombstone, so
   * that the deletion travels in their packages (see `replaceOwnRecords`).
   *
   * A save the disk refuses (full, failing, read-only) rejects with a `store-failure` error and
   * leaves the file as it was, but the work stays in memory: the next save of this article (or
   * closing the library) writes it, so a retry with only newer changes loses nothing.
   */
  async saveWork(id: string, work: EditorWork, editor: EditorRef): Promise<ArticleMeta> {
    this.meta(id)
    const checked = checkEditorWork(work, id, editor)
    return this.serial(id, async () => {
      const db = await this.articleDb(id)
      db.data = withEditorWork(db.data, checked, editor, new Date().toISOString())
      return this.writeArticle(id, db)
    })
  }

  /**
   * Makes a package of `editor`'s work on the articles `ids` (every article they tagged or
   * reviewed, or deleted something on, for `'all'`): their tags and reviews, and the tombstones of
   * the tags and reviews they deleted. A not-found error for an unknown id.
   */
  async exportPackage(editor: EditorRef, ids: readonly string[] | 'all'): Promise<FactmarkPackage> {
    this.checkOpen()
    const wanted = ids === 'all' ? this.list().map((meta) => meta.id) : [...new Set(ids)]
    wanted.forEach((id) => this.meta(id))
    const articles: PackageArticleInput[] = []
    for (const id of wanted) {
      const { share, empty } = editorShare((await this.articleDb(id)).data, editor.id)
      if (ids === 'all' && empty) continue
      articles.push(share)
    }
    return createPackage(editor, articles)
  }

  /**
   * Imports another editor's package (already checked by `parsePackage`): merges the author's
   * tags and reviews into each article the library holds (see `mergeArticleWork`: only the
   * author's records change, only to newer versions, deletions only by a later tombstone), one
   * atomic write per article that changed, and one audit-log line (`audit.jsonl`) per change.
   * An article the library lacks is reported as skipped, never created. `actingEditor` is who
   * imports (their own package is refused); null for the sample review put in on first run.
   *
   * Tombstones are kept in the article file, so a later import of an older package cannot bring
   * back a tag or review that a newer package deleted, whatever the order of imports.
   */
  async importPackage(
    pkg: FactmarkPackage,
    actingEditor: EditorRef | null,
  ): Promise<PackageImportReport> {
    this.checkOpen()
    // Refuse the whole package up front, before any article changes.
    checkPackageImportable(pkg, actingEditor?.id ?? null)
    const articles: PackageArticleReport[] = []
    for (const entry of pkg.articles) {
      if (!this.index.find(entry.articleId)) {
        articles.push(skippedArticle(entry))
        continue
      }
      articles.push(
        await this.serial(entry.articleId, async () => {
          const db = await this.articleDb(entry.articleId)
          const now = new Date().toISOString()
          const merge = mergePackageArticle(db.data, entry, pkg, actingEditor, now)
          if (!merge.next) return merge.report
          db.data = merge.next
          // Memory now holds the merge: a failed write is retried by the next save or closing,
          // so the changes are logged whether or not this write succeeds.
          const written = await this.writeArticle(entry.articleId, db).then(
            () => null,
            (error: unknown) => error,
          )
          await this.audit.append(merge.audit).catch((error: unknown) => {
            throw writeFailure(
              error,
              `the audit log (${this.audit.path})`,
              'The tags were imported but these changes are not in the log.',
            )
          })
          if (written) throw written
          return merge.report
        }),
      )
    }
    return { author: pkg.author, checksum: pkg.checksum, articles }
  }

  /**
   * Waits for every save under way, writes what is still only in memory (the index, articles
   * whose last save failed) and releases the library's lock. Rejects, after releasing the lock,
   * if something could not be written. Safe to call twice; the store is unusable afterwards.
   */
  close(): Promise<void> {
    this.closing ??= this.shutDown()
    return this.closing
  }

  private async shutDown(): Promise<void> {
    const failures: FactmarkError[] = []
    try {
      await Promise.allSettled([...this.chains.values()])
      for (const id of [...this.unsaved]) {
        const db = await this.articleDb(id).catch(() => null)
        if (!db) continue
        await this.writeArticle(id, db).catch((error: unknown) => {
          failures.push(error as FactmarkError)
        })
      }
      await this.index.close().catch((error: unknown) => {
        failures.push(
          writeFailure(error, 'the library index', 'It will be rebuilt from the article files.'),
        )
      })
    } finally {
      await this.lock.release().catch((error: unknown) => {
        failures.push(
          new FactmarkError(
            'store-failure',
            `Could not release the library's lock (${this.lock.path}): ${(error as Error).message}. The next start takes it over.`,
          ),
        )
      })
    }
    if (failures[0]) throw failures[0]
  }

  private checkOpen(): void {
    if (this.closing) {
      throw new FactmarkError('store-failure', `The library at ${this.dataDir} has been closed.`)
    }
  }

  /** Runs `change` after every earlier change of article `id` has finished. */
  private serial<T>(id: string, change: () => Promise<T>): Promise<T> {
    this.checkOpen()
    const run = (this.chains.get(id) ?? Promise.resolve()).then(change)
    const tail = run.catch(() => undefined)
    this.chains.set(id, tail)
    void tail.then(() => {
      if (this.chains.get(id) === tail) this.chains.delete(id)
    })
    return run
  }

  /** Writes an article file from memory and puts its metadata in the index. */
  private async writeArticle(id: string, db: Low<ArticleFile>): Promise<ArticleMeta> {
    const meta = metaOf(db.data.article)
    try {
      await this.index.record(async () => {
        await db.write()
        return meta
      })
    } catch (error) {
      this.unsaved.add(id)
      throw writeFailure(error, `the article “${meta.title}”`, KEPT_IN_MEMORY)
    }
    this.unsaved.delete(id)
    return meta
  }

  private notify(notice: Notice): void {
    if (this.options.onNotice?.(notice)) return
    this.pendingNotices.push(notice)
  }

  /** Notifies once per session per `topic`. */
  private warnOnce(topic: string, message: string): void {
    if (this.warned.has(topic)) return
    this.warned.add(topic)
    this.notify({ level: 'warning', message })
  }

  private describeArticle(id: string): string {
    const meta = this.index.find(id)
    return meta ? `the article “${meta.title}”` : `article ${id}`
  }

  private adapterOptions(key: string, what: string) {
    return {
      fs: this.fs,
      backups: this.backups,
      backupKey: key,
      onBackupError: (error: unknown) =>
        this.warnOnce(
          'backup',
          `Factmark could not keep a backup copy of ${what} in ${this.backups.root}: ${(error as Error).message}. Your work was saved, but until this is fixed a damaged file may not be recoverable.`,
        ),
    }
  }

  private articleAdapter(id: string): JsonFileAdapter<ArticleFile> {
    return new JsonFileAdapter(
      join(this.dataDir, ARTICLES_FOLDER, `${id}.json`),
      (data) => {
        const file = migrateArticleFile(data)
        if (file.article.id !== id) {
          throw new RangeError(`it holds article ${file.article.id}, not ${id}`)
        }
        return file
      },
      this.adapterOptions(`${ARTICLES_FOLDER}/${id}`, `article ${id}`),
    )
  }

  /** The article's lowdb instance, loaded once (concurrent callers share the loading). */
  private articleDb(id: string): Promise<Low<ArticleFile>> {
    let loading = this.articles.get(id)
    if (!loading) {
      this.checkOpen()
      loading = this.loadArticle(id)
      this.articles.set(id, loading)
      loading.catch(() => {
        if (this.articles.get(id) === loading) this.articles.delete(id)
      })
    }
    return loading
  }

  private async loadArticle(id: string): Promise<Low<ArticleFile>> {
    const adapter = this.articleAdapter(id)
    const what = `The file of ${this.describeArticle(id)}`
    const loaded = await this.readOrRecover(adapter, `${ARTICLES_FOLDER}/${id}`, what)
    if (loaded.kind === 'missing') {
      throw new FactmarkError(
        'not-found',
        `${what} is missing from ${adapter.path}, and it has no backup that could be verified.`,
      )
    }
    if (loaded.kind === 'lost') {
      throw new FactmarkError(
        'store-failure',
        `${what} is damaged (${loaded.reason}) and none of its backups in ${this.backups.folderOf(`${ARTICLES_FOLDER}/${id}`)} could be verified. The damaged copy was kept as ${loaded.aside}.`,
      )
    }
    const db = new Low<ArticleFile>(adapter, loaded.data)
    if (loaded.kind === 'restored') {
      this.notify({ level: 'warning', message: restoredMessage(what, adapter.path, loaded) })
      // Put the restored version in place and its metadata in the index; if the disk refuses,
      // it stays in memory and the next save (or closing) writes it.
      await this.index
        .record(async () => {
          await adapter.writeBytes(loaded.bytes)
          return metaOf(loaded.data.article)
        })
        .catch(() => this.unsaved.add(id))
    }
    return db
  }

  /**
   * Reads a store file. If it is damaged it is moved aside, never overwritten, and its newest
   * backup that verifies (checksum, then parse) is used; a missing file also falls back to a
   * backup. Throws a `store-failure` when the file cannot be read at all, or was written by a
   * newer Factmark (then it is left untouched).
   */
  private async readOrRecover<T>(
    adapter: JsonFileAdapter<T>,
    key: string,
    what: string,
  ): Promise<Loaded<T>> {
    let damage: { reason: string; aside: string } | null = null
    try {
      const data = await adapter.read()
      if (data !== null) return { kind: 'ok', data }
    } catch (error) {
      if (error instanceof NewerFileError) throw newerFileFailure(what, error)
      if (!(error instanceof CorruptFileError)) throw readFailure(what, adapter.path, error)
      damage = { reason: error.reason, aside: await quarantineFile(adapter.path, this.fs) }
    }
    for await (const backup of this.backups.verified(key)) {
      try {
        const data = adapter.decode(backup.bytes)
        return { kind: 'restored', data, bytes: backup.bytes, modified: backup.modified, damage }
      } catch {
        // A checksum-valid backup that this version cannot read: try the one before.
      }
    }
    return damage ? { kind: 'lost', ...damage } : { kind: 'missing' }
  }

  private async loadIndex(): Promise<void> {
    const path = join(this.dataDir, LIBRARY_FILE)
    const markerPath = join(this.dataDir, PENDING_MARKER)
    const adapter = new JsonFileAdapter(path, migrateLibraryFile, {
      ...this.adapterOptions('library', 'the library index'),
      serialize: serializeLibraryIndex,
    })
    const marker = await this.fs.stat(markerPath).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') return null
      throw error
    })
    const loaded = await this.readOrRecover(adapter, 'library', 'The library index')
    const articleIds = await this.articleFileIds()
    let data: LibraryFile | null = null
    /** Article files changed since then (ms) are read again into the index; null: none. */
    let since: number | null = marker ? marker.mtimeMs - RECONCILE_SLACK_MS : null
    let rebuilt: string | null = null
    if (loaded.kind === 'ok') data = loaded.data
    if (loaded.kind === 'restored') {
      data = loaded.data
      since = loaded.modified.getTime() - RECONCILE_SLACK_MS
      this.notify({ level: 'warning', message: restoredMessage('The library index', path, loaded) })
    }
    if (loaded.kind === 'lost') {
      rebuilt = `The library index was damaged (${loaded.reason}) and none of its backups could be verified. It has been rebuilt from the article files; the damaged copy was kept as ${loaded.aside}.`
    }
    if (loaded.kind === 'missing' && articleIds.length > 0) {
      rebuilt = `The library index (${path}) was missing and had no backup. It has been rebuilt from the article files.`
    }
    if (data === null) since = -Infinity
    this.index = new LibraryIndex(new Low(adapter, data ?? emptyLibrary()), {
      markerPath,
      markerPresent: marker !== null,
      delayMs: this.options.indexDelayMs,
      fs: this.fs,
      onWriteError: (error) => this.indexWriteFailed(error),
    })
    const dropped = await this.dropTrashed(articleIds)
    if (since === null) {
      if (dropped > 0) {
        await this.index.flush().catch((error: unknown) => this.indexWriteFailed(error))
      }
      return
    }
    // A restored or rebuilt index replaces the one moved aside even if no article file changed.
    if (loaded.kind === 'restored' || loaded.kind === 'lost') this.index.replace(this.index.data)
    const read = await this.reconcile(articleIds, since)
    if (rebuilt) {
      this.index.replace({ ...this.index.data, seeded: read > 0 })
      this.notify({ level: 'warning', message: `${rebuilt} It lists ${read} articles.` })
    }
    // The library opens even if the disk refuses this write: the marker stays for next time.
    await this.index.flush().catch((error: unknown) => this.indexWriteFailed(error))
  }

  private indexWriteFailed(error: unknown): void {
    this.warnOnce(
      'index',
      writeFailure(
        error,
        'the library index',
        'Your articles are saved in their own files; the index will be brought up to date from them.',
      ).message,
    )
  }

  /**
   * Takes out of the index the articles whose file is in the trash and not in the articles
   * folder: a deletion the process did not live to write into the index, or an older index
   * restored from a backup. Returns how many.
   */
  private async dropTrashed(articleIds: readonly string[]): Promise<number> {
    const present = new Set(articleIds)
    const trashed = await this.trash.ids().catch(() => new Set<string>())
    const gone = this.index.data.articles.filter(
      (meta) => !present.has(meta.id) && trashed.has(meta.id),
    )
    for (const meta of gone) this.index.forget(meta.id)
    return gone.length
  }

  /** Ids of the article files in the articles folder. */
  private async articleFileIds(): Promise<string[]> {
    const names = await this.fs.readdir(join(this.dataDir, ARTICLES_FOLDER))
    return names.flatMap((name) => {
      const match = ARTICLE_FILE.exec(name)
      return match?.[1] ? [match[1]] : []
    })
  }

  /**
   * Reads into the index the metadata of every article file the index lacks or that changed
   * after `since` (ms; -Infinity reads all). A damaged file is recovered or, failing that, left
   * out (and reported). Returns how many files were read.
   */
  private async reconcile(ids: readonly string[], since: number): Promise<number> {
    let read = 0
    for (const id of ids) {
      if (this.index.find(id) && since !== -Infinity) {
        const path = join(this.dataDir, ARTICLES_FOLDER, `${id}.json`)
        const changed = await this.fs.stat(path).then(
          (stat) => stat.mtimeMs >= since,
          () => false,
        )
        if (!changed) continue
      }
      try {
        // Not cached: a rebuild reads every article, and only a few will be opened.
        const db = await (this.articles.get(id) ?? this.loadArticle(id))
        await this.index.record(async () => metaOf(db.data.article))
        read += 1
      } catch (error) {
        this.notify({ level: 'error', message: (error as Error).message })
      }
    }
    return read
  }
}
