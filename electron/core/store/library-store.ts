import { join } from 'node:path'
import type { PackageImportReport } from '../../../shared/exchange/import-report'
import type { FactmarkPackage } from '../../../shared/exchange/package'
import type { PackageTrust } from '../../../shared/exchange/signer-trust'
import type { ArticleDraft } from '../../../shared/import/plain-text'
import type { Notice } from '../../../shared/model/notice'
import { FactmarkError } from '../../../shared/ipc/result'
import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import type { Article, ArticleMeta, ArticleMetaEdit } from '../../../shared/model/article'
import type { Review } from '../../../shared/model/review'
import type { ArticleFile } from '../../../shared/model/store-files'
import type { RecordTombstone } from '../../../shared/model/tombstone'
import * as edits from '../../../shared/store/article-edits'
import { checkEditorWork, withEditorWork, type EditorWork } from '../../../shared/store/editor-work'
import { articleIdFor } from '../../../shared/text/hash'
import { withTagChanges, type TagChanges } from '../../../shared/store/tag-changes'
import { validTagsInSlices } from '../../../shared/store/ownership'
import { reuseUnchanged } from '../../../shared/store/unchanged-records'
import {
  preparedArticleFile,
  preparedArticleId,
  withPreparedVersion,
  type PreparedDraft,
} from '../../../shared/store/prepared-article'
import { ArticleRepository, KEPT_IN_MEMORY, NOT_SAVED } from './article-repository'
import { AuditLog } from './audit-log'
import { BackupRotation, DEFAULT_BACKUP_COUNT } from './backup-rotation'
import { bodyPreparer, type BodyPreparer } from './body-preparer'
import { timeSlicer } from './chunked-json'
import type { LibraryIndex } from './library-index'
import { makePackage, mergePackage, mergePackageBatch, type PackageParts } from './library-packages'
import { LibraryLock, LockFailedError, type LockHolder } from './library-lock'
import { recoverLibrary } from './library-recovery'
import { shutDownLibrary } from './library-shutdown'
import * as layout from './store-context'
import { readOnlyFs } from './read-only-fs'
import { nodeStoreFs, type StoreFs } from './store-fs'
import { Trash } from './trash'
import { writeFailure } from './write-failure'

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
  /**
   * Checks and measures the edited text of a save (default: a big one in a worker thread, see
   * {@link bodyPreparer}).
   */
  prepareBody?: BodyPreparer
}

const now = () => new Date().toISOString()

/**
 * The library on disk: a small index (`library.json`) plus one JSON document per article
 * (`articles/<id>.json`), each behind its own lowdb instance, so that saving one article costs
 * the same whatever the library's size. One program at a time holds it (`library.lock`); every
 * save is atomic and durable and keeps the last versions of the file, checksummed, in `backups/`.
 * A damaged file is moved aside (never overwritten) and restored from its newest backup that
 * verifies, and the editor is told.
 *
 * A façade: the article files and their transactions are the {@link ArticleRepository}'s, the
 * recovery at open is `recoverLibrary`'s, and the rules (who may write what, limits, merging,
 * audit entries) are pure functions in `shared/store/`.
 */
export class LibraryStore {
  private readonly context: layout.StoreContext
  private readonly audit: AuditLog
  private readonly trash: Trash
  private index!: LibraryIndex
  private articles!: ArticleRepository
  private closing: Promise<void> | null = null

  private readonly prepareBody: BodyPreparer

  private constructor(
    readonly dataDir: string,
    private readonly lock: LibraryLock | null,
    fs: StoreFs,
    options: LibraryStoreOptions,
    /** Why the library is open for reading only, or null. */
    readonly readOnly: string | null = null,
  ) {
    this.prepareBody = options.prepareBody ?? bodyPreparer()
    const backups = new BackupRotation(
      join(dataDir, layout.BACKUPS_FOLDER),
      options.backupCount ?? DEFAULT_BACKUP_COUNT,
      fs,
    )
    this.context = {
      dataDir,
      fs,
      backups,
      notices: new layout.StoreNotices(options.onNotice),
      readOnly,
    }
    this.audit = new AuditLog(join(dataDir, layout.AUDIT_FILE))
    this.trash = new Trash(dataDir, join(dataDir, layout.ARTICLES_FOLDER), fs)
  }

