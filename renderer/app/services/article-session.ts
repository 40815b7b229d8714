import type { EditorState } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type { Api } from '../../../shared/ipc/contract'
import type { TagMenuCommand } from '../../../shared/model/menu-command'
import type { Annotation, EditorRef } from '../../../shared/model/annotation'
import type { Article } from '../../../shared/model/article'
import type { Review } from '../../../shared/model/review'
import { unwrap } from '../../api'
import { createAutosaver, type Autosaver } from '../../editor/autosave'
import { reviewPluginKey, reviewsToSave, type ReviewMeta } from '../../editor/review-plugin'
import { savedTagsOf, tagChangesToSave, tagsToSave, type SavedTags } from '../../editor/save-tags'
import { flatBody, sectionDoc } from '../../editor/sections'
import { docIndex } from '../../editor/positions'
import { unpackBody } from '../../../shared/model/packed-body'
import { unpackTags } from '../../../shared/model/packed-tags'
import { tagPluginKey } from '../../editor/tag-plugin'
import type { AppStore } from '../store/app-store'
import { afterPaint } from './after-paint'
import type { LibraryService } from './library-service'

/** What saving one article's work sends to main. */
export type SaveWorkRequest = Parameters<Api['saveWork']>[0]

/** What saving the changes of one article's tags (the text unchanged) sends to main. */
export type SaveTagChangesRequest = Parameters<Api['saveTagChanges']>[0]

/**
 * One autosave: the work whole (the text changed, or nothing was saved yet) or the tags' changes,
 * and the tags as they will be once it is saved (what the next save's changes are counted from).
 */
interface SaveSnapshot {
  readonly request:
    | { readonly kind: 'work'; readonly work: SaveWorkRequest }
    | { readonly kind: 'changes'; readonly changes: SaveTagChangesRequest }
  readonly saved: SavedTags
}

/** Per attached editor: its tags as the last successful save left them (null: none yet). */
interface SaveMark {
  saved: SavedTags | null
}

/** One article, opened: its text, the acting editor, their tags, the others', every review. */
export interface LoadedArticle {
  article: Article
  editor: EditorRef
  tags: Annotation[]
  /** Other editors' tags, compared in review mode. */
  others: Annotation[]
  reviews: Review[]
}

/** The open article's editor, as the workspace attaches it to the session. */
export interface AttachedEditor {
  articleId: string
  editorId: string
  /** The editor's view (its state may be newer than what React last drew). */
  view: () => EditorView | null
  /** Carries out a Tag menu command on the editor. */
  runMenuCommand: (command: TagMenuCommand) => void
}

/** How long typing must pause before the work is saved, and how long to wait after a failure. */
const SAVE_DELAY_MS = 600
const RETRY_MS = 3000

/**
 * The open article (the Hypothesis client's annotations service): which one is open, loading it,
 * and its automatic saving. `flush()` saves pending work at once; every action that needs the
 * saved state (switching article, exporting, closing the window, switching editor, importing…)
 * awaits it here or in the service that carries it out, so no component has to remember.
 */
export class ArticleSession {
  private attached: AttachedEditor | null = null
  private saver: Autosaver<SaveSnapshot> | null = null
  private lastScheduled: { doc: unknown; revision: number } | null = null
  private mark: SaveMark = { saved: null }

  constructor(
    private readonly api: Api,
    private readonly store: AppStore,
    private readonly library: LibraryService,
  ) {}

  /** Opens an article (after saving the one open), or goes back with null. */
  async open(id: string | null): Promise<void> {
    await this.flush()
    this.store.actions.article.opened(id)
  }

  /** Reopens the open article (the acting editor changed: it is shown as theirs). */
  reload(): void {
    this.store.actions.article.reloaded()
  }

  /**
   * Reads an article and the tags and reviews on it, in one call, split between the acting editor
   * and others. The body comes packed, and the tags packed in columns against the article's text:
   * they are unpacked over the text of the document the editor is then built on (made once per
   * body, see `sectionDoc`).
   */
  async load(id: string): Promise<LoadedArticle> {
    const opened = await unwrap(this.api.openArticleWork({ id }))
    const article: Article = { ...opened.article, body: unpackBody(opened.body) }
    const { editor } = opened
    const text = docIndex(sectionDoc(article.body)).text
    const own: Annotation[] = []
    const others: Annotation[] = []
    for (const tag of unpackTags(text, article.id, opened.tags)) {
      if (tag.author.id === editor.id) own.push(tag)
      else others.push(tag)
    }
    return { article, editor, tags: own, others, reviews: opened.reviews }
  }

