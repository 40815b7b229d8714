import type { Api } from '../../../shared/ipc/contract'
import type { EditorSettings } from '../../../shared/model/editor-settings'
import { unwrap } from '../../api'
import type { AppStore } from '../store/app-store'
import type { ArgsOf } from './api-types'
import type { ArticleSession } from './article-session'
import { errorNotice } from '../error-notice'

/**
 * Who is editing: the settings, the team folder's state, switching and naming the acting
 * editor. Pending work is saved first, as the editor who made it; when the acting editor
 * changes, the open article reloads as theirs.
 */
export class IdentityService {
  constructor(
    private readonly api: Api,
    private readonly store: AppStore,
    private readonly session: ArticleSession,
  ) {}

  /** Reads the settings and the team folder's state into the store. */
  async load(): Promise<void> {
    void unwrap(this.api.getSyncStatus()).then(
      (status) => this.store.actions.identity.syncStatus(status),
      () => undefined,
    )
    try {
      this.changed(await unwrap(this.api.getSettings()))
    } catch (error) {
      this.store.actions.notices.added([errorNotice(error)])
    }
  }

  /** Acts as another editor, or someone new by name. */
  async setEditor(choice: ArgsOf<'setEditor'>): Promise<EditorSettings> {
    await this.session.flush()
    const next = await unwrap(this.api.setEditor(choice))
    this.changed(next)
    return next
  }

  /** Changes the settings (name, team folder…). */
  async updateSettings(request: ArgsOf<'updateSettings'>): Promise<EditorSettings> {
    await this.session.flush()
    const next = await unwrap(this.api.updateSettings(request))
    this.changed(next)
    return next
  }

  /** Adds another editor's public key to the team's roster (admins only). */
  async addTeamEditor(request: ArgsOf<'addTeamEditor'>): Promise<void> {
    const status = await unwrap(this.api.addTeamEditor(request))
    this.store.actions.identity.syncStatus(status)
  }

  /** Takes new settings; a new acting editor (or name) reloads the open article. */
  private changed(next: EditorSettings): void {
    const current = this.store.getState().identity.settings?.editor
    this.store.actions.identity.settingsLoaded(next)
    if (current && (current.id !== next.editor.id || current.name !== next.editor.name)) {
      this.session.reload()
    }
  }
}
