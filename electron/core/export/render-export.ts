import { claimReviews, type ClaimReviewInput } from '../../../shared/export/claimreview'
import { placeTags } from '../../../shared/export/placed-tags'
import type { Annotation } from '../../../shared/model/annotation'
import { exportArticle } from '../../../shared/export/export-article'
import { carriesFactCheck, type FactCheckSettings } from '../../../shared/model/fact-check'
import { safeFileName } from '../../../shared/export/file-name'
import type { ExportFormat, ExportOptions } from '../../../shared/export/types'
import { FactmarkError } from '../../../shared/ipc/result'
import type { LibraryStore } from '../store/library-store'
import type { HtmlRenderer } from './html-renderer'
import { claimAppearances } from './claim-appearances'
import { readFactCheckSettings } from './fact-check-settings'

/** One article's export, ready to be written. */
export interface RenderedExport {
  /** A file name safe on every platform, made from the article's title. */
  fileName: string
  data: Uint8Array
  /** Recommended fields a ClaimReview export lacks, in plain words; none for other formats. */
  warnings?: string[]
}

/** What every export records about itself. */
export interface ExportStamp {
  appVersion: string
  /** When the export is made; now unless a test fixes it. */
  now?: () => Date
}

/** What a ClaimReview export takes over the library's settings (the CLI's flags). */
export interface ClaimReviewOverrides {
  /** The publishing organisation's name (ClaimReview's `author`). */
  publisher?: string | undefined
  /** The fact-check address pattern, with `{id}`. */
  reviewUrlPattern?: string | undefined
}

/**
 * Exports one saved article from the store in `format`: the pure formatters of `shared/export`,
 * plus printing for PDF. Reads the saved state, so the caller flushes pending saves first. Every
 * format gets the article's reviews; a ClaimReview export also gets the library's fact-check
 * settings (with `overrides` on top) and the other outlets' versions of each claim from the saved
 * stories. A ClaimReview export lacking required fields fails with an 'invalid-argument' error
 * that lists them.
 */
export async function renderExport(
  store: LibraryStore,
  articleId: string,
  format: ExportFormat,
  options: ExportOptions,
  stamp: ExportStamp,
  renderer: HtmlRenderer | null,
  overrides: ClaimReviewOverrides = {},
): Promise<RenderedExport> {
  const article = await store.get(articleId)
  const annotations = await store.tags(articleId)
  const reviews = await store.reviews(articleId)
  const context = {
    exportedAt: (stamp.now?.() ?? new Date()).toISOString(),
    appVersion: stamp.appVersion,
  }
  if (format === 'claimreview') {
    const claimReview = await claimReviewInput(store, articleId, annotations, overrides)
    const report = claimReviews(placeTags(article, annotations, options, reviews), claimReview)
    if (report.missing.length > 0) {
      throw new FactmarkError(
        'invalid-argument',
        `“${article.title}” cannot be exported as ClaimReview; required fields are missing:\n${report.missing.map((problem) => `- ${problem.message}`).join('\n')}`,
      )
    }
    const exported = exportArticle(format, article, annotations, options, context, {
      reviews,
      claimReview,
    })
    return {
      fileName: safeFileName(article.title, exported.extension),
      data: new TextEncoder().encode(exported.data as string),
      warnings: report.warnings.map((problem) => problem.message),
    }
  }
  const exported = exportArticle(format, article, annotations, options, context, { reviews })
  if (format === 'pdf') {
    if (!renderer) {
      throw new FactmarkError('export-failure', 'PDF export needs a browser engine to print with.')
    }
    const html = typeof exported.data === 'string' ? exported.data : decodeUtf8(exported.data)
    return { fileName: safeFileName(article.title, 'pdf'), data: await renderer.pdf(html) }
  }
  return {
    fileName: safeFileName(article.title, exported.extension),
    data:
      typeof exported.data === 'string' ? new TextEncoder().encode(exported.data) : exported.data,
  }
}

/**
 * What a ClaimReview export of article `articleId` reads besides its tags: the library's
 * fact-check settings with `overrides` on top, and each claim's other appearances from the saved
 * stories.
 */
export async function claimReviewInput(
  store: LibraryStore,
  articleId: string,
  annotations: readonly Annotation[],
  overrides: ClaimReviewOverrides = {},
): Promise<ClaimReviewInput> {
  return {
    settings: withOverrides(await readFactCheckSettings(store.dataDir), overrides),
    appearances: await claimAppearances(store, articleId, annotations),
  }
}

/**
 * What a ClaimReview export of a saved article would lack, in plain words: required fields
 * (`missing`, which refuse the export) and recommended ones (`warnings`).
 */
export async function claimReviewProblems(
  store: LibraryStore,
  articleId: string,
  options: ExportOptions,
  overrides: ClaimReviewOverrides = {},
): Promise<{ missing: string[]; warnings: string[] }> {
  const article = await store.get(articleId)
  const annotations = await store.tags(articleId)
  const reviews = await store.reviews(articleId)
  const input = await claimReviewInput(store, articleId, annotations, overrides)
  const report = claimReviews(placeTags(article, annotations, options, reviews), input)
  return {
    missing: report.missing.map((problem) => problem.message),
    warnings: report.warnings.map((problem) => problem.message),
  }
}

/** Whether an article has a claim with a verdict: a library's ClaimReview export skips the others. */
export async function hasClaimVerdict(store: LibraryStore, articleId: string): Promise<boolean> {
  return (await store.tags(articleId)).some(
    (tag) => carriesFactCheck(tag.kind) && tag.factCheck?.verdict !== undefined,
  )
}

function withOverrides(
  settings: FactCheckSettings,
  overrides: ClaimReviewOverrides,
): FactCheckSettings {
  const publisher = overrides.publisher?.trim()
  return {
    ...settings,
    ...(publisher ? { publisher: { ...settings.publisher, name: publisher } } : {}),
    ...(overrides.reviewUrlPattern ? { reviewUrlPattern: overrides.reviewUrlPattern } : {}),
  }
}

function decodeUtf8(data: Uint8Array): string {
  return new TextDecoder('utf-8').decode(data)
}
