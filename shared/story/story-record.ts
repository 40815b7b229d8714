import { z } from 'zod'
import { articleIdSchema } from '../model/article'

/** The most articles one story may group. */
export const MAX_STORY_ARTICLES = 50

/** The most dismissed suggestions one story remembers. */
export const MAX_DISMISSED = 10_000

/** A story id: `story-` and hex digits. */
export const storyIdSchema = z.string().regex(/^story-[0-9a-f]{8,32}$/, 'not a story id')

/** A suggestion's key within a story: `<article id>:<suggestion id>`. */
export const dismissalSchema = z
  .string()
  .regex(/^[0-9a-f]{16}:(?:quote|claim|disputed)-[0-9a-f]{16}$/, 'not a suggestion')

/** A story's name as the editor gives it. */
export const storyNameSchema = z.string().trim().min(1, 'a story needs a name').max(200)

/** The articles of a story: two or more, each once. */
export const storyArticleIdsSchema = z
  .array(articleIdSchema)
  .min(2, 'a story compares at least two articles')
  .max(MAX_STORY_ARTICLES)
  .refine((ids) => new Set(ids).size === ids.length, 'an article is in the story twice')

/** A story: articles the editor grouped as reports of the same event. */
export const storySchema = z.strictObject({
  id: storyIdSchema,
  name: storyNameSchema,
  articleIds: storyArticleIdsSchema,
  created: z.iso.datetime(),
  /** Suggestions the editor dismissed (`<article id>:<suggestion id>`). */
  dismissed: z.array(dismissalSchema).max(MAX_DISMISSED),
})

/** A story: articles the editor grouped as reports of the same event. */
export type Story = z.infer<typeof storySchema>

/** The version of `stories.json` this code writes. */
export const STORIES_VERSION = 1

/** The stories file of a library (`stories.json`). */
export const storiesFileSchema = z.strictObject({
  version: z.literal(STORIES_VERSION),
  stories: z
    .array(storySchema)
    .max(10_000)
    .refine(
      (stories) => new Set(stories.map((story) => story.id)).size === stories.length,
      'two stories share an id',
    ),
})

/** The stories file of a library (`stories.json`). */
export type StoriesFile = z.infer<typeof storiesFileSchema>
