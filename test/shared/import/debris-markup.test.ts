import { describe, expect, it } from 'vitest'
import { findTemplateTags } from '../../../shared/import/debris-markup'

function tags(text: string): string[] {
  return findTemplateTags(text).map((piece) => text.slice(piece.from, piece.to))
}

describe('findTemplateTags', () => {
  it('finds each run of template tags, wherever it stands', () => {
    expect(tags('{{^adFree}} {{/adFree}} The rally lasted. {{ ad }}')).toEqual([
      '{{^adFree}} {{/adFree}}',
      '{{ ad }}',
    ])
  })

  it('leaves single braces, unclosed tags and tags across lines alone', () => {
    expect(tags('The set {x} was small; {{ open and {{a\nb}}')).toEqual([])
  })

  it('names the kind and says why', () => {
    expect(findTemplateTags('a {{x}}')[0]).toMatchObject({ kind: 'page-code', from: 2, to: 7 })
    expect(findTemplateTags('a {{x}}')[0]?.reason).toContain('{{x}}')
  })
})
