import { Node } from 'prosemirror-model'
import { z } from 'zod'
import { articleSchema as editorSchema } from '../editor/schema'
import type { ArticleDraft } from '../import/plain-text'
import { articleIdSchema } from '../model/article'
import type { DocNodeJson } from '../model/doc-json'
import { docSchema } from '../model/doc-json'
import { articleText } from '../text/article-text'
import { articleIdFor, textHash } from '../text/hash'
import { TeamError } from './team-error'

/** The value of every team article-text file's `format` field. */
export const ARTICLE_TEXT_FORMAT = 'factmark-article-text'

const articleTextFileSchema = z.strictObject({
  format: z.literal(ARTICLE_TEXT_FORMAT),
  version: z.literal(1),
  articleId: articleIdSchema,
  title: z.string().max(500),
  outlet: z.string().max(500),
  url: z.string().max(4096),
  published: z.string().max(10).nullable(),
  language: z.string().max(35),
  body: docSchema,
})

/** An article's text as a team shares it: the id and draft another library adds it from. */
export interface ArticleTextFile {
  articleId: string
  draft: ArticleDraft
}

function plainTextOf(body: DocNodeJson): string {
  const doc = Node.fromJSON(editorSchema, body)
  doc.check()
  return articleText(doc)
}

/**
 * The text hash that names an article's text file (`texts/<hash>.json`) and the file's content,
 * or null when the article cannot be shared this way: its text was edited after it was added,
 * so a library adding the text would give it another id than the one its tags are filed under.
 */
export function articleTextFile(
  articleId: string,
  draft: ArticleDraft,
): { textHash: string; content: string } | null {
  const text = plainTextOf(draft.body)
  if (articleIdFor(text) !== articleId) return null
  const file = {
    format: ARTICLE_TEXT_FORMAT,
    version: 1,
    articleId,
    title: draft.title,
    outlet: draft.outlet,
    url: draft.url,
    published: draft.published,
    language: draft.language,
    body: draft.body,
  }
  return { textHash: textHash(text), content: `${JSON.stringify(file)}\n` }
}

/**
 * Reads a team article-text file that should hold the text whose hash is `expectedHash`: a
 * `not-a-team` {@link TeamError} when it is not such a file, or its text does not have that hash
 * or that article id (a file altered in the repository is never added to a library).
 */
export function parseArticleTextFile(content: string, expectedHash: string): ArticleTextFile {
  let raw: unknown
  try {
    raw = JSON.parse(content)
  } catch {
    throw new TeamError('not-a-team', `article-text-file: texts/${expectedHash}.json is not JSON.`)
  }
  const parsed = articleTextFileSchema.safeParse(raw)
  if (!parsed.success) {
    throw new TeamError(
      'not-a-team',
      `article-text-file: texts/${expectedHash}.json is not a Factmark article text.`,
    )
  }
  const { articleId, title, outlet, url, published, language } = parsed.data
  const body = parsed.data.body as DocNodeJson
  let text: string
  try {
    text = plainTextOf(body)
  } catch (error) {
    throw new TeamError(
      'not-a-team',
      `article-text-file: texts/${expectedHash}.json holds a document that is not valid (${(error as Error).message}).`,
    )
  }
  if (textHash(text) !== expectedHash || articleIdFor(text) !== articleId) {
    throw new TeamError(
      'not-a-team',
      `article-text-file: texts/${expectedHash}.json does not hold the text its name says: ignored.`,
    )
  }
  return { articleId, draft: { title, outlet, url, published, language, body } }
}
