import type { EvalOutput } from './eval-output'
import { bestMatch } from './spans'
import { clip, emptyMeasure, type Measure } from './tally'
import type { LocatedTruth } from './truth'

type Value = EvalOutput['numbers'][number]['values'][number]

interface Meaning {
  /** Index into `truth.figures`, or -1 for a distractor or an unlabelled figure. */
  figure: number
  words: string
}

/** What a figure of the analysis is, by the labelled passage it sits in. */
function meaningOf(value: Value, truth: LocatedTruth): Meaning {
  const candidates = [
    ...truth.figures.flatMap((figure, index) =>
      figure.values.map((passage) => ({ ...passage, figure: index, words: figure.quantity })),
    ),
    ...truth.distractors.map((passage) => ({
      ...passage,
      figure: -1,
      words: `distractor: ${passage.why}`,
    })),
  ]
  const match = bestMatch(value, candidates)
  return match ? { figure: match.figure, words: match.words } : { figure: -1, words: 'unlabelled' }
}

/**
 * Figure conflicts. A topic the analysis flags is **right** when every one of its values that
 * conflicts with another article sits in a value of a labelled figure with `conflict: true`,
 * and some value of an article it conflicts with sits in the same figure; otherwise it is wrong
 * (it sets a distractor, an unlabelled figure, or two different quantities against each other).
 * Precision: right flagged topics over flagged topics. Recall: labelled figures with
 * `conflict: true` that some right topic shows, over all of them.
 */
export function scoreFigureConflicts(truth: LocatedTruth, output: EvalOutput): Measure {
  const measure = emptyMeasure()
  const found = new Set<number>()
  for (const topic of output.numbers) {
    if (!topic.conflict) continue
    measure.precision.total += 1
    const meanings = new Map(topic.values.map((value) => [value, meaningOf(value, truth)]))
    const problems: string[] = []
    const shown = new Set<number>()
    for (const value of topic.values) {
      if (value.conflictsWith.length === 0) continue
      const meaning = meanings.get(value) as Meaning
      const figure = truth.figures[meaning.figure]
      const backed = topic.values.some(
        (other) =>
          value.conflictsWith.includes(other.file) &&
          meanings.get(other)?.figure === meaning.figure,
      )
      if (figure?.conflict && backed) shown.add(meaning.figure)
      else {
        problems.push(
          `${value.file} “${clip(value.text, 40)}” (${meaning.words}${figure && !figure.conflict ? ', no conflict' : ''})`,
        )
      }
    }
    if (problems.length === 0 && shown.size > 0) {
      measure.precision.right += 1
      for (const index of shown) found.add(index)
    } else {
      measure.wrong.push(`topic “${topic.about}” flags ${problems.join('; ')}`)
    }
  }
  truth.figures.forEach((figure, index) => {
    if (!figure.conflict) return
    measure.recall.total += 1
    if (found.has(index)) measure.recall.right += 1
    else measure.missed.push(`figure conflict not found: ${figure.quantity}`)
  })
  return measure
}
