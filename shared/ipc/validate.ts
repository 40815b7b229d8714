import { z } from 'zod'
import { articleIdSchema, articleMetaEditSchema } from '../model/article'
import { docSchema } from '../model/doc-json'
import { annotationListSchema } from '../model/store-files'
import type { InvokeChannel, Invokes } from './contract'

const none = z.undefined()

/**
 * The run-time parser of every invoke channel's argument. TypeScript types vanish at run time
 * and the renderer is untrusted, so main parses every payload with these before use.
 */
export const invokeArgSchemas: { readonly [C in InvokeChannel]: z.ZodType<Invokes[C]['args']> } = {
  listArticles: none,
  openArticle: z.strictObject({ id: articleIdSchema }),
  updateArticleMeta: z.strictObject({ id: articleIdSchema, changes: articleMetaEditSchema }),
  importArticles: none,
  getAppInfo: none,
  takeNotices: none,
  getEditor: none,
  readyToClose: none,
  listTags: z.strictObject({ articleId: articleIdSchema }),
  saveWork: z.strictObject({
    articleId: articleIdSchema,
    body: docSchema.optional(),
    tags: annotationListSchema,
  }),
}