  /**
   * Opens (creating if needed) the library in `dataDir`: takes its lock (a `locked` error if
   * another program holds it), removes temp files a crash left, and loads the index, restoring
   * or rebuilding it if it is damaged or missing and bringing it up to date after a crash.
   */
  static async open(dataDir: string, options: LibraryStoreOptions = {}): Promise<LibraryStore> {
    const fs = options.fs ?? nodeStoreFs
    await fs.mkdir(join(dataDir, layout.ARTICLES_FOLDER)).catch((error: unknown) => {
      throw new LockFailedError(dataDir, error)
    })
    const lock = await LibraryLock.acquire(dataDir, options.holder ?? 'app', fs)
    try {
      return await LibraryStore.load(new LibraryStore(dataDir, lock, fs, options), options)
    } catch (error) {
      await lock.release().catch(() => undefined)
      throw error
    }
  }

  /**
   * Opens the library in `dataDir` for reading only: no lock is taken (so it opens while another
   * program writes it, and in a folder that cannot be written: an archived copy, a read-only
   * share), and nothing in the folder is ever written, moved or removed. A damaged file is read
   * from its backup in memory and left where it is. Every change is refused with a
   * `store-failure` error that says why, in `reason`'s words.
   */
  static async openToRead(
    dataDir: string,
    reason: string,
    options: Omit<LibraryStoreOptions, 'holder'> = {},
  ): Promise<LibraryStore> {
    const fs = readOnlyFs(options.fs ?? nodeStoreFs)
    return LibraryStore.load(new LibraryStore(dataDir, null, fs, options, reason), options)
  }

  private static async load(
    store: LibraryStore,
    options: LibraryStoreOptions,
  ): Promise<LibraryStore> {
    const { trash, context } = store
    const recovered = await recoverLibrary(context, {
      trash,
      indexDelayMs: options.indexDelayMs,
      repositoryFor: (index) =>
        new ArticleRepository({
          context,
          index,
          trash,
          checkOpen: () => store.checkOpen(),
          checkWritable: () => store.checkWritable(),
          afterFailedSave: options.holder === 'cli' ? NOT_SAVED : KEPT_IN_MEMORY,
        }),
    })
    store.index = recovered.index
    store.articles = recovered.repository
    return store
  }

  /** Messages for the editor that have not been shown yet (recoveries); each is returned once. */
  takeNotices(): Notice[] {
    return this.context.notices.take()
  }

  /** Whether the sample articles have been put in this library already. */
  get seeded(): boolean {
    return this.index.data.seeded
  }

  /** Records that the sample articles have been put in this library. */
  async markSeeded(): Promise<void> {
    this.checkWritable()
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
    if (!meta) throw layout.articleNotFound(id)
    return meta
  }

  /** One article in full, read from its own file. */
  async get(id: string): Promise<Article> {
    this.meta(id)
    return (await this.articles.read(id)).article
  }

  /**
   * One article in full, read from its file without keeping it in memory (for going through the
   * whole library, as the text search does); the copy in memory when there is one.
   */
  async peek(id: string): Promise<Article> {
    this.meta(id)
    return (await this.articles.peek(id)).article
  }

  /**
   * Deletes an article: its file moves into the library's trash (see {@link Trash}), tags and
   * all, and it leaves the index; {@link restore} puts it back. Work on it that is only in memory
   * (a failed save) is written first. Returns its metadata.
   */
  async delete(id: string): Promise<ArticleMeta> {
    this.meta(id)
    return this.articles.remove(id)
  }

  /**
   * Puts an article back from the trash, exactly as it was deleted (its file is moved back), and
   * into the index. Refuses when the article is in the library (imported again since) or not in
   * the trash.
   */
  async restore(id: string): Promise<ArticleMeta> {
    this.checkWritable()
    return this.articles.restore(id)
  }

