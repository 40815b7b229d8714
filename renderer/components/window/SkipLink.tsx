import type { MouseEvent } from 'react'

/** Props of {@link SkipLink}. */
export interface SkipLinkProps {
  /** Whether an article is open (the link then leads to its text). */
  articleOpen: boolean
}

/** Where the skip link leads: the article's text, else the library's current row, else the page. */
function target(articleOpen: boolean): HTMLElement | null {
  if (articleOpen) return document.getElementById('article-text')
  return (
    document.querySelector<HTMLElement>('.library-table tbody tr[tabindex="0"]') ??
    document.querySelector<HTMLElement>('main')
  )
}

/**
 * The window's first tab stop, shown only while it has the focus: one Enter takes the keyboard
 * past the top bar to the article's text (or the library's list of articles).
 */
export function SkipLink({ articleOpen }: SkipLinkProps) {
  const go = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    const element = target(articleOpen)
    if (!element) return
    if (element.tabIndex < 0 && !element.hasAttribute('tabindex')) element.tabIndex = -1
    element.focus()
  }
  return (
    <a className="skip-link" href={articleOpen ? '#article-text' : '#content'} onClick={go}>
      {articleOpen ? 'Skip to article text' : 'Skip to the list of articles'}
    </a>
  )
}
