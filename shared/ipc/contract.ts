import type { ExportFormat, ExportOptions } from '../export/types'
import type { Annotation, EditorRef } from '../model/annotation'
import type { Article, ArticleMeta, ArticleMetaEdit } from '../model/article'
import type { DocNodeJson } from '../model/doc-json'
import type { Review } from '../model/review'
import type { EditorChoice, EditorSettings, SettingsChange } from '../model/editor-settings'
import type { SyncStatus } from '../sync/sync-status'
import type { SearchHit } from '../library/search-text'
import type { Story } from '../story/story-record'
import type { StoryList, StoryView } from '../story/story-view'
import type { Result } from './result'
import type { ImportOfferAction, ImportProgress, ImportReport } from '../import/import-report'
import type { Notice } from '../model/notice'
import type { AppInfo } from '../model/app-info'
import type { MenuCommand } from '../model/menu-command'
import type { PackageImportOutcome } from '../exchange/package-import-outcome'
import type { AgreementView } from '../review/agreement-view'
import type { ExportRequest, ExportPreview, ExportReport } from '../export/export-request'
import type { FactCheckSettings } from '../model/fact-check'
import type { ClaimsList } from '../claims/claim-row'
import type { ClaimsView } from '../claims/claims-view'
import type { OpenedArticle } from '../model/opened-article'

/**
 * Every renderer → main call: its argument and result types. The single source of truth for IPC
 * (GitHub Desktop's typed channels); main must handle each one and the preload exposes each one.
 */