  /** Adds a parsed article; refuses one whose text is already in the library. */
  async add(draft: ArticleDraft, sourceName: string): Promise<ArticleMeta> {
    this.checkWritable()
    const body = edits.checkedBody(draft.body)
    const id = articleIdFor(body.text)
    return this.articles.add(id, () => edits.newArticleFile(id, draft, sourceName, body, now()))
  }

  /**
   * Adds an article the import worker already checked and measured (see `PreparedDraft`),
   * without building its document again; refuses one whose text is already in the library.
   */
  async addPrepared(prepared: PreparedDraft, sourceName: string): Promise<ArticleMeta> {
    this.checkWritable()
    const id = preparedArticleId(prepared)
    return this.articles.add(id, () => preparedArticleFile(prepared, sourceName, now()))
  }

  /**
   * Puts a newer version of an article, already checked and measured by the import worker (see
   * `PreparedDraft`), in place of article `id`: its body and its metadata from the draft (title,
   * outlet, url, date, language, source file), keeping its id, its creation time and every
   * editor's tags and reviews; the document is not built again here. The tags are anchored
   * again in the new text when the article is next opened: those whose text changed are
   * marked, those lost become orphans.
   */
  async replaceArticle(
    id: string,
    prepared: PreparedDraft,
    sourceName: string,
  ): Promise<ArticleMeta> {
    this.meta(id)
    return this.articles.update(id, (file) =>
      withPreparedVersion(file, prepared, sourceName, now()),
    )
  }

  /** Changes an article's title, outlet, url or date. */
  async updateMeta(id: string, changes: ArticleMetaEdit): Promise<ArticleMeta> {
    this.meta(id)
    return this.articles.update(id, (file) => edits.withMetaEdit(file, changes, now()))
  }

  /**
   * One article's whole file (its text, every editor's tags and reviews) read without keeping it
   * in memory, for going through the whole library (the claims board); the copy in memory when
   * there is one.
   */
  async peekFile(id: string): Promise<ArticleFile> {
    this.meta(id)
    return this.articles.peek(id)
  }

  /** Every editor's tags on one article. */
  async tags(id: string): Promise<Annotation[]> {
    this.meta(id)
    return (await this.articles.read(id)).annotations
  }

  /** Every reviewer's reviews on one article. */
  async reviews(id: string): Promise<Review[]> {
    this.meta(id)
    return (await this.articles.read(id)).reviews
  }

  /** The tombstones of one article's deleted tags and reviews (every author's). */
  async tombstones(id: string): Promise<RecordTombstone[]> {
    this.meta(id)
    return (await this.articles.read(id)).tombstones
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
    // An edited text is checked and measured meanwhile (a big one off the main thread).
    const body = work.body ? this.prepareBody(work.body) : null
    body?.catch(() => undefined)
    // Everything else is checked in the article's turn, so that saves land in the order they
    // were made however long their checks take.
    return this.articles.update(id, async (file) => {
      // An autosave sends every tag again: the unchanged ones are the stored objects, not
      // parsed again and written from the bytes kept for them.
      const { records: tags, unchanged } = reuseUnchanged(work.tags, file.annotations)
      // The changed ones are parsed a slice at a time: 2,000 of them would hold the event loop.
      const valid = await validTagsInSlices(tags, unchanged, timeSlicer())
      const checked = checkEditorWork({ ...work, tags, body: undefined }, id, editor, valid)
      return withEditorWork(file, { ...checked, body: await body }, editor, now())
    })
  }

