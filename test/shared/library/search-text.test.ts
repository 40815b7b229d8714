import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  countMatches,
  foldForSearch,
  foldQuery,
  matchesFolded,
  snippetAt,
} from '../../../shared/library/search-text'

/** The snippet of the first match of `query` in `text`, as a search shows it. */
function snippetOf(text: string, query: string, context?: number) {
  const folded = foldForSearch(text)
  const q = foldQuery(query)
  const { first } = countMatches(folded.text, q)
  return snippetAt(text, folded, first, q.length, context)
}

describe('foldForSearch', () => {
  it('ignores case and accents, in precomposed and decomposed text alike', () => {
    expect(foldForSearch('Élysée Palace').text).toBe('elysee palace')
    expect(foldForSearch('Ele\u0301onore').text).toBe('eleonore')
    expect(foldForSearch('ŁÓDŹ, Øresund, Straße').text).toBe('lodz, oresund, straße')
    expect(matchesFolded('Président Macron', foldQuery('PRESIDENT'))).toBe(true)
    expect(matchesFolded('the minister’s plan', foldQuery("minister's"))).toBe(true)
  })

  it('maps every folded character back into the original text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const { text: folded, map } = foldForSearch(text)
        if (map === null) {
          expect(folded.length).toBe(text.length)
          return
        }
        expect(map.length).toBe(folded.length + 1)
        expect(map[folded.length]).toBe(text.length)
        for (let i = 1; i < map.length; i += 1) {
          expect(map[i]).toBeGreaterThanOrEqual(map[i - 1] ?? 0)
        }
      }),
    )
  })
})

describe('countMatches', () => {
  it('counts occurrences without overlap and finds the first', () => {
    expect(countMatches('banana', 'ana')).toEqual({ count: 1, first: 1 })
    expect(countMatches('a la la la', 'la')).toEqual({ count: 3, first: 2 })
    expect(countMatches('nothing here', 'zz')).toEqual({ count: 0, first: -1 })
    expect(countMatches('anything', '')).toEqual({ count: 0, first: -1 })
  })
})

describe('foldQuery', () => {
  it('trims and makes runs of white space single', () => {
    expect(foldQuery('  Town   HALL \n')).toBe('town hall')
    expect(foldQuery('   ')).toBe('')
  })
})

describe('snippetAt', () => {
  it('shows the original text of the match, accents and case kept', () => {
    expect(snippetOf('Le président a parlé.', 'PRESIDENT')).toEqual({
      before: 'Le ',
      match: 'président',
      after: ' a parlé.',
    })
    expect(snippetOf('Ele\u0301onore arrived', 'eleonore').match).toBe('Ele\u0301onore')
  })

  it('cuts long context at word boundaries, marks the cuts, and makes line breaks spaces', () => {
    const before = 'word '.repeat(30)
    const after = ' more'.repeat(30)
    const snippet = snippetOf(`${before}\n\nThe needle is here${after}`, 'needle', 40)
    expect(snippet.match).toBe('needle')
    expect(snippet.before.startsWith('…word')).toBe(true)
    expect(snippet.before.endsWith('word The ')).toBe(true)
    expect(snippet.before).not.toContain('\n')
    expect(snippet.after.startsWith(' is here more')).toBe(true)
    expect(snippet.after.endsWith('more…')).toBe(true)
    expect(snippet.before.length).toBeLessThanOrEqual(41)
    expect(snippet.after.length).toBeLessThanOrEqual(41)
  })
})
