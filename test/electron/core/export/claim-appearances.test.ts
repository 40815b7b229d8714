import { describe, expect, it } from 'vitest'
import { describe as describeSpan } from '../../../../shared/anchoring/describe'
import { annotationSchema, type Annotation } from '../../../../shared/model/annotation'
import { analyzeStory } from '../../../../shared/story/story-analysis'
import { claimAppearances } from '../../../../electron/core/export/claim-appearances'
import { seedLibrary } from '../../../../electron/core/seed'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { storyInput } from '../../../../electron/core/story/story-input'
import { StoryStore } from '../../../../electron/core/story/story-store'
import { SEEDS_DIR, withTempDir } from '../../main/fixtures'

const ANA = { id: 'ana-ruiz', name: 'Ana Ruiz' }
const NOW = '2026-11-20T09:00:00.000Z'

function claimOver(articleId: string, text: string, start: number, end: number, id: string) {
  return annotationSchema.parse({
    id,
    articleId,
    author: ANA,
    kind: 'claim',
    target: describeSpan(text, start, end),
    note: '',
    factCheck: { status: 'verdict', verdict: 'false' },
    created: NOW,
    modified: NOW,
  })
}

describe('claimAppearances', () => {
  it('gives a claim the other outlets’ versions of its quotation, from the saved stories', async () => {
    await withTempDir(async (dir) => {
      const store = await LibraryStore.open(dir)
      try {
        await seedLibrary(store, SEEDS_DIR)
        const ids = store.list().map((meta) => meta.id)
        for (const [index, id] of ids.entries()) {
          await store.updateMeta(id, { url: `https://outlet${index}.example.org/story` })
        }
        const input = await storyInput(store, ids, null)
        const shared = analyzeStory(input.articles).quotes.find(
          (cluster) => new Set(cluster.occurrences.map((o) => o.articleId)).size >= 3,
        )
        expect(shared, 'the seeds share a quotation').toBeDefined()
        const mine = shared!.occurrences[0]!
        const text = input.articles.find((article) => article.id === mine.articleId)!.text
        // A claim over the sentence around the quotation, and one far from any quotation.
        const claim = claimOver(mine.articleId, text, mine.start, mine.end, 'claim-quoted-0001')
        const plain = claimOver(mine.articleId, text, 0, 5, 'claim-plain-00001')
        const tags: Annotation[] = [claim, plain]

        expect((await claimAppearances(store, mine.articleId, tags)).size).toBe(0)
        await (await StoryStore.open(dir)).save({ name: 'Strikes', articleIds: ids })

        const found = await claimAppearances(store, mine.articleId, tags)
        const others = [
          ...new Set(
            shared!.occurrences
              .map((occurrence) => occurrence.articleId)
              .filter((id) => id !== mine.articleId),
          ),
        ]
        const urls = (found.get(claim.id) ?? []).map((appearance) => appearance.url)
        expect(urls).toEqual(
          others.map((id) => `https://outlet${ids.indexOf(id)}.example.org/story`),
        )
        expect(found.get(claim.id)?.[0]).toMatchObject({
          title: store.meta(others[0]!).title,
          published: store.meta(others[0]!).published,
        })
        expect(found.get(plain.id) ?? []).toEqual([])
      } finally {
        await store.close()
      }
    })
  })
})
