import type { Page } from 'playwright-core'

/** Waits until the page says its work is saved. */
export async function waitForSaved(page: Page): Promise<void> {
  await page.locator('[data-save-state="saved"]').waitFor({ timeout: 120_000 })
}

/** Waits for one painted frame: a rAF, then a task after that frame's rendering. */
export async function nextFrame(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))),
  )
}

/** Puts the sentence cursor on the first sentence of paragraph `index` with a real click. */
export async function clickParagraph(page: Page, index: number): Promise<void> {
  const paragraph = page.locator('.ProseMirror p').nth(index)
  await paragraph.scrollIntoViewIfNeeded()
  await paragraph.click({ position: { x: 30, y: 10 } })
  await nextFrame(page)
}

/** Puts the text caret in the middle of paragraph `index` (edit mode). */
export async function caretInParagraph(page: Page, index: number): Promise<void> {
  await page.evaluate((at) => {
    const paragraph = document.querySelectorAll('.ProseMirror p')[at]
    if (!paragraph) throw new Error(`no paragraph ${at}`)
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT)
    let remaining = Math.floor((paragraph.textContent?.length ?? 0) / 2)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0
      if (remaining <= length && !node.parentElement?.closest('.tag-label')) {
        getSelection()?.collapse(node, remaining)
        return
      }
      remaining -= length
    }
    throw new Error('no text to put the caret in')
  }, index)
  await nextFrame(page)
}

/** How many characters paragraph `index` of the editor holds. */
export async function paragraphLength(page: Page, index: number): Promise<number> {
  return page.evaluate(
    (at) => document.querySelectorAll('.ProseMirror p')[at]?.textContent?.length ?? 0,
    index,
  )
}