export interface Invokes {
  listArticles: { args: void; result: ArticleMeta[] }
  openArticle: { args: { id: string }; result: Article }
  /**
   * Opens an article for tagging in one call: the article's metadata and packed body (see
   * `packBody`), the acting editor, every editor's tags packed in columns against its text (see
   * `packTags`) and every review. Recorded as recent.
   */
  openArticleWork: { args: { id: string }; result: OpenedArticle }
  updateArticleMeta: { args: { id: string; changes: ArticleMetaEdit }; result: ArticleMeta }
  importArticles: { args: void; result: ImportReport }
  getAppInfo: { args: void; result: AppInfo }
  takeNotices: { args: void; result: Notice[] }
  getEditor: { args: void; result: EditorRef }
  listTags: { args: { articleId: string }; result: Annotation[] }
  /** The renderer has saved everything after a `closing` event: the window may close now. */
  readyToClose: { args: void; result: void }
  /** The export of one article as it would be written (the saved state), for the dialog. */
  previewExport: {
    args: { articleId: string; format: ExportFormat; options: ExportOptions }
    result: ExportPreview
  }
  /** Asks where to save (a file, or a folder for the library), then writes the export. */
  exportArticles: { args: ExportRequest; result: ExportReport }
  /** Shows a file this session exported in the system's file manager. */
  revealExport: { args: { path: string }; result: void }
  /** Agreement on one article (or the library when null) between the chosen editors ([] = all). */
  agreement: { args: { articleId: string | null; editorIds: string[] }; result: AgreementView }
  /** Saves the agreement figures or the two editors' confusion matrix as CSV (asks where). */
  exportAgreement: {
    args: { articleId: string | null; editorIds: string[]; which: 'summary' | 'confusion' }
    result: ExportReport
  }
  /** Every reviewer's reviews (accepts, rejects, comments) of the tags of one article. */
  listReviews: { args: { articleId: string }; result: Review[] }
  /**
   * Saves the acting editor's work on one article: their whole set of tags, their whole set of
   * reviews when `reviews` is given, and the body when the text was edited.
   */
  saveWork: {
    args: {
      articleId: string
      body?: DocNodeJson | undefined
      tags: Annotation[]
      reviews?: Review[] | undefined
    }
    result: ArticleMeta
  }
  /**
   * Imports files dropped on the window. Called by the preload only, with paths it read from the
   * drop's own files (`webUtils.getPathForFile`); never exposed to the page (see
   * {@link PAGE_INVOKE_CHANNELS}), so a page cannot name files the editor did not drop.
   */
  importDropped: { args: { paths: string[] }; result: ImportReport }
  /**
   * Answers an import's offer (see {@link ImportOffer}) by its token: reads the file as
   * Windows-1252, updates the existing article, imports it as a new one, or skips it. A token is
   * good for one answer; what the answer imported is reported (it may bring a new offer).
   */
  resolveImport: { args: { token: string; action: ImportOfferAction }; result: ImportReport }
  /** Who is editing, the identities used on this machine, and the team folder. */
  getSettings: { args: void; result: EditorSettings }
  /** Renames the acting editor (their id stays) or sets the team folder (main asks where). */
  updateSettings: { args: SettingsChange; result: EditorSettings }
  /** The identities used on this machine, the acting editor first. */
  listEditors: { args: void; result: EditorRef[] }
  /** Acts as a local identity, or as the editor named (new if unknown): the welcome uses it. */
  setEditor: { args: EditorChoice; result: EditorSettings }
  /** Asks where to save, then writes the acting editor's package (one article, or all: null). */
  exportPackage: { args: { articleId: string | null }; result: ExportReport }
  /** Asks for another editor's package file and merges it into the library. */
  importPackage: { args: void; result: PackageImportOutcome }
  /** The team folder's state. */
  getSyncStatus: { args: void; result: SyncStatus }
  /** Adds an editor's public key to the team's roster (the acting editor must be an admin). */
  addTeamEditor: { args: { editorId: string; publicKey: string }; result: SyncStatus }
  /** The articles whose text contains `query` (case and accents ignored), most matches first. */
  searchLibrary: { args: { query: string }; result: SearchHit[] }
  /** Moves an article to the library's trash (`trash/`); returns what it was. */
  deleteArticle: { args: { id: string }; result: ArticleMeta }
  /** Puts an article deleted this session back from the trash, tags and all. */
  restoreArticle: { args: { id: string }; result: ArticleMeta }
  /** The ids of the articles opened last, most recent first (File > Open Recent). */
  recentArticles: { args: void; result: string[] }
  /** The saved stories, and groups of articles that look like the same story. */
  listStories: { args: void; result: StoryList }
  /** Saves a new story (`id` null) or renames one and changes its articles. */
  saveStory: { args: { id: string | null; name: string; articleIds: string[] }; result: Story }
  /** Deletes a story; its articles and their tags stay. */
  deleteStory: { args: { id: string }; result: void }
  /** How the articles told the same story: quotes, figures, suggested tags (less dismissed). */
  storyView: { args: { articleIds: string[]; storyId: string | null }; result: StoryView }
  /** Makes a suggestion of the story view an ordinary tag by the acting editor. */
  acceptSuggestion: {
    args: { articleIds: string[]; articleId: string; suggestionId: string }
    result: Annotation
  }
  /** Dismisses a suggestion; the story remembers it. */
  dismissSuggestion: {
    args: { storyId: string; articleId: string; suggestionId: string }
    result: Story
  }
  /** Imports the unsigned package `importPackage` asked about (`token`), marked unverified. */
  confirmUnsignedPackage: { args: { token: string }; result: PackageImportOutcome }
  /** The library's fact-check settings: rating scale, publisher, fact-check address pattern. */
  getFactCheckSettings: { args: void; result: FactCheckSettings }
  /** Replaces the library's fact-check settings; a rating scale in use keeps its verdicts. */
  setFactCheckSettings: { args: FactCheckSettings; result: FactCheckSettings }
  /** Every claim and disputed tag of the library, for the claims board. */
  listClaims: { args: void; result: ClaimsList }
  /** Saves what the claims board shows (this view of the library's claims) as CSV (asks where). */
  exportClaims: { args: { view: ClaimsView }; result: ExportReport }
  /**
   * Stops the imports under way: the files already added stay, the one being read is dropped
   * (nothing of it written), the rest are listed as cancelled. False when none was running.
   */
  cancelImport: { args: void; result: boolean }
  /**
   * Saves what changed in the acting editor's tags on one article since their last save (see
   * `TagChanges`): main merges the changes into their tags and saves as `saveWork` does, with
   * their whole set of reviews when `reviews` is given. The body goes through `saveWork`.
   */
  saveTagChanges: {
    args: {
      articleId: string
      changed: Annotation[]
      removed: string[]
      reviews?: Review[] | undefined
    }
    result: ArticleMeta
  }
}

/** Every main → renderer push and its payload. */
export interface Events {
  menuCommand: MenuCommand
  notice: Notice
  /** The window is about to close: save what is pending, then call `readyToClose`. */
  closing: null
  /** File > Open Recent: open this article. */
  openRecent: { id: string }
  /** Files dropped on the window were imported (or the import failed as a whole). */
  dropImported: Result<ImportReport>
  /** A many-file import is under way (sent only for imports of more than a few files). */
  importProgress: ImportProgress
  /** Other editors' work came in (team folder): these articles' tags changed. */
  tagsChanged: { articleIds: string[] }
  /** The team folder's state changed. */
  syncStatus: SyncStatus
}

