import type { Api } from '../../../shared/ipc/contract'
import type { AppInfo } from '../../../shared/model/app-info'
import type { Notice } from '../../../shared/model/notice'
import { unwrap } from '../../api'
import type { AppStore } from '../store/app-store'
import type { ArticleSession } from './article-session'

/** The window itself: notices, the app's information, and closing once work is saved. */
export class WindowService {
  constructor(
    private readonly api: Api,
    private readonly store: AppStore,
    private readonly session: ArticleSession,
  ) {}

  /** Shows messages for the editor (bound: a stable callback to hand to components). */
  readonly notify = (notices: readonly Notice[]): void => {
    this.store.actions.notices.added(notices)
  }

  /** Hides one message (by its id). */
  dismiss(id: number): void {
    this.store.actions.notices.dismissed(id)
  }

  /** The notices main kept from before the window was ready. */
  async takeNotices(): Promise<void> {
    try {
      this.notify(await unwrap(this.api.takeNotices()))
    } catch {
      // Nothing to show.
    }
  }

  /** The app's name, version and the like (Help > About). */
  appInfo(): Promise<AppInfo> {
    return unwrap(this.api.getAppInfo())
  }

  /** The window is about to close: save what is pending, then let it close. */
  async closing(): Promise<void> {
    await this.session.flush().finally(() => void this.api.readyToClose())
  }
}
