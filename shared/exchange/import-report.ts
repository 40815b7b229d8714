import type { EditorRef } from '../model/annotation'
import type { PackageTrust } from './signer-trust'

/** What importing a package did to one article's reviews. */
export interface ReviewCounts {
  added: number
  updated: number
  deleted: number
  unchanged: number
  /** Incoming reviews left alone because another editor's review uses their id. */
  clashes: number
}

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
  /** What happened to the reviews the package carries for this article (counts as for tags). */
  reviews: ReviewCounts
}

/** What importing one package did, article by article. */
export interface PackageImportReport {
  author: EditorRef
  checksum: string
  articles: PackageArticleReport[]
  /** How the author was checked: the signing key (first use or known) or unverified. */
  trust?: PackageTrust
}

/** Whether an article's import changed nothing (no tag and no review). */
export function upToDate(report: PackageArticleReport): boolean {
  const { reviews } = report
  return (
    report.added + report.updated + report.deleted === 0 &&
    reviews.added + reviews.updated + reviews.deleted === 0
  )
}
