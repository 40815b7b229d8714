import type { EditorRef } from '../model/annotation'
import type { AgreementReport } from './agreement-report'

/** Agreement between the chosen editors, and every editor who could be chosen. */
export interface AgreementView {
  /** Every editor with a tag on the article (or the library), by name. */
  editors: EditorRef[]
  report: AgreementReport
}
