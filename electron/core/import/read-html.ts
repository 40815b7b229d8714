import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { draftFromBlocks } from '../../../shared/import/draft-from-blocks'
import { htmlBlocks, type InertNode } from '../../../shared/import/html-blocks'
import type { ArticleDraft } from '../../../shared/import/plain-text'

/** The part of a linkedom document the reader uses. */
type InertDocument = ReturnType<typeof parseHTML>['document']

/** Whether `html` is a whole document (linkedom wants one) rather than a fragment. */
const WHOLE_DOCUMENT = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype|<html[\s>])/i

/**
 * Parses HTML into an inert linkedom document: no script runs, no style applies, no image or
 * other resource is fetched, nothing is rendered. A fragment is put in a document's body first.
 */
export function inertDocument(html: string): InertDocument {
  const whole = WHOLE_DOCUMENT.test(html)
    ? html
    : `<!doctype html><html><head></head><body>${html}</body></html>`
  return parseHTML(whole).document
}

function metaContent(document: InertDocument, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim()
    if (value) return value
  }
  return null
}

/** What a page's head says about the article, read before Readability changes the document. */
function pageMetadata(document: InertDocument) {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
  return {
    title: metaContent(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']),
    siteName: metaContent(document, ['meta[property="og:site_name"]']),
    url: canonical?.trim() || metaContent(document, ['meta[property="og:url"]']),
    published: metaContent(document, [
      'meta[property="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="dc.date"]',
    ]),
    language: document.documentElement?.getAttribute('lang') ?? null,
    documentTitle: document.querySelector('title')?.textContent ?? null,
  }
}

/**
 * Reads a saved news web page: Mozilla Readability keeps the article and drops navigation, ads,
 * comments and scripts (over an inert linkedom document), then its content becomes the article's
 * blocks (`htmlBlocks`). The headline, outlet (site name, else byline), publication date and
 * canonical address come from the page's metadata where it has them. A page Readability finds no
 * article in is read whole, minus scripts, styles and media. Throws a RangeError when the page
 * holds no text.
 */
export function readHtml(html: string): ArticleDraft {
  const document = inertDocument(html)
  const found = pageMetadata(document)
  const reader = new Readability<InertNode>(
    document as unknown as ConstructorParameters<typeof Readability>[0],
    {
      serializer: (node) => node as unknown as InertNode,
      // Readability would keep every class name; none is read here.
      keepClasses: false,
    },
  )
  const article = reader.parse()
  const root = article?.content ?? (document.body as unknown as InertNode | null)
  const blocks = root ? htmlBlocks(root) : []
  return draftFromBlocks(blocks, {
    title: found.title ?? article?.title ?? found.documentTitle,
    outlet: found.siteName ?? article?.siteName ?? article?.byline,
    url: found.url,
    published: article?.publishedTime ?? found.published,
    language: article?.lang ?? found.language,
  })
}