  /**
   * Attaches the open article's editor: its changes are saved automatically from now on. Returns
   * a function that detaches it, saving what is pending first.
   */
  attach(editor: AttachedEditor): () => void {
    this.detach()
    const mark: SaveMark = { saved: null }
    const saver = createAutosaver<SaveSnapshot>({
      delayMs: SAVE_DELAY_MS,
      retryMs: RETRY_MS,
      // Shown after the next paint (pending comes after every key): a React commit walks the
      // editable text up to the caret to save the selection, which must not delay the keystroke.
      onStatus: (status) =>
        afterPaint(() => {
          if (this.saver === saver) this.store.actions.article.saveStatus(status)
        }),
      save: async ({ request, saved }) => {
        const meta = await unwrap(
          request.kind === 'work'
            ? this.api.saveWork(request.work)
            : this.api.saveTagChanges(request.changes),
        )
        // Counted from only once saved: after a failure the next save carries these changes too.
        mark.saved = saved
        this.library.metaSaved(meta)
      },
    })
    this.mark = mark
    this.attached = editor
    this.saver = saver
    this.lastScheduled = null
    this.store.actions.article.saveStatus({ kind: 'saved', at: null })
    const onPageHide = () => void this.flush()
    window.addEventListener('pagehide', onPageHide)
    return () => {
      window.removeEventListener('pagehide', onPageHide)
      if (this.attached === editor) this.detach()
    }
  }

  private detach(): void {
    const saver = this.saver
    if (!saver) return
    this.noteState(this.attached?.view()?.state)
    this.attached = null
    this.saver = null
    void saver.flush().finally(() => saver.dispose())
  }

  /**
   * Looks at a new editor state: a change of text, tags or the editor's reviews schedules a save;
   * moving the cursor does not. The first state seen is the one the article opened with.
   */
  noteState(current: EditorState | null | undefined): void {
    const editor = this.attached
    const saver = this.saver
    if (!current || !editor || !saver) return
    // Both counters only grow: their sum changes whenever tags or the editor's reviews do.
    const revision =
      (tagPluginKey.getState(current)?.revision ?? 0) +
      (reviewPluginKey.getState(current)?.revision ?? 0)
    if (this.lastScheduled === null) {
      this.mark.saved = savedTagsOf(current)
      this.lastScheduled = { doc: current.doc, revision }
      return
    }
    if (current.doc === this.lastScheduled.doc && revision === this.lastScheduled.revision) return
    this.lastScheduled = { doc: current.doc, revision }
    const mark = this.mark
    saver.schedule(() => {
      const latest = editor.view()?.state ?? current
      const reviews = reviewsToSave(latest)
      const saved = savedTagsOf(latest)
      // The same text as last saved: only the tags that changed since go to main.
      if (mark.saved && latest.doc === mark.saved.doc) {
        const changes = tagChangesToSave(mark.saved, latest, editor.editorId)
        return {
          request: {
            kind: 'changes',
            changes: {
              articleId: editor.articleId,
              changed: [...changes.changed],
              removed: [...changes.removed],
              reviews,
            },
          },
          saved,
        }
      }
      return {
        request: {
          kind: 'work',
          work: {
            articleId: editor.articleId,
            tags: tagsToSave(latest, editor.editorId),
            reviews,
            body: flatBody(latest.doc),
          },
        },
        saved,
      }
    })
  }

  /** Saves pending work at once (never rejects: a failure shows in the save indicator). */
  async flush(): Promise<void> {
    const saver = this.saver
    if (!saver) return
    // The editor's newest state may not have reached React yet: take it from the view.
    this.noteState(this.attached?.view()?.state)
    await saver.flush()
  }

  /** Hands a Tag menu command to the open editor; false when no article is open. */
  runMenuCommand(command: TagMenuCommand): boolean {
    if (!this.attached) return false
    this.attached.runMenuCommand(command)
    return true
  }

  /**
   * Other editors' work came in: when the open article is among `articleIds`, its review lanes
   * get their tags and reviews at once; the acting editor's own tags and undo history stay.
   */
  async othersChanged(articleIds: readonly string[]): Promise<void> {
    const editor = this.attached
    if (!editor || !articleIds.includes(editor.articleId)) return
    try {
      const [others, reviews] = await Promise.all([
        unwrap(this.api.listTags({ articleId: editor.articleId })),
        unwrap(this.api.listReviews({ articleId: editor.articleId })),
      ])
      const view = editor.view()
      if (!view || this.attached !== editor) return
      const meta: ReviewMeta = { type: 'others', others, reviews }
      view.dispatch(view.state.tr.setMeta(reviewPluginKey, meta).setMeta('addToHistory', false))
    } catch {
      // The lanes keep what they showed; the next change or opening retries.
    }
  }
}
