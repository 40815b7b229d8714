import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { splitSentences } from '../../../shared/text/sentences'

/** One rule of the English "Golden Rules" benchmark (pragmatic_segmenter's spec, rules 1–52). */
interface GoldenRule {
  id: number
  name: string
  input: string
  expected: string[]
}

const rules = JSON.parse(
  readFileSync(new URL('../../fixtures/golden_rules_en.json', import.meta.url), 'utf8'),
) as GoldenRule[]

/**
 * The rules we do not pass, each with its reason. They run with `it.fails`, so a change that
 * makes one pass turns its test red until it is taken off this list.
 */
const knownFailures = new Map<number, string>([])

/**
 * The benchmark's scoring: split, trim each sentence, compare with the expected list exactly. The
 * benchmark's sentences are cleaned text ("a sentence\ncut off" is expected as "a sentence cut
 * off"), while spans are slices of the input, so whitespace runs inside a sentence, line breaks
 * included, are compared as one space.
 */
function score(input: string): string[] {
  return splitSentences(input).map((span) =>
    input.slice(span.start, span.end).replace(/\s+/g, ' ').trim(),
  )
}

const passing = rules.length - knownFailures.size

describe(`English Golden Rules: ${passing} of ${rules.length} pass`, () => {
  it('holds the 52 rules of the benchmark, numbered 1 to 52', () => {
    expect(rules.map((rule) => rule.id)).toEqual(
      Array.from({ length: 52 }, (_, index) => index + 1),
    )
    for (const id of knownFailures.keys()) expect(id).toBeLessThanOrEqual(52)
  })

  for (const rule of rules) {
    const title = `rule ${rule.id}: ${rule.name}`
    const reason = knownFailures.get(rule.id)
    if (reason === undefined) {
      it(`passes ${title}`, () => {
        expect(score(rule.input)).toEqual(rule.expected)
      })
    } else {
      it.fails(`fails ${title} (${reason})`, () => {
        expect(score(rule.input)).toEqual(rule.expected)
      })
    }
  }
})
