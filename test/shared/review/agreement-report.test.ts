import { describe, expect, it } from 'vitest'
import type { Annotation, EditorRef, TagKind } from '../../../shared/model/annotation'
import { agreementReport, type AgreementArticle } from '../../../shared/review/agreement-report'
import { splitSentences } from '../../../shared/text/sentences'
import { ANA, BEN, CHLOE, tag } from './tags'

/** An article of `count` numbered sentences, tagged whole-sentence by `labels[editor]`. */
function article(
  id: string,
  count: number,
  labels: [EditorRef, (TagKind | null)[]][],
): AgreementArticle {
  const text = Array.from({ length: count }, (_, index) => `Sentence number ${index + 1}.`).join(
    ' ',
  )
  const sentences = splitSentences(text)
  expect(sentences).toHaveLength(count)
  const annotations: Annotation[] = labels.flatMap(([editor, kinds]) =>
    kinds.flatMap((kind, index) =>
      kind === null
        ? []
        : [tag(editor, kind, text, sentences[index]!.start, sentences[index]!.end, id)],
    ),
  )
  return { id, title: `Article ${id}`, text, sentences, annotations }
}

const ONE = '1111111111111111'
const TWO = '2222222222222222'
const THREE = '3333333333333333'

describe('agreementReport', () => {
  // Six sentences. Labels (null = untagged, so 'none'):
  //   Ana: quote, none, claim, none, none,  disputed
  //   Ben: quote, none, none,  none, claim, disputed
  // p_o = 4/6. Ana and Ben each use none 3, quote 1, claim 1, disputed 1:
  //   κ = (6·4 − (9 + 1 + 1 + 1)) / (36 − 12) = 12/24 = 0.5.
  // Pooled: n = 12, n_none = 6, n_quote = n_claim = n_disputed = 2, Σ n_c² = 48;
  //   units 3 and 5 disagree, 2 ordered pairs each, / (2 − 1): Σ_{c≠k} o_ck = 4;
  //   α = 1 − 11 · 4 / (144 − 48) = 1 − 44/96 = 13/24.
  const first = article(ONE, 6, [
    [ANA, ['quote', null, 'claim', null, null, 'disputed']],
    [BEN, ['quote', null, null, null, 'claim', 'disputed']],
  ])
  // Only Ana tagged the second article: Ben is missing on it, not 'none'.
  const second = article(TWO, 4, [[ANA, ['context', 'context', null, null]]])

  it('gives hand-computed figures per article and for the library with two editors', () => {
    const report = agreementReport({ articles: [first, second], editors: [ANA, BEN] })
    expect(report.editors).toEqual([ANA, BEN])
    expect(report.labels).toEqual(['none', 'quote', 'claim', 'disputed', 'context'])
    const [one, two] = report.articles
    expect(one).toMatchObject({
      id: ONE,
      title: `Article ${ONE}`,
      units: 6,
      pairedUnits: 6,
      coders: [ANA.id, BEN.id],
      percentAgreement: 4 / 6,
      kappa: 0.5,
      // Review mode's counts: sentences 1 and 6 agree; 3 and 5 are tagged by one editor only.
      agreements: 2,
      conflicts: 0,
      gaps: 2,
    })
    expect(one!.alpha).toBeCloseTo(13 / 24, 12)
    expect(one!.confusion).toEqual({
      rows: ANA,
      columns: BEN,
      labels: ['none', 'quote', 'claim', 'disputed', 'context'],
      counts: [
        [2, 0, 1, 0, 0],
        [0, 1, 0, 0, 0],
        [1, 0, 0, 0, 0],
        [0, 0, 0, 1, 0],
        [0, 0, 0, 0, 0],
      ],
    })
    expect(two).toEqual({
      id: TWO,
      title: `Article ${TWO}`,
      units: 4,
      pairedUnits: 0,
      coders: [ANA.id],
      agreements: 0,
      conflicts: 0,
      gaps: 0,
      percentAgreement: null,
      kappa: null,
      alpha: null,
      confusion: {
        ...one!.confusion!,
        counts: one!.confusion!.counts.map((row) => row.map(() => 0)),
      },
    })
    // The library: 10 sentences, of which the 6 of the first article are coded by both. Had Ben
    // counted as 'none' on the second, the library would pair 4 more sentences (2 disagreeing).
    expect(report.library).toMatchObject({
      units: 10,
      pairedUnits: 6,
      coders: [ANA.id, BEN.id],
      percentAgreement: one!.percentAgreement,
      kappa: one!.kappa,
      alpha: one!.alpha,
      confusion: one!.confusion,
    })
  })

  it('pools the sentences of all articles for the library figures', () => {
    const third = article(THREE, 2, [
      [ANA, ['claim', null]],
      [BEN, ['quote', 'quote']],
    ])
    const report = agreementReport({ articles: [first, second, third], editors: [ANA, BEN] })
    // Paired units: 6 + 2. Agreements 4 + 0. Ana: none 4, quote 1, claim 2, disputed 1;
    // Ben: none 3, quote 3, claim 1, disputed 1. Σ a_c b_c = 12 + 3 + 2 + 1 = 18;
    // κ = (8·4 − 18) / (64 − 18) = 14/46.
    expect(report.library).toMatchObject({ units: 12, pairedUnits: 8, percentAgreement: 0.5 })
    // Quote against claim on the third article's first sentence is the one conflict; Ben's
    // missing row on the second article makes no gap there.
    expect(report.library).toMatchObject({ agreements: 2, conflicts: 1, gaps: 3 })
    expect(report.library.kappa).toBeCloseTo(14 / 46, 12)
    // Ana's claim row: against Ben's none (first article) and quote (third).
    expect(report.library.confusion!.counts[2]).toEqual([1, 1, 0, 0, 0])
  })

  it('gives alpha and pairwise agreement, but no kappa or confusion matrix, for three editors', () => {
    const three = article(ONE, 3, [
      [ANA, ['quote', null, 'claim']],
      [BEN, ['quote', null, null]],
      [CHLOE, ['quote', 'claim', 'claim']],
    ])
    const report = agreementReport({ articles: [three], editors: [ANA, BEN, CHLOE] })
    // Units: {q, q, q}, {n, n, c}, {c, n, c}. Agreeing pairs 3 + 1 + 1 = 5 of 9.
    // n = 9: quote 3, none 3, claim 3 → Σ n_c² = 27, 81 − 27 = 54.
    // Disagreeing ordered pairs: units 2 and 3, 9 − 5 = 4 each, / 2: Σ_{c≠k} o_ck = 4.
    // α = 1 − 8 · 4 / 54 = 11/27.
    expect(report.articles[0]).toMatchObject({
      units: 3,
      pairedUnits: 3,
      coders: [ANA.id, BEN.id, CHLOE.id],
      percentAgreement: 5 / 9,
      kappa: null,
      confusion: null,
      agreements: 1,
      conflicts: 0,
      gaps: 2,
    })
    expect(report.articles[0]!.alpha).toBeCloseTo(11 / 27, 12)
  })

  it('only counts the editors given', () => {
    const three = article(ONE, 3, [
      [ANA, ['quote', null, 'claim']],
      [CHLOE, ['quote', 'claim', 'claim']],
    ])
    const report = agreementReport({ articles: [three], editors: [ANA] })
    expect(report.articles[0]).toMatchObject({
      units: 3,
      pairedUnits: 0,
      coders: [ANA.id],
      percentAgreement: null,
      kappa: null,
      alpha: null,
      confusion: null,
    })
  })

  it('is plain JSON: undefined figures are null, never NaN', () => {
    const report = agreementReport({ articles: [first, second], editors: [ANA, BEN] })
    expect(JSON.parse(JSON.stringify(report))).toEqual(report)
    const empty = agreementReport({ articles: [], editors: [] })
    expect(empty).toEqual({
      editors: [],
      labels: ['none', 'quote', 'claim', 'disputed', 'context'],
      articles: [],
      library: {
        units: 0,
        pairedUnits: 0,
        agreements: 0,
        conflicts: 0,
        gaps: 0,
        coders: [],
        percentAgreement: null,
        kappa: null,
        alpha: null,
        confusion: null,
      },
    })
  })

  it('does not share objects with its input', () => {
    const editors = [{ ...ANA }, { ...BEN }]
    const report = agreementReport({ articles: [first], editors })
    editors[0]!.name = 'Changed'
    expect(report.editors[0]!.name).toBe(ANA.name)
    expect(report.articles[0]!.confusion!.rows.name).toBe(ANA.name)
  })

  it('throws a precise RangeError for repeated editors or articles, or a misfiled tag', () => {
    expect(() => agreementReport({ articles: [], editors: [ANA, BEN, ANA] })).toThrow(
      "agreementReport: editor 'ana-ruiz' is listed twice",
    )
    expect(() => agreementReport({ articles: [first, first], editors: [ANA] })).toThrow(
      `agreementReport: article '${ONE}' is listed twice`,
    )
    const misfiled = { ...second, annotations: [first.annotations[0]!] }
    expect(() => agreementReport({ articles: [misfiled], editors: [ANA] })).toThrow(
      `agreementReport: tag '${first.annotations[0]!.id}' belongs to article '${ONE}', not '${TWO}'`,
    )
  })
})
