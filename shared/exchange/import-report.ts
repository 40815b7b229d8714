import type { EditorRef } from '../model/annotation'

/** What importing a package did to one article it carries. */
export interface PackageArticleReport {
  articleId: string
  /** The library's title, or the package's for an article the library lacks. */
  title: string
  /** `skipped`: the library does not hold this article (a package never creates one). */
  status: 'merged' | 'skipped'
  added: number
  updated: number
  deleted: number
  unchanged: number
  /** Incoming tags left alone because another editor's tag uses their id. */
  clashes: number
  /** Set when the article's text differs from the one the package's tags were made on. */
  textChanged: boolean
}

/** What importing one package did, article by article. */
export interface PackageImportReport {
  author: EditorRef
  checksum: string
  articles: PackageArticleReport[]
}

/** Whether an article's import changed nothing. */
export function upToDate(report: PackageArticleReport): boolean {
  return report.added + report.updated + report.deleted === 0
}
