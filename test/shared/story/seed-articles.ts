import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Node } from 'prosemirror-model'
import { articleSchema } from '../../../shared/editor/schema'
import { parsePlainText } from '../../../shared/import/plain-text'
import type { StoryArticle } from '../../../shared/story/story-article'
import { articleSentences } from '../../../shared/text/article-sentences'
import { articleText } from '../../../shared/text/article-text'
import { articleIdFor } from '../../../shared/text/hash'
import { SEEDS_DIR } from '../../electron/main/fixtures'

/** The five seed articles read as the library reads them, in file order. */
export function seedArticles(): StoryArticle[] {
  return readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const draft = parsePlainText(readFileSync(join(SEEDS_DIR, name), 'utf8'))
      const doc = Node.fromJSON(articleSchema, draft.body)
      const text = articleText(doc)
      return {
        id: articleIdFor(text),
        title: draft.title,
        outlet: draft.outlet,
        url: `https://news.example/${name.replace(/\.txt$/, '')}`,
        text,
        sentences: articleSentences(doc),
      }
    })
}
