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
      ['≥ 21', 'arrest'],
      ['> 80', 'protester'],
      ['< 40', 'car'],
      ['≤ 12', 'bus'],
      ['< 5', 'shop'],
      ['≈ 300', 'marcher'],
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
})
