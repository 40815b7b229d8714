import { describe, expect, it } from 'vitest'
import { extractFigures } from '../../../shared/story/figures'
import { compatible, formatFigure } from '../../../shared/story/figure-value'
import { storyArticleFromText } from '../../../shared/story/story-article'

function figures(text: string) {
  const article = storyArticleFromText({ id: 'a' }, text)
  return extractFigures(article.text, article.sentences).map((figure) => ({
    text: figure.text,
    value: formatFigure(figure.value),
    topic: figure.topic,
    about: figure.about,
  }))
}

describe('extractFigures', () => {
  it('normalises qualifiers on digits and number words', () => {
    expect(
      figures(
        'Police made at least 21 arrests. Over 80 protesters gathered. Nearly forty cars burned. Up to 12 buses ran. Fewer than five shops opened. About 300 marchers came. Exactly twenty-one drones flew.',
      ).map((figure) => [figure.value, figure.topic]),
    ).toEqual([
      ['≥ 21', 'arrested'],
      ['> 80', 'crowd'],
      ['< 40', 'car'],
      ['≤ 12', 'bus'],
      ['< 5', 'shop'],
      ['≈ 300', 'crowd'],
      ['= 21', 'drone'],
    ])
  })

  it('reads vague quantities, ranges, percentages, money and dates', () => {
    const found = figures(
      'Dozens of homes flooded and hundreds of thousands of people fled. Between 5 and 8 bridges fell; 10-12 roads closed. Officials said 85% of farmland through the valley was lost, costing $2.5 million in repairs. The storm hit on September 2, 2024.',
    )
    expect(found.map((figure) => [figure.value, figure.about])).toEqual([
      ['dozens (24–199)', 'homes'],
      ['hundreds of thousands (200,000–999,999)', 'people'],
      ['5–8', 'bridges'],
      ['10–12', 'roads'],
      ['≥ 85%'.replace('≥ ', '= '), 'farmland through the valley'],
      ['= $2,500,000', 'repairs'],
      ['2024-09-02', 'date (the storm hit)'],
    ])
  })

  it('turns every wording of a death count into one topic', () => {
    const found = figures(
      'At least 83 people have died. The raid killed 11 people. Strikes killing over 80 suspected smugglers continued. It caused more than 80 deaths. The attacks have reportedly killed dozens.',
    )
    expect(found.map((figure) => [figure.value, figure.topic, figure.about])).toEqual([
      ['≥ 83', 'deaths', 'people killed'],
      ['= 11', 'deaths', 'people killed'],
      ['> 80', 'deaths', 'people killed'],
      ['> 80', 'deaths', 'people killed'],
      ['dozens (24–199)', 'deaths', 'people killed'],
    ])
  })

  it('merges plural and synonyms, and leaves out durations, years as names, handles and quotes', () => {
    const found = figures(
      'Two vessels and three boats sank. In the past two months, at the 2026 World Cup, @Team47 said “we lost 500 fans”. Eleven ships returned.',
    )
    expect(found.map((figure) => [figure.value, figure.topic])).toEqual([
      ['= 2', 'boat'],
      ['= 3', 'boat'],
      ['= 500', 'fan'],
      ['= 11', 'boat'],
    ])
    const article = storyArticleFromText({ id: 'a' }, 'He said “we lost 500 fans” today.')
    const quoted = { start: 8, end: 26 }
    expect(extractFigures(article.text, article.sentences, [quoted])).toEqual([])
  })
})

