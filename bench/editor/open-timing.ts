import type { Page } from 'playwright-core'
import { OPEN_PROFILE_PATH, withCpuProfile } from './cpu-profile'
import { nextFrame } from './page-steps'

/** When an opening article was painted, and when the main process answered, in ms from the click. */
export interface OpenTimes {
  editor: number
  panel: number
  /** When the last answer from the main process (through the harness's bridge) arrived. */
  replied: number
  /** When the opening call's (openArticleWork's) answer arrived, as JSON text, through the bridge. */
  answered: number
  /**
   * When the page had parsed that answer (the harness's stand-in for Electron's structured clone,
   * which hands the page a parsed object): the renderer's own work starts here.
   */
  parsed: number
  /** Every call the opening made through the bridge, in the order answered: channel, ms. */
  calls: [channel: string, answered: number][]
}

/** The opening call, as the harness's bridge names its channel. */
const OPENING_CHANNEL = 'factmark:openArticleWork'

/**
 * Opens the article from the library (a click on its link, in the page) and times, in the page,
 * until a frame has been painted with every tag decoration in the editor, then with the panel's
 * list holding every tag; when the main process's last answer arrived, and the opening call's
 * answer, by wrapping the harness's bridge for the while; and when the page had parsed that answer,
 * by wrapping `JSON.parse` for the while. With BENCH_EDITOR_PROFILE_OPEN=path, each opening runs
 * under Chromium's CPU profiler and writes its profile there (the last one stays).
 */
export async function openArticle(page: Page, articleId: string, tags: number): Promise<OpenTimes> {
  await page.locator('.brand').click()
  await page.locator(`tr[data-article-id="${articleId}"] .article-link`).waitFor()
  await nextFrame(page)
  if (OPEN_PROFILE_PATH === null) return timedOpening(page, articleId, tags)
  const cdp = await page.context().newCDPSession(page)
  try {
    return await withCpuProfile(cdp, OPEN_PROFILE_PATH, () => timedOpening(page, articleId, tags))
  } finally {
    await cdp.detach()
  }
}

/** Clicks the article's link in the library, shown, and times its opening (see {@link openArticle}). */
function timedOpening(page: Page, articleId: string, tags: number): Promise<OpenTimes> {
  return page.evaluate(
    ({ id, count, channel }) =>
      new Promise<OpenTimes>((resolve) => {
        const link = document.querySelector<HTMLElement>(
          `tr[data-article-id="${id}"] .article-link`,
        )
        const started = performance.now()
        const bridge = window as unknown as {
          __factmarkInvoke: (...args: unknown[]) => Promise<unknown>
        }
        const invoke = bridge.__factmarkInvoke
        const parse = JSON.parse
        let replied = 0
        let answered = 0
        let parsed = 0
        let answerText: unknown = null
        const calls: [string, number][] = []
        bridge.__factmarkInvoke = async (...args: unknown[]) => {
          const answer = await invoke(...args)
          replied = performance.now() - started
          calls.push([String(args[0]).replace(/^factmark:/, ''), replied])
          if (args[0] === channel) {
            answered = replied
            answerText = answer
          }
          return answer
        }
        JSON.parse = (text: string, reviver?: Parameters<typeof JSON.parse>[1]): unknown => {
          const value: unknown = parse(text, reviver)
          if (answerText !== null && text === answerText) {
            parsed = performance.now() - started
            answerText = null
          }
          return value
        }
        let editor = 0
        let decorated = false
        const check = () => {
          const text = document.querySelector('.ProseMirror')
          if (
            !decorated &&
            text &&
            text.querySelectorAll('.tag').length >= count &&
            text.querySelectorAll('.tag-label').length >= count
          ) {
            decorated = true
            setTimeout(() => (editor = performance.now() - started), 0)
          }
          // The list is windowed: it holds every tag when its count says so and it has rows.
          const list = document.querySelector('.tag-list[data-count]')
          if (
            decorated &&
            Number(list?.getAttribute('data-count')) >= count &&
            list?.querySelector('.tag-item')
          ) {
            bridge.__factmarkInvoke = invoke
            JSON.parse = parse
            setTimeout(
              () =>
                resolve({
                  editor,
                  panel: performance.now() - started,
                  replied,
                  answered,
                  parsed,
                  calls,
                }),
              0,
            )
            return
          }
          requestAnimationFrame(check)
        }
        link?.click()
        requestAnimationFrame(check)
      }),
    { id: articleId, count: tags, channel: OPENING_CHANNEL },
  )
}
