import type { EvalOutput } from '../../../bench/story-eval/eval-output'
import type { LocatedTruth, StoryTruth } from '../../../bench/story-eval/truth'
import { locateTruth } from '../../../bench/story-eval/truth'

/** Two made-up articles of one event, by file name. */
export const TEXTS = new Map([
  [
    'A.txt',
    'The storm killed 12 people, officials said. “We will rebuild,” Mayor Ann Lee said. ' +
      'Photo: Jo Smith/Agency. At 10:47 p.m. the wind fell.',
  ],
  [
    'B.txt',
    'The storm killed 40 people. “We will rebuild this town,” said Lee. ' +
      'Governor Tom Ray called it a disaster. A bus crash killed 4.',
  ],
])

/** Where `words` first occurs in the article `file`. */
export function at(file: string, words: string): { file: string; start: number; end: number } {
  const start = TEXTS.get(file)?.indexOf(words) ?? -1
  if (start < 0) throw new Error(`test fixture: “${words}” is not in ${file}`)
  return { file, start, end: start + words.length }
}

/** The labels of the two articles, placed. */
export function truth(overrides: Partial<StoryTruth> = {}): LocatedTruth {
  return locateTruth(
    {
      event: 'storm',
      quotes: [
        {
          speaker: 'Ann Lee',
          variants: [
            { file: 'A.txt', text: 'We will rebuild,' },
            { file: 'B.txt', text: 'We will rebuild this town,' },
          ],
        },
      ],
      figures: [
        {
          quantity: 'people killed by the storm',
          conflict: true,
          values: [
            { file: 'A.txt', text: 'killed 12 people', value: '12' },
            { file: 'B.txt', text: 'killed 40 people', value: '40' },
          ],
        },
      ],
      distractors: [{ file: 'B.txt', text: 'A bus crash killed 4', why: 'another event' }],
      roles: [
        {
          person: 'Tom Ray',
          conflict: true,
          claims: [{ file: 'B.txt', text: 'Governor Tom Ray', role: 'governor' }],
        },
      ],
      debris: [{ file: 'A.txt', text: 'Photo: Jo Smith/Agency.', kind: 'credit' }],
      ...overrides,
    },
    TEXTS,
  )
}

/** An analysis output with nothing in it, to fill in. */
export function emptyOutput(): EvalOutput {
  return { quotes: [], numbers: [], roles: [], suggestions: [], debris: [] }
}

/** A suggestion of `kind` over `words` of `file`. */
export function suggestion(
  kind: string,
  file: string,
  words: string,
  speaker: string | null = null,
): EvalOutput['suggestions'][number] {
  return { id: `${kind}-${words}`, kind, text: words, speaker, ...at(file, words) }
}