  /**
   * Saves what changed in an editor's tags on one article since their last save (an autosave
   * after a tag key): merges `changes` into their tags as the article file holds them, inside the
   * same transaction as the write (so no other save slips in between), and saves the result as
   * {@link saveWork} does, with the same checks, tombstones and failure behaviour; their whole
   * set of reviews too when `reviews` is given.
   */
  async saveTagChanges(
    id: string,
    changes: TagChanges & { reviews?: Review[] | undefined },
    editor: EditorRef,
  ): Promise<ArticleMeta> {
    this.meta(id)
    const checked = checkEditorWork(
      { tags: [...changes.changed], reviews: changes.reviews },
      id,
      editor,
    )
    return this.articles.update(id, (file) => {
      const own = file.annotations.filter((tag) => tag.author.id === editor.id)
      const tags = withTagChanges(own, changes)
      return withEditorWork(file, { ...checked, tags }, editor, now())
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
    return makePackage(this.packageParts(), editor, wanted, ids === 'all')
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
   *
   * `trust` is how the package's author was checked (`importCheckedPackage` decides it): the
   * records of an unverified package are marked so, and the audit lines carry the signing key's
   * fingerprint. Without it (team commits, verified by git; the sample review) nothing is marked.
   */
  async importPackage(
    pkg: FactmarkPackage,
    actingEditor: EditorRef | null,
    trust?: PackageTrust,
  ): Promise<PackageImportReport> {
    this.checkWritable()
    return mergePackage(this.packageParts(), pkg, actingEditor, trust)
  }

  /**
   * Merges many packages at once, as {@link importPackage} does each, but with one write per
   * article however many of them carry work on it, several articles at a time (a team's sync).
   * Every package is checked before anything changes; `trusts[i]` is package i's signer trust, as
   * {@link importPackage} takes it. Returns each package's report, in order.
   */
  async importPackages(
    pkgs: readonly FactmarkPackage[],
    actingEditor: EditorRef | null,
    trusts: readonly (PackageTrust | undefined)[] = [],
  ): Promise<PackageImportReport[]> {
    this.checkWritable()
    return (await mergePackageBatch(this.packageParts(), pkgs, actingEditor, trusts)).reports
  }

  /**
   * Adds the articles `drafts` (each as {@link add} would, its id from its text; one the library
   * already holds is not added again) and merges the packages `pkgs` as {@link importPackages}
   * does, in one pass: an added article is written once, with every package's work on it already
   * merged, not once when added and again when merged (a team's first sync brings thousands).
   * Every draft and package is checked before anything is written. Returns the added articles'
   * metadata and each package's report, in the packages' order.
   */
  async addWithPackages(
    drafts: readonly { draft: ArticleDraft; sourceName: string }[],
    pkgs: readonly FactmarkPackage[],
    actingEditor: EditorRef | null,
    trusts: readonly (PackageTrust | undefined)[] = [],
  ): Promise<{ added: ArticleMeta[]; reports: PackageImportReport[] }> {
    this.checkWritable()
    const added = drafts.map(({ draft, sourceName }) => {
      const body = edits.checkedBody(draft.body)
      const id = articleIdFor(body.text)
      return { id, create: () => edits.newArticleFile(id, draft, sourceName, body, now()) }
    })
    return mergePackageBatch(this.packageParts(), pkgs, actingEditor, trusts, added)
  }

  /**
   * Waits for every save under way, writes what is still only in memory (the index, articles
   * whose last save failed) and releases the library's lock. Rejects, after releasing the lock,
   * if something could not be written. Safe to call twice; the store is unusable afterwards.
   */
  close(): Promise<void> {
    // Open for reading: nothing was written, nothing is held.
    this.closing ??= this.lock
      ? shutDownLibrary(this.articles, this.index, this.lock)
      : Promise.resolve()
    return this.closing
  }

  private packageParts(): PackageParts {
    return { index: this.index, articles: this.articles, audit: this.audit }
  }

  private checkWritable(): void {
    this.checkOpen()
    if (this.readOnly !== null) {
      throw new FactmarkError(
        'store-failure',
        `The library at ${this.dataDir} is open for reading only: ${this.readOnly}. Nothing was changed.`,
      )
    }
  }

  private checkOpen(): void {
    if (this.closing) {
      throw new FactmarkError('store-failure', `The library at ${this.dataDir} has been closed.`)
    }
  }
}
