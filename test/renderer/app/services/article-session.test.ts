// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { EditorState, type Transaction } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'
import type { Api } from '../../../../shared/ipc/contract'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import { Node } from 'prosemirror-model'
import { describe as describeSpan } from '../../../../shared/anchoring/describe'
import { articleSchema } from '../../../../shared/editor/schema'
import type { ArticleMeta } from '../../../../shared/model/article'
import type { OpenedArticle } from '../../../../shared/model/opened-article'
import { packBody } from '../../../../shared/model/packed-body'
import { packTags } from '../../../../shared/model/packed-tags'
import { articleText } from '../../../../shared/text/article-text'
import { createServices } from '../../../../renderer/app/services'
import { createAppStore } from '../../../../renderer/app/store/app-store'
import {
  clearTags,
  moveSentence,
  toggleTag,
  type TagContext,
} from '../../../../renderer/editor/commands'
import { cursorPlugin } from '../../../../renderer/editor/cursor-plugin'
import { loadTags } from '../../../../renderer/editor/load-tags'
import { reviewPlugin } from '../../../../renderer/editor/review-plugin'
import { sectionDoc } from '../../../../renderer/editor/sections'
import { tagPlugin } from '../../../../renderer/editor/tag-plugin'

const ARTICLE = '0123456789abcdef'
const ANA: EditorRef = { id: 'ana', name: 'Ana' }
const BEN: EditorRef = { id: 'ben', name: 'Ben' }
const TEXT = 'Headline\n\nFirst sentence here. Second sentence follows.'
let counter = 0
const context: TagContext = {
  editor: ANA,
  articleId: ARTICLE,
  newId: () => `tag-000${(counter += 1)}`,
  now: () => '2026-11-20T10:00:00.000Z',
}

/** What the fake API recorded of a save: its channel and argument. */
interface SaveCall {
  channel: 'saveWork' | 'saveTagChanges'
  args: {
    articleId: string
    tags?: { id: string; kind: string }[]
    changed?: { id: string; kind: string }[]
    removed?: string[]
    body?: unknown
  }
}

/**
 * A session over a fake API that records saves (failing them while `failing.on`), with an editor
 * attached to a stand-in view.
 */
function setup() {
  counter = 0
  const events: string[] = []
  const saves: SaveCall[] = []
  const failing = { on: false }
  const api = new Proxy({} as Api, {
    get: (_target, channel: string) => async (args: unknown) => {
      events.push(channel)
      if (failing.on) return { ok: false, error: { kind: 'store-failure', message: 'Disk full' } }
      if (channel === 'saveWork' || channel === 'saveTagChanges') {
        saves.push({ channel, args } as SaveCall)
      }
      return { ok: true, value: { id: ARTICLE, title: 'Saved' } }
    },
  })
  const services = createServices(api, createAppStore())
  const doc = sectionDoc(parsePlainText(TEXT).body)
  let state = EditorState.create({
    doc,
    plugins: [
      tagPlugin(loadTags(doc, [])),
      reviewPlugin({ me: ANA, others: [], reviews: [] }),
      cursorPlugin(),
    ],
  })
  const view = {
    get state() {
      return state
    },
    dispatch: (tr: Transaction) => {
      state = state.apply(tr)
      services.article.noteState(state)
    },
  } as unknown as EditorView
  services.article.attach({
    articleId: ARTICLE,
    editorId: ANA.id,
    view: () => view,
    runMenuCommand: () => undefined,
  })
  services.article.noteState(state)
  return { services, view, events, saves, failing }
}

/** A save's tags (or changed tags) as [id, kind] pairs. */
function pairs(tags: { id: string; kind: string }[] | undefined): [string, string][] {
  return (tags ?? []).map((tag) => [tag.id, tag.kind])
}

