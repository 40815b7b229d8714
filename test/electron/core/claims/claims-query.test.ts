import { describe, expect, it } from 'vitest'
import { createClaimsQuery } from '../../../../electron/core/claims/claims-query-store'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { StoryStore } from '../../../../electron/core/story/story-store'
import { parsePlainText } from '../../../../shared/import/plain-text'
import { withTempDir } from '../../main/fixtures'
import { ANA, BEN, LEE, tagArticle } from './claims-fixture'

const FIRST = `Strikes on the border

Published 2025-11-17 by the Daily Planet.

The minister said crime fell by 40 percent. Exports doubled last year, the mayor claimed. Nobody disputes the weather.`

const SECOND = `Another report

The minister said crime fell by half. The port handled a record tonnage.`

async function withLibrary(body: (store: LibraryStore, dir: string) => Promise<void>) {
  await withTempDir(async (dir) => {
    const store = await LibraryStore.open(dir)
    try {
      await body(store, dir)
    } finally {
      await store.close()
    }
  })
}

describe('the library-wide claims query', () => {
  it('lists every claim and disputed tag with its article, fact-check, editor and review state', async () => {
    await withLibrary(async (store, dir) => {
      const first = await store.add(parsePlainText(FIRST), 'first.txt')
      const second = await store.add(parsePlainText(SECOND), 'second.txt')
      await store.updateMeta(first.id, { outlet: 'Daily Planet' })
      await tagArticle(
        store,
        first.id,
        [
          {
            quote: 'The minister said crime fell by 40 percent.',
            kind: 'claim',
            author: ANA,
            factCheck: { status: 'verdict', verdict: 'mostly-false', claimant: 'The minister' },
          },
          { quote: 'Exports doubled last year, the mayor claimed.', kind: 'disputed', author: ANA },
          { quote: 'Nobody disputes the weather.', kind: 'context', author: ANA },
          { quote: 'The minister said crime fell by 40 percent.', kind: 'claim', author: BEN },
        ],
        [
          { tag: 0, author: BEN, verdict: 'reject', text: 'Not what he said.' },
          { tag: 1, author: BEN, verdict: 'accept' },
          { tag: 1, author: LEE, verdict: 'reject', text: 'Unsourced.' },
          { tag: 3, author: ANA, verdict: 'comment', text: 'Which minister?' },
        ],
      )
      await tagArticle(store, second.id, [
        { quote: 'The minister said crime fell by half.', kind: 'claim', author: LEE },
      ])
      const stories = await StoryStore.open(dir)
      const story = await stories.save({ name: 'Crime figures', articleIds: [first.id, second.id] })

      const list = await createClaimsQuery(store).list()
      expect(list.rows).toHaveLength(4)
      const byText = (text: string, author = ANA.id) =>
        list.rows.find((row) => row.text.startsWith(text) && row.editor.id === author)
      expect(byText('The minister said crime fell by 40')).toMatchObject({
        articleId: first.id,
        kind: 'claim',
        claimant: 'The minister',
        status: 'verdict',
        verdict: 'mostly-false',
        review: 'rejected',
      })
      expect(byText('Exports doubled')).toMatchObject({ kind: 'disputed', review: 'conflict' })
      expect(byText('The minister said crime fell by 40', BEN.id)).toMatchObject({
        review: 'discussed',
        status: null,
        verdict: null,
      })
      expect(byText('The minister said crime fell by half', LEE.id)).toMatchObject({
        articleId: second.id,
        review: 'unreviewed',
      })
      expect(list.rows.some((row) => row.text.startsWith('Nobody'))).toBe(false)
      expect(list.articles.find((article) => article.id === first.id)).toMatchObject({
        title: 'Strikes on the border',
        outlet: 'Daily Planet',
        storyId: story.id,
      })
      expect(list.stories).toEqual([{ id: story.id, name: 'Crime figures' }])
      expect(list.scale.ratings.some((rating) => rating.id === 'mostly-false')).toBe(true)
    })
  })

  it('reads an article again only when it changed, and forgets deleted articles', async () => {
    await withLibrary(async (store) => {
      const first = await store.add(parsePlainText(FIRST), 'first.txt')
      const second = await store.add(parsePlainText(SECOND), 'second.txt')
      await tagArticle(store, first.id, [
        { quote: 'Exports doubled last year, the mayor claimed.', kind: 'claim', author: ANA },
      ])
      await tagArticle(store, second.id, [
        { quote: 'The port handled a record tonnage.', kind: 'claim', author: ANA },
      ])
      const reads: string[] = []
      const counting = {
        list: () => store.list(),
        peekFile: (id: string) => {
          reads.push(id)
          return store.peekFile(id)
        },
      }
      const query = createClaimsQuery(store, undefined, counting)
      expect((await query.list()).rows).toHaveLength(2)
      expect(reads.sort()).toEqual([first.id, second.id].sort())

      reads.length = 0
      await query.list()
      expect(reads).toEqual([])

      await tagArticle(store, second.id, [
        { quote: 'The minister said crime fell by half.', kind: 'disputed', author: BEN },
      ])
      expect((await query.list()).rows).toHaveLength(3)
      expect(reads).toEqual([second.id])

      await store.delete(first.id)
      const after = await query.list()
      expect(after.rows.map((row) => row.articleId)).toEqual([second.id, second.id])
      expect(after.articles.map((article) => article.id)).toEqual([second.id])
      expect(query.size).toBe(1)
    })
  })
})
