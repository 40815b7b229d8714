import { describe, expect, it } from 'vitest'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { annotationSchema } from '../../../../shared/model/annotation'
import { storiesFileSchema } from '../../../../shared/story/story-record'
import { seedLibrary } from '../../../../electron/core/seed'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { SettingsStore } from '../../../../electron/core/store/settings-store'
import { createStoryService } from '../../../../electron/core/story/story-service'
import { SEEDS_DIR, withTempDir } from '../../main/fixtures'

async function withSeededLibrary(
  body: (context: { store: LibraryStore; settings: SettingsStore; dir: string }) => Promise<void>,
) {
  await withTempDir(async (dir) => {
    const store = await LibraryStore.open(dir)
    try {
      await seedLibrary(store, SEEDS_DIR)
      const settings = await SettingsStore.open(dir, 'Ana Ruiz')
      await body({ store, settings, dir })
    } finally {
      await store.close()
    }
  })
}

describe('the story service', () => {
  it('suggests the seeds as one story, saves it in stories.json, and lists it instead', async () => {
    await withSeededLibrary(async ({ store, settings, dir }) => {
      const service = createStoryService(store, settings)
      const before = await service.list()
      expect(before.stories).toEqual([])
      expect(before.suggested[0]?.articleIds.length).toBe(5)
      const ids = before.suggested[0]?.articleIds ?? []
      const story = await service.save({ id: null, name: 'Strikes in Mexico', articleIds: ids })
      expect(story).toMatchObject({ name: 'Strikes in Mexico', articleIds: ids, dismissed: [] })
      const file = storiesFileSchema.parse(
        JSON.parse(await readFile(join(dir, 'stories.json'), 'utf8')),
      )
      expect(file.stories).toEqual([story])
      const after = await service.list()
      expect(after.stories.map((saved) => saved.id)).toEqual([story.id])
      expect(after.suggested).toEqual([])
      // A second service (the app restarted) reads the same stories.
      expect((await createStoryService(store, settings).list()).stories).toEqual([story])
    })
  })

  it('accepts a suggestion as an ordinary tag by the acting editor, and remembers dismissals', async () => {
    await withSeededLibrary(async ({ store, settings }) => {
      const service = createStoryService(store, settings)
      const ids = store.list().map((meta) => meta.id)
      const story = await service.save({ id: null, name: 'Story', articleIds: ids })
      const view = await service.view(ids, story.id)
      expect(view.numbers.find((topic) => topic.about === 'strikes')?.conflict).toBe(true)
      const disputed = view.suggestions.find((suggestion) => suggestion.kind === 'disputed')
      if (!disputed) throw new Error('no disputed suggestion')
      const tag = await service.accept(ids, disputed.articleId, disputed.id)
      expect(annotationSchema.parse(tag)).toEqual(tag)
      expect(tag).toMatchObject({
        kind: 'disputed',
        author: settings.editor,
        target: disputed.target,
      })
      expect(tag.reason).toContain('Other articles disagree')
      const saved = await store.tags(disputed.articleId)
      expect(saved).toContainEqual(tag)

      // The tagged sentence is no longer suggested; accepting it again fails clearly.
      const next = await service.view(ids, story.id)
      expect(next.suggestions.some((suggestion) => suggestion.id === disputed.id)).toBe(false)
      await expect(service.accept(ids, disputed.articleId, disputed.id)).rejects.toMatchObject({
        code: 'not-found',
      })

      const quote = next.suggestions.find((suggestion) => suggestion.kind === 'quote')
      if (!quote) throw new Error('no quote suggestion')
      const dismissed = await service.dismiss(story.id, quote.articleId, quote.id)
      expect(dismissed.dismissed).toEqual([`${quote.articleId}:${quote.id}`])
      const last = await service.view(ids, story.id)
      expect(last.suggestions.some((suggestion) => suggestion.id === quote.id)).toBe(false)
      expect(last.dismissedCount).toBe(1)
      // Without the story, nothing is dismissed.
      expect((await service.view(ids, null)).dismissedCount).toBe(0)
      await expect(service.dismiss(story.id, '0123456789abcdef', quote.id)).rejects.toMatchObject({
        code: 'invalid-argument',
      })
    })
  })

  it('moves a damaged stories.json aside, says so, and starts from no stories', async () => {
    await withSeededLibrary(async ({ store, settings, dir }) => {
      await writeFile(join(dir, 'stories.json'), '{"version":1,"stories":[{"id":')
      const service = createStoryService(store, settings)
      const list = await service.list()
      expect(list.stories).toEqual([])
      expect(list.notices[0]?.message).toMatch(/stories file was damaged.*stories\.json\.corrupt-/)
      expect((await readdir(dir)).some((name) => name.startsWith('stories.json.corrupt-'))).toBe(
        true,
      )
      await expect(service.delete('story-0123456789abcdef')).rejects.toMatchObject({
        code: 'not-found',
      })
    })
  })
})
