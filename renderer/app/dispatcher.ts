import type { MenuCommand, TagMenuCommand } from '../../shared/model/menu-command'
import { TAG_KINDS } from '../../shared/model/tag-kinds'
import type { ArticleSession } from './services/article-session'
import type { ClaimsService } from './services/claims-service'
import type { ImportService } from './services/import-service'
import type { StoryService } from './services/story-service'
import type { WindowService } from './services/window-service'
import type { AppStore } from './store/app-store'
import type { AppModal, IdentityModal } from './store/modules/modal'
import type { StoryTarget } from './store/modules/story'

const TAG_MENU_COMMANDS: ReadonlySet<string> = new Set<TagMenuCommand>([
  ...TAG_KINDS.map((kind) => `tag-${kind}` as const),
  'clear-tag',
  'edit-note',
  'toggle-review',
])

/** Whether a menu command is one of the Tag menu's, for the open article's editor. */
export function isTagMenuCommand(command: string): command is TagMenuCommand {
  return TAG_MENU_COMMANDS.has(command)
}

const IDENTITY_MODALS: Partial<Record<MenuCommand, IdentityModal>> = {
  settings: 'settings',
  'switch-editor': 'switch',
  'export-package': 'export-package',
  'import-package': 'import-package',
}

/**
 * One hub for the renderer's actions (GitHub Desktop's dispatcher): the menu, the top bar and the
 * views ask it, and it decides which service carries the action out and which slice changes.
 * Whoever asks needs to know nothing of where the state lives.
 */
export class Dispatcher {
  constructor(
    private readonly store: AppStore,
    private readonly session: ArticleSession,
    private readonly stories: StoryService,
    private readonly imports: ImportService,
    private readonly window: WindowService,
    private readonly claims: ClaimsService,
  ) {}

  /** Back to the library: closes the open article (saving it first) and any story. */
  async showLibrary(): Promise<void> {
    await this.session.open(null)
    this.store.actions.story.shown(null)
    this.claims.hide()
  }

  /** View > Claims Board: every claim and disputed tag of the library, instead of the library. */
  showClaims(): Promise<void> {
    return this.claims.show()
  }

  /** Opens an article (saving the one open first). */
  openArticle(id: string): Promise<void> {
    return this.session.open(id)
  }

  /** Closes the open article; a story it was opened from shows again. */
  closeArticle(): Promise<void> {
    return this.session.open(null)
  }

  /** Shows a story instead of the library, or none. */
  showStory(target: StoryTarget | null): Promise<void> {
    return this.stories.show(target)
  }

  /** Review > Story View…: the library, with its stories section focused. */
  async focusStories(): Promise<void> {
    await this.session.open(null)
    this.store.actions.story.focusRequested()
  }

  /** Opens the export dialog on the open article, or on the library. */
  openExport(): void {
    const { article, library } = this.store.getState()
    const openId = article.openId
    this.store.actions.modal.exportOpened({
      articleId: openId,
      previewId: openId ?? library.articles?.[0]?.id ?? null,
    })
  }

  /** Closes the export dialog. */
  closeExport(): void {
    this.store.actions.modal.exportOpened(null)
  }

  /** Opens one of the app's dialogs, or closes it with null. */
  openModal(modal: AppModal): void {
    this.store.actions.modal.opened(modal)
  }

  /** Opens one of the identity dialogs, or closes it with null. */
  openIdentity(modal: IdentityModal): void {
    this.store.actions.modal.identityOpened(modal)
  }

  /** File > Import. */
  importArticles(): Promise<void> {
    return this.imports.importArticles()
  }

  /** A Tag menu command goes to the open article's editor; without one, a notice says why. */
  tagCommand(command: TagMenuCommand): void {
    if (!this.session.runMenuCommand(command)) {
      this.window.notify([{ level: 'info', message: 'Open an article to tag its sentences.' }])
    }
  }

  /** Carries out a command of the application menu. */
  menuCommand(command: MenuCommand): void {
    const identity = IDENTITY_MODALS[command]
    if (identity) this.openIdentity(identity)
    else if (command === 'import') void this.importArticles()
    else if (command === 'show-library') void this.showLibrary()
    else if (command === 'story-view') void this.focusStories()
    else if (command === 'claims-board') void this.showClaims()
    else if (command === 'export') this.openExport()
    else if (command === 'shortcuts' || command === 'about' || command === 'agreement') {
      this.openModal(command)
    } else if (isTagMenuCommand(command)) this.tagCommand(command)
  }
}
