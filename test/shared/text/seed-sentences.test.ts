import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { splitSentences } from '../../../shared/text/sentences'

/** The sentences of every paragraph of every seed, as a copy editor splits them. */
const expected = JSON.parse(
  readFileSync(new URL('../../fixtures/seed-sentences.json', import.meta.url), 'utf8'),
) as Record<string, string[][]>

const seedsFolder = new URL('../../../seeds/', import.meta.url)
const seedNames = readdirSync(seedsFolder)
  .filter((name) => name.endsWith('.txt'))
  .sort()

/**
 * The paragraphs of a seed as the app splits them: its non-empty lines, the first without the
 * `date YYYY-MM-DD` line prefix the importer takes as the publication date.
 */
function paragraphs(name: string): string[] {
  const lines = readFileSync(new URL(name, seedsFolder), 'utf8').split(/\r\n|\r|\n/)
  if (lines.length > 0) lines[0] = (lines[0] ?? '').replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '')
  return lines.filter((line) => line.trim() !== '')
}

function sentences(text: string): string[] {
  return splitSentences(text).map((span) => text.slice(span.start, span.end))
}

describe('seed articles', () => {
  it('has an expected split for every seed and for every paragraph of it', () => {
    expect(Object.keys(expected).sort()).toEqual(seedNames)
    for (const name of seedNames) {
      expect(expected[name]?.length, name).toBe(paragraphs(name).length)
    }
  })

  for (const name of seedNames) {
    describe(name, () => {
      paragraphs(name).forEach((paragraph, index) => {
        it(`splits paragraph ${index + 1} like a copy editor`, () => {
          expect(sentences(paragraph)).toEqual(expected[name]?.[index])
        })
      })
    })
  }
})