describe('ArticleSession', () => {
  it('saves nothing for a cursor move, and the tags at once on flush', async () => {
    const { services, view, saves } = setup()
    moveSentence(1)(view.state, view.dispatch)
    await services.article.flush()
    expect(saves).toEqual([])
    toggleTag('claim', context)(view.state, view.dispatch)
    await services.article.flush()
    expect(saves).toHaveLength(1)
    const saved = saves[0]
    expect(saved?.channel).toBe('saveTagChanges')
    expect(saved?.args.articleId).toBe(ARTICLE)
    expect(pairs(saved?.args.changed)).toEqual([['tag-0001', 'claim']])
    expect(saved?.args.removed).toEqual([])
    expect(saved && 'body' in saved.args).toBe(false)
  })

  it('sends only the tags changed since the last save, and the ids of those deleted', async () => {
    const { services, view, saves } = setup()
    moveSentence(1)(view.state, view.dispatch)
    toggleTag('claim', context)(view.state, view.dispatch)
    moveSentence(1)(view.state, view.dispatch)
    toggleTag('quote', context)(view.state, view.dispatch)
    await services.article.flush()
    expect(pairs(saves[0]?.args.changed)).toEqual([
      ['tag-0001', 'claim'],
      ['tag-0002', 'quote'],
    ])
    toggleTag('disputed', context)(view.state, view.dispatch)
    await services.article.flush()
    expect(saves[1]?.channel).toBe('saveTagChanges')
    expect(pairs(saves[1]?.args.changed)).toEqual([['tag-0002', 'disputed']])
    expect(saves[1]?.args.removed).toEqual([])
    clearTags(context)(view.state, view.dispatch)
    await services.article.flush()
    expect(pairs(saves[2]?.args.changed)).toEqual([])
    expect(saves[2]?.args.removed).toEqual(['tag-0002'])
  })

  it('after a failed save, sends its changes again with the next ones', async () => {
    const { services, view, saves, failing } = setup()
    moveSentence(1)(view.state, view.dispatch)
    toggleTag('claim', context)(view.state, view.dispatch)
    failing.on = true
    await services.article.flush()
    expect(saves).toEqual([])
    failing.on = false
    moveSentence(1)(view.state, view.dispatch)
    toggleTag('quote', context)(view.state, view.dispatch)
    await services.article.flush()
    expect(saves).toHaveLength(1)
    expect(pairs(saves[0]?.args.changed)).toEqual([
      ['tag-0001', 'claim'],
      ['tag-0002', 'quote'],
    ])
  })

  it('saves the body and every tag whole once the text was edited', async () => {
    const { services, view, saves } = setup()
    moveSentence(1)(view.state, view.dispatch)
    toggleTag('claim', context)(view.state, view.dispatch)
    await services.article.flush()
    view.dispatch(view.state.tr.insertText('New ', 1))
    await services.article.flush()
    expect(saves[1]?.channel).toBe('saveWork')
    expect(pairs(saves[1]?.args.tags)).toEqual([['tag-0001', 'claim']])
    expect(saves[1]?.args.body).toBeDefined()
    // Then, in the edited text, tag keys send their changes again.
    moveSentence(1)(view.state, view.dispatch)
    toggleTag('quote', context)(view.state, view.dispatch)
    await services.article.flush()
    expect(saves[2]?.channel).toBe('saveTagChanges')
    expect(pairs(saves[2]?.args.changed)).toEqual([['tag-0002', 'quote']])
  })

  it('saves pending work before another article opens, so no caller has to remember', async () => {
    const { services, view, events } = setup()
    moveSentence(1)(view.state, view.dispatch)
    toggleTag('quote', context)(view.state, view.dispatch)
    await services.article.open('fedcba9876543210')
    expect(events).toEqual(['saveTagChanges'])
    expect(services.store.getState().article.openId).toBe('fedcba9876543210')
  })

  it('saves pending work before an export reads it', async () => {
    const { services, view, events } = setup()
    moveSentence(1)(view.state, view.dispatch)
    toggleTag('disputed', context)(view.state, view.dispatch)
    await services.exports.exportArticles({
      articleId: ARTICLE,
      format: 'html',
      options: { editors: [], kinds: [], notes: true },
    })
    expect(events).toEqual(['saveTagChanges', 'exportArticles'])
  })

  it('opens an article in one call and splits its unpacked tags between the editor and others', async () => {
    const body = parsePlainText(TEXT).body
    const text = articleText(Node.fromJSON(articleSchema, body))
    const on = (id: string, author: EditorRef, quote: string): Annotation => {
      const start = text.indexOf(quote)
      return {
        id,
        articleId: ARTICLE,
        author,
        kind: 'claim',
        target: describeSpan(text, start, start + quote.length),
        note: '',
        created: context.now(),
        modified: context.now(),
      }
    }
    const mine = on('tag-ana-0001', ANA, 'First sentence here.')
    const theirs = on('tag-ben-0001', BEN, 'Second sentence follows.')
    // Its sentence was deleted: it travels with its selectors and is listed, unplaced.
    const orphan: Annotation = {
      ...on('tag-ana-0002', ANA, 'Headline'),
      target: {
        position: { type: 'TextPositionSelector', start: 400, end: 413 },
        quote: { type: 'TextQuoteSelector', exact: 'Deleted words', prefix: '', suffix: '' },
      },
    }
    const calls: string[] = []
    const api = new Proxy({} as Api, {
      get: (_target, channel: string) => async () => {
        calls.push(channel)
        const value: OpenedArticle = {
          article: { id: ARTICLE } as ArticleMeta,
          body: packBody(body),
          editor: ANA,
          tags: packTags(text, [theirs, mine, orphan]),
          reviews: [],
        }
        return { ok: true, value }
      },
    })
    const loaded = await createServices(api, createAppStore()).article.load(ARTICLE)
    expect(calls).toEqual(['openArticleWork'])
    expect(loaded.editor).toEqual(ANA)
    expect(loaded.tags).toEqual([mine, orphan])
    expect(loaded.others).toEqual([theirs])
    const placed = loadTags(sectionDoc(body), loaded.tags)
    expect(placed.placed.map((tag) => tag.record.annotation)).toEqual([mine])
    expect(placed.unplaced).toEqual([{ annotation: orphan, unplaced: 'orphan' }])
  })
})