/** An invoke channel's name. */
export type InvokeChannel = keyof Invokes
/** An event channel's name. */
export type EventChannel = keyof Events

/** The invoke allow-list: a channel missing here, or one too many, is a compile error. */
export const INVOKE_CHANNELS: { readonly [C in InvokeChannel]: true } = {
  listArticles: true,
  openArticle: true,
  openArticleWork: true,
  updateArticleMeta: true,
  importArticles: true,
  getAppInfo: true,
  takeNotices: true,
  getEditor: true,
  listTags: true,
  listReviews: true,
  saveWork: true,
  readyToClose: true,
  previewExport: true,
  exportArticles: true,
  revealExport: true,
  agreement: true,
  exportAgreement: true,
  importDropped: true,
  resolveImport: true,
  getSettings: true,
  updateSettings: true,
  listEditors: true,
  setEditor: true,
  exportPackage: true,
  importPackage: true,
  getSyncStatus: true,
  addTeamEditor: true,
  searchLibrary: true,
  deleteArticle: true,
  restoreArticle: true,
  recentArticles: true,
  listStories: true,
  saveStory: true,
  deleteStory: true,
  storyView: true,
  acceptSuggestion: true,
  dismissSuggestion: true,
  confirmUnsignedPackage: true,
  getFactCheckSettings: true,
  setFactCheckSettings: true,
  listClaims: true,
  exportClaims: true,
  cancelImport: true,
  saveTagChanges: true,
}

/**
 * Invoke channels only the preload calls, never exposed on `window.api`: they take what only the
 * preload can know (the paths of files the editor dropped).
 */
export const PRELOAD_ONLY_CHANNELS: ReadonlySet<InvokeChannel> = new Set(['importDropped'])

/** The invoke channels the page may call through `window.api`. */
export type PageInvokeChannel = Exclude<InvokeChannel, 'importDropped'>

/** The event allow-list: a channel missing here, or one too many, is a compile error. */
export const EVENT_CHANNELS: { readonly [E in EventChannel]: true } = {
  menuCommand: true,
  notice: true,
  closing: true,
  openRecent: true,
  dropImported: true,
  importProgress: true,
  tagsChanged: true,
  syncStatus: true,
}

/** The names of all invoke channels, in a stable order. */
export const invokeChannels = Object.keys(INVOKE_CHANNELS) as InvokeChannel[]

/** The invoke channels `window.api` exposes: all but the preload-only ones. */
export const pageInvokeChannels = invokeChannels.filter(
  (channel): channel is PageInvokeChannel => !PRELOAD_ONLY_CHANNELS.has(channel),
)

/** The names of all event channels, in a stable order. */
export const eventChannels = Object.keys(EVENT_CHANNELS) as EventChannel[]

/** Whether `name` is one of the invoke channels (a run-time check of untrusted input). */
export function isInvokeChannel(name: unknown): name is InvokeChannel {
  return typeof name === 'string' && Object.hasOwn(INVOKE_CHANNELS, name)
}

/** Whether `name` is one of the event channels (a run-time check of untrusted input). */
export function isEventChannel(name: unknown): name is EventChannel {
  return typeof name === 'string' && Object.hasOwn(EVENT_CHANNELS, name)
}

/** The Electron IPC channel string for a contract channel. */
export function ipcChannelName(channel: InvokeChannel | EventChannel): string {
  return `factmark:${channel}`
}

type CallArgs<C extends InvokeChannel> = Invokes[C]['args'] extends void ? [] : [Invokes[C]['args']]

/** One method per page invoke channel, as `window.api` has them. */
export type InvokeApi = {
  readonly [C in PageInvokeChannel]: (...args: CallArgs<C>) => Promise<Result<Invokes[C]['result']>>
}

/** The object the preload exposes as `window.api`: one method per channel, plus `on`. */
export type Api = InvokeApi & {
  /** Listens to one of the allow-listed events; returns a function that stops listening. */
  readonly on: <E extends EventChannel>(
    event: E,
    listener: (payload: Events[E]) => void,
  ) => () => void
}

/** The main-process implementation of every invoke channel (forgetting one is a type error). */
export type Handlers = {
  readonly [C in InvokeChannel]: (
    args: Invokes[C]['args'],
  ) => Invokes[C]['result'] | Promise<Invokes[C]['result']>
}
