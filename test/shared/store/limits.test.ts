import { describe, expect, it } from 'vitest'
import { MAX_TAGS_PER_ARTICLE } from '../../../shared/model/store-files'
import { checkTagLimit } from '../../../shared/store/limits'

describe('checkTagLimit', () => {
  it('allows up to the limit', () => {
    expect(() => checkTagLimit(MAX_TAGS_PER_ARTICLE)).not.toThrow()
  })

  it('refuses one more, naming the article when it is an import', () => {
    expect(() => checkTagLimit(MAX_TAGS_PER_ARTICLE + 1)).toThrow(
      expect.objectContaining({ code: 'too-large', message: expect.stringContaining('at most') }),
    )
    expect(() => checkTagLimit(MAX_TAGS_PER_ARTICLE + 1, 'Budget')).toThrow(/leave “Budget”/)
  })
})