describe('compatible', () => {
  const value = (op: '≥' | '>' | '=' | '≈' | '<' | '≤', n: number) => ({
    op,
    value: n,
    unit: 'count' as const,
  })
  it('sets disjoint intervals apart and lets overlapping ones stand', () => {
    expect(compatible(value('≥', 21), value('=', 11))).toBe(false)
    expect(compatible(value('≥', 83), value('>', 80))).toBe(true)
    expect(compatible({ op: 'vague', value: 24, high: 199, unit: 'count' }, value('≥', 83))).toBe(
      true,
    )
    expect(compatible(value('>', 80), value('=', 80))).toBe(false)
    expect(compatible(value('≈', 100), value('=', 95))).toBe(true)
    expect(compatible(value('<', 50), value('≥', 50))).toBe(false)
    expect(compatible(value('≤', 50), value('≥', 50))).toBe(true)
    expect(compatible({ op: '=', value: 5, unit: '%' }, value('=', 9))).toBe(true)
  })

  it('reads a plainly written number as rounded to its last digit', () => {
    expect(compatible(value('=', 89_000), value('=', 88_966))).toBe(true)
    expect(compatible(value('=', 187_000), value('=', 170_000))).toBe(false)
    expect(
      compatible({ op: '=', value: 55.7, unit: '%' }, { op: '=', value: 55.72, unit: '%' }),
    ).toBe(true)
    expect(compatible({ op: '=', value: 3.8, unit: '%' }, { op: '=', value: 3.5, unit: '%' })).toBe(
      false,
    )
    expect(compatible(value('=', 21), value('=', 20))).toBe(false)
  })

  it('never sets a vague word against a number, nor one currency against another', () => {
    const thousands = { op: 'vague' as const, value: 2_000, high: 9_999, unit: 'count' as const }
    expect(compatible(thousands, value('=', 14_500))).toBe(true)
    expect(
      compatible({ op: '=', value: 90, unit: 'EUR' }, { op: '=', value: 98, unit: 'USD' }),
    ).toBe(true)
    expect(
      compatible(
        { op: '=', value: 72, unit: 'km', direction: 'southwest' },
        { op: '≈', value: 75, unit: 'km', direction: 'southeast' },
      ),
    ).toBe(false)
  })
})

function read(text: string) {
  const article = storyArticleFromText({ id: 'a' }, text)
  return extractFigures(article.text, article.sentences)
}

describe('extractFigures: what is never a count (failure class 1)', () => {
  it('leaves out clock times, dates, years before nouns, ages, labels and reading times', () => {
    const found = read(
      'The tremor struck at 10:47 p.m. and again at 6.15pm. The April 2031 siege kills dozens. Ravi Mehta, 51, filed for Chapter 11 protection in 2029. The page said 4 min read.',
    )
    expect(found.map((figure) => [figure.text, figure.topic])).toEqual([['dozens', 'deaths']])
  })
})

describe('extractFigures: maxima, rates per unit and elapsed time are not amounts given', () => {
  it('never compares a maximum term, or a fine per unit, with the one imposed', () => {
    const found = read(
      'The builder, who risked as much as 15 years in prison, was fined $40,000 per breach. He was sentenced to six years in prison.',
    )
    expect(found.map((figure) => [figure.text, figure.topic, figure.comparable])).toEqual([
      ['as much as 15 years', 'sentence', false],
      ['$40,000', 'money:fined|per breach', true],
      ['six years', 'sentence', true],
    ])
  })

  it('never reads an elapsed time as a count', () => {
    const found = read('The ruling comes 14 months after a jury convicted him on five counts.')
    expect(found.map((figure) => [figure.text, figure.topic])).toEqual([['five counts', 'count']])
  })
})

describe('extractFigures: measures by what they measure (failure class 2)', () => {
  it('tells a depth from a distance from an area, and normalises km, kilometres, miles', () => {
    const found = read(
      'The quake struck at a depth of 9 kilometers, 41 km (25 miles) northwest of Portvale, and shook 1,900 square kilometres.',
    )
    expect(found.map((figure) => [figure.kind, formatFigure(figure.value)])).toEqual([
      ['depth', '= 9 km'],
      ['distance', '= 41 km northwest'],
      ['area', '= 1,900 km²'],
    ])
    expect(found[1]?.topic).toBe('distance:epicentre:portv')
    const glued = read('A 12-km-deep tremor shook the 300-metre (984-foot) tower.')
    expect(glued.map((figure) => [figure.topic, formatFigure(figure.value)])).toEqual([
      ['depth', '= 12 km'],
      ['length:tower', '= 0.3 km'],
    ])
    const miles = read('The epicentre was 10 miles deep.')
    expect(miles[0]).toMatchObject({ kind: 'depth', value: { unit: 'km' } })
    expect(miles[0]?.value.value).toBeCloseTo(16.09, 1)
  })
})

