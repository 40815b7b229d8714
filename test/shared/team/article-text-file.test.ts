import { describe, expect, it } from 'vitest'
import { parsePlainText } from '../../../shared/import/plain-text'
import { articleTextFile, parseArticleTextFile } from '../../../shared/team/article-text-file'
import { articleText } from '../../../shared/text/article-text'
import { articleIdFor } from '../../../shared/text/hash'
import { Node } from 'prosemirror-model'
import { articleSchema } from '../../../shared/editor/schema'

const draft = parsePlainText('Mayor Opens Bridge\n\nThe mayor opened the bridge. It cost a lot.')
const id = articleIdFor(articleText(Node.fromJSON(articleSchema, draft.body)))

describe('article text files', () => {
  it('stores a text under its hash and reads it back as the same article', () => {
    const file = articleTextFile(id, draft)
    expect(file).not.toBeNull()
    expect(file!.textHash.slice(0, 16)).toBe(id)
    expect(parseArticleTextFile(file!.content, file!.textHash)).toEqual({ articleId: id, draft })
  })

  it('does not share an article whose text was edited after it was added', () => {
    expect(articleTextFile('0000000000000000', draft)).toBeNull()
  })

  it('refuses a file whose text is not the one its name says', () => {
    const file = articleTextFile(id, draft)!
    const altered = file.content.replace('It cost a lot.', 'It was free.')
    expect(() => parseArticleTextFile(altered, file.textHash)).toThrow(/does not hold the text/)
    expect(() => parseArticleTextFile('{', file.textHash)).toThrow(/not JSON/)
    expect(() => parseArticleTextFile('{"format":"x"}', file.textHash)).toThrow(/not a Factmark/)
  })
})
