import type { Api } from '../../../shared/ipc/contract'
import type { AgreementView } from '../../../shared/review/agreement-view'
import { unwrap } from '../../api'
import type { ArgsOf } from './api-types'
import type { ArticleSession } from './article-session'

/** Agreement between editors, over the saved work (the open article's pending work first). */
export class ReviewService {
  constructor(
    private readonly api: Api,
    private readonly session: ArticleSession,
  ) {}

  /** How far the chosen editors agree, on an article or the library. */
  async agreement(request: ArgsOf<'agreement'>): Promise<AgreementView> {
    await this.session.flush()
    return unwrap(this.api.agreement(request))
  }

  /** Saves the agreement report as CSV (the main process asks where). */
  async exportAgreement(request: ArgsOf<'exportAgreement'>) {
    await this.session.flush()
    return unwrap(this.api.exportAgreement(request))
  }
}