describe('extractFigures: the common phrasings of a figure (failure class 4)', () => {
  it('reads tolls, injuries and passives however they are worded', () => {
    const found = read(
      'The death toll has risen to 61. Officials put the death count now reaching 64. The blast hurt many, injuring more than 1,700. Radio Kestrel said 903 were injured. The storm left 12,000 more damaged.',
    )
    expect(found.map((figure) => [figure.kind, formatFigure(figure.value)])).toEqual([
      ['killed', '= 61'],
      ['killed', '= 64'],
      ['injured', '> 1,700'],
      ['injured', '= 903'],
      ['damaged', '= 12,000'],
    ])
  })

  it('reads magnitudes in every spelling as one quantity', () => {
    const found = read(
      'A 5.9-magnitude quake hit. Another source gave M6.3. A third said magnitude-6.0.',
    )
    expect(found.map((figure) => [figure.topic, figure.value.value])).toEqual([
      ['magnitude', 5.9],
      ['magnitude', 6.3],
      ['magnitude', 6],
    ])
  })

  it('reads a prison term, a rate, a candidate’s share and money with what it is for', () => {
    const found = read(
      'The judge sentenced Ortega to 14 years in prison. The jobless rate rose to 4.1% in May. Lindqvist received 52.4% of the votes. He must forfeit €3 million in assets.',
    )
    expect(found.map((figure) => [figure.topic, formatFigure(figure.value)])).toEqual([
      ['sentence', '= 14 years'],
      // The rate's rise is read too, as the direction of its change (figure-changes).
      ['change:unemployment', 'rose'],
      ['rate:unemployment', '= 4.1%'],
      ['vote share:lindqvist', '= 52.4%'],
      ['money:asset', '= €3,000,000'],
    ])
  })
})

describe('extractFigures: scope (failure class 3)', () => {
  it('marks another event, one incident, one place, a headline and an earlier value', () => {
    const found = read(
      'It was the worst quake since one in 1987 that killed 3,000 people. The first raid killed 9 people. More than 400 deaths were recorded in Velmar province alone. 6 dead after ferry fire\nThe ministry revised a previous toll of 212.',
    )
    expect(found.map((figure) => figure.scope)).toMatchObject([
      { year: 1987, background: true },
      { part: 'first raid' },
      { part: 'place velmar' },
      { headline: true },
      { previous: true },
    ])
  })
})

describe('extractFigures: the missing, however worded', () => {
  it('reads a count of the missing past an adverb, and "the number of people missing"', () => {
    expect(
      figures(
        'The mayor said around 1,300 still remain unaccounted for. The number of people missing dropped to about 900 from 2,000, she said.',
      ).map((figure) => [figure.text, figure.topic]),
    ).toEqual([
      ['around 1,300', 'missing'],
      ['about 900', 'missing'],
    ])
  })
})

describe('extractFigures: the day of a running toll', () => {
  it('gives an undated toll the one day the article counts on, marked as carried', () => {
    const article = storyArticleFromText(
      { id: 'a' },
      'Police said on Monday that 1,000 people remain missing. Later police said 1,300 remain missing. Rescuers say 200 bodies have been found so far.',
    )
    const read = extractFigures(article.text, article.sentences)
    expect(read.map((figure) => [figure.scope.asOf, figure.scope.dayCarried])).toEqual([
      ['monday', undefined],
      ['monday', true],
      [undefined, undefined],
    ])
  })

  it('carries no day when the article counts on two', () => {
    const article = storyArticleFromText(
      { id: 'a' },
      'On Monday, police said 1,000 people were missing. On Tuesday, police said 800 were missing. Police said 1,300 remain missing.',
    )
    const read = extractFigures(article.text, article.sentences)
    expect(read.at(-1)?.scope.asOf).toBeUndefined()
  })

  it('keeps the sentence each figure stands in, to show beside other articles’ passages', () => {
    const article = storyArticleFromText(
      { id: 'a' },
      'The ferry sank on Sunday. Divers counted 40 passengers and 12 crew on the dock.',
    )
    const read = extractFigures(article.text, article.sentences)
    expect(read.map((figure) => [figure.text, figure.passage])).toEqual([
      ['40 passengers', 'Divers counted 40 passengers and 12 crew on the dock.'],
      ['12 crew', 'Divers counted 40 passengers and 12 crew on the dock.'],
    ])
  })
})
