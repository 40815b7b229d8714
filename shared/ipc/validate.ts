import { z } from 'zod'
import { EXPORT_FORMATS, EXPORT_PRESETS, REJECTED_CHOICES } from '../export/types'
import { editorRefSchema, TAG_KINDS } from '../model/annotation'
import { tagIdSchema } from '../model/annotation'
import { articleIdSchema, articleMetaEditSchema } from '../model/article'
import { docSchema } from '../model/doc-json'
import { reviewListSchema } from '../model/review'
import { factCheckSettingsSchema } from '../model/fact-check'
import { annotationListSchema } from '../model/store-files'
import { MAX_TAGS_PER_ARTICLE } from '../model/store-files'
import { storyArticleIdsSchema, storyIdSchema, storyNameSchema } from '../story/story-record'
import { claimsViewSchema } from '../claims/claims-view'
import type { InvokeChannel, Invokes } from './contract'

const none = z.undefined()

/** A suggestion of the story view, by its id (`quote-…`, `claim-…`, `disputed-…`). */
const suggestionIdSchema = z
  .string()
  .regex(/^(?:quote|claim|disputed)-[0-9a-f]{16}$/, 'not a suggestion id')

/** The most files one drop may import. */
export const MAX_DROPPED_FILES = 100

/** The longest library search query, in characters. */
export const MAX_SEARCH_QUERY = 200

const exportFormatSchema = z.enum(EXPORT_FORMATS)

/** Export options from the renderer: which editors (by id) and kinds, with or without notes. */
export const exportOptionsSchema = z.strictObject({
  editors: z.array(editorRefSchema.shape.id).max(1000),
  kinds: z.array(z.enum(TAG_KINDS)).max(TAG_KINDS.length),
  notes: z.boolean(),
  rejected: z.enum(REJECTED_CHOICES).optional(),
  preset: z.enum(EXPORT_PRESETS).optional(),
})

/**
 * The run-time parser of every invoke channel's argument. TypeScript types vanish at run time
 * and the renderer is untrusted, so main parses every payload with these before use.
 */
export const invokeArgSchemas: { readonly [C in InvokeChannel]: z.ZodType<Invokes[C]['args']> } = {
  listArticles: none,
  openArticle: z.strictObject({ id: articleIdSchema }),
  openArticleWork: z.strictObject({ id: articleIdSchema }),
  updateArticleMeta: z.strictObject({ id: articleIdSchema, changes: articleMetaEditSchema }),
  importArticles: none,
  getAppInfo: none,
  takeNotices: none,
  getEditor: none,
  readyToClose: none,
  listTags: z.strictObject({ articleId: articleIdSchema }),
  previewExport: z.strictObject({
    articleId: articleIdSchema,
    format: exportFormatSchema,
    options: exportOptionsSchema,
  }),
  exportArticles: z.strictObject({
    articleId: articleIdSchema.nullable(),
    format: exportFormatSchema,
    options: exportOptionsSchema,
  }),
  agreement: z.strictObject({
    articleId: articleIdSchema.nullable(),
    editorIds: z.array(editorRefSchema.shape.id).max(1000),
  }),
  exportAgreement: z.strictObject({
    articleId: articleIdSchema.nullable(),
    editorIds: z.array(editorRefSchema.shape.id).max(1000),
    which: z.enum(['summary', 'confusion']),
  }),
  revealExport: z.strictObject({
    path: z
      .string()
      .min(1)
      .max(4096)
      .refine((path) => !path.includes('\0'), 'a path cannot hold a NUL character'),
  }),
  resolveImport: z.strictObject({
    token: z.string().regex(/^[0-9a-f]{32}$/, 'not an import offer’s token'),
    action: z.enum(['windows-1252', 'update', 'add', 'skip']),
  }),
  importDropped: z.strictObject({
    paths: z
      .array(
        z
          .string()
          .min(1)
          .max(4096)
          .refine((path) => !path.includes('\0'), 'a path cannot hold a NUL character')
          .refine(
            (path) =>
              path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'),
            'a dropped file’s path must be absolute',
          ),
      )
      .min(1)
      .max(MAX_DROPPED_FILES),
  }),
  getSettings: none,
  updateSettings: z.strictObject({
    name: editorRefSchema.shape.name.optional(),
    teamFolder: z.enum(['choose', 'none']).optional(),
  }),
  listEditors: none,
  setEditor: z.union([
    z.strictObject({ id: editorRefSchema.shape.id }),
    z.strictObject({ name: editorRefSchema.shape.name }),
  ]),
  exportPackage: z.strictObject({ articleId: articleIdSchema.nullable() }),
  importPackage: none,
  getSyncStatus: none,
  addTeamEditor: z.strictObject({
    editorId: editorRefSchema.shape.id,
    publicKey: z.string().trim().min(1, 'paste the editor’s public key').max(1000),
  }),
  listReviews: z.strictObject({ articleId: articleIdSchema }),
  saveWork: z.strictObject({
    articleId: articleIdSchema,
    body: docSchema.optional(),
    tags: annotationListSchema,
    reviews: reviewListSchema.optional(),
  }),
  searchLibrary: z.strictObject({ query: z.string().max(MAX_SEARCH_QUERY) }),
  deleteArticle: z.strictObject({ id: articleIdSchema }),
  restoreArticle: z.strictObject({ id: articleIdSchema }),
  recentArticles: none,
  listStories: none,
  saveStory: z.strictObject({
    id: storyIdSchema.nullable(),
    name: storyNameSchema,
    articleIds: storyArticleIdsSchema,
  }),
  deleteStory: z.strictObject({ id: storyIdSchema }),
  storyView: z.strictObject({
    articleIds: storyArticleIdsSchema,
    storyId: storyIdSchema.nullable(),
  }),
  acceptSuggestion: z.strictObject({
    articleIds: storyArticleIdsSchema,
    articleId: articleIdSchema,
    suggestionId: suggestionIdSchema,
  }),
  dismissSuggestion: z.strictObject({
    storyId: storyIdSchema,
    articleId: articleIdSchema,
    suggestionId: suggestionIdSchema,
  }),
  confirmUnsignedPackage: z.strictObject({ token: z.string().regex(/^[0-9a-f-]{36}$/) }),
  getFactCheckSettings: none,
  setFactCheckSettings: factCheckSettingsSchema,
  listClaims: none,
  exportClaims: z.strictObject({ view: claimsViewSchema }),
  cancelImport: none,
  saveTagChanges: z.strictObject({
    articleId: articleIdSchema,
    changed: annotationListSchema,
    removed: z
      .array(tagIdSchema)
      .max(MAX_TAGS_PER_ARTICLE)
      .refine((ids) => new Set(ids).size === ids.length, 'a tag is removed twice'),
    reviews: reviewListSchema.optional(),
  }),
}
