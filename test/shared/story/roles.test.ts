import { describe, expect, it } from 'vitest'
import { suggestRoleDisputes } from '../../../shared/story/role-suggestions'
import { compareRoles } from '../../../shared/story/roles'
import { analyzeStory } from '../../../shared/story/story-analysis'
import { storyArticleFromText } from '../../../shared/story/story-article'
import { seedArticles } from './seed-articles'

const article = (id: string, text: string) =>
  storyArticleFromText({ id, title: `Title ${id}`, url: `https://${id}.example/story` }, text)

describe('compareRoles', () => {
  it('flags a former holder called current, and marks the current claim as the odd one', () => {
    const findings = compareRoles([
      { id: 'a', text: 'Talks were held under then-governor Rosa Ibarra Lenz in 2019.' },
      { id: 'b', text: 'The deal may strain ties with Governor Rosa Ibarra Lenz’s office.' },
      { id: 'c', text: 'Markets rose on Monday.' },
    ])
    const lenz = findings.find((finding) => finding.person === 'Rosa Ibarra Lenz')
    expect(lenz?.conflict).toBe(true)
    expect(lenz?.values.map((value) => [value.articleId, value.text])).toEqual([
      ['a', 'then-governor Rosa Ibarra Lenz'],
      ['b', 'Governor Rosa Ibarra Lenz’s'],
    ])
    expect(lenz?.odd.map((value) => value.articleId)).toEqual(['b'])
  })

  it('takes a title told of a past time as no claim about now', () => {
    const findings = compareRoles([
      { id: 'a', text: 'Talks were held under then-governor Rosa Ibarra Lenz.' },
      { id: 'b', text: 'Markets fell. In 2019, Governor Rosa Ibarra Lenz signed the deal.' },
    ])
    expect(findings.filter((finding) => finding.conflict)).toEqual([])
    const holders = compareRoles([
      { id: 'a', text: 'Freedonian Prime Minister Ada Quist spoke.' },
      { id: 'b', text: 'Freedonian Prime Minister Ada Quist agreed.' },
      { id: 'c', text: 'In 2009, Freedonian Prime Minister Olaf Brandt disagreed.' },
    ])
    expect(holders.filter((finding) => finding.conflict)).toEqual([])
  })

  it('flags two current holders of one office with the same scope, the minority odd', () => {
    const findings = compareRoles([
      { id: 'a', text: 'Freedonian Prime Minister Ada Quist spoke.' },
      { id: 'b', text: 'Freedonian Prime Minister Ada Quist agreed.' },
      { id: 'c', text: 'Freedonian Prime Minister Olaf Brandt disagreed.' },
    ])
    const conflict = findings.find((finding) => finding.conflict)
    expect(conflict?.person).toBe('Olaf Brandt')
    expect(conflict?.odd.map((value) => [value.articleId, value.text])).toEqual([
      ['c', 'Freedonian Prime Minister Olaf Brandt'],
    ])
    // Different scopes, or one holder named by all, are no conflict.
    const scoped = compareRoles([
      {
        id: 'a',
        text: 'Freedonian Prime Minister Ada Quist met Sylvanian Prime Minister Olaf Brandt.',
      },
      {
        id: 'b',
        text: 'Freedonian Prime Minister Ada Quist and Sylvanian Prime Minister Olaf Brandt met.',
      },
    ])
    expect(scoped.filter((finding) => finding.conflict)).toEqual([])
  })

  it('flags a given name borrowed from another person of the story', () => {
    const findings = compareRoles([
      { id: 'a', text: 'Pablo Serrat beat Marta Oyelaran in the runoff.' },
      { id: 'b', text: 'Marta Oyelaran conceded to Pablo Serrat.' },
      { id: 'c', text: 'Pablo Oyelaran, the other candidate, lost to Pablo Serrat.' },
    ])
    const conflict = findings.find((finding) => finding.conflict)
    expect(conflict?.person).toBe('Marta Oyelaran')
    expect(conflict?.odd).toEqual([
      expect.objectContaining({ articleId: 'c', text: 'Pablo Oyelaran' }),
    ])
    // Relatives who share a surname, with given names nobody else bears, are no conflict.
    const family = compareRoles([
      { id: 'a', text: 'Pablo Serrat and Ines Serrat voted.' },
      { id: 'b', text: 'Pablo Serrat voted early.' },
      { id: 'c', text: 'Lucia Serrat voted late.' },
    ])
    expect(family.filter((finding) => finding.conflict)).toEqual([])
  })

  it('takes no event or body for a person whose given name was borrowed', () => {
    // "French" stands before "Opens" in two articles, so a lone "French Open" looked like the
    // "US Open" renamed with another person's given name.
    const findings = compareRoles([
      { id: 'a', text: 'Ana Ruiz won her fourth US Open. She also won the French Open this year.' },
      { id: 'b', text: 'The US Open final went to Ana Ruiz, who has two French Opens.' },
      { id: 'c', text: 'Ruiz took the US Open after her three French Opens.' },
      {
        id: 'd',
        text: 'At the US Open, the Justice Department and the Health Department sat apart.',
      },
    ])
    expect(findings.filter((finding) => finding.conflict)).toEqual([])
  })

  it('reads "former" before a capitalised part of the role, and a title run into a name', () => {
    const findings = compareRoles([
      { id: 'a', text: 'Former Green leader Ada Quist kept her seat.' },
      { id: 'b', text: 'Independent and former Green leader Ada Quist kept her seat.' },
      { id: 'c', text: 'Speaker of the House Omar Diaz and Omar Diaz’s aides met Ada Quist.' },
      { id: 'd', text: 'Omar Diaz met Ada Quist.' },
      { id: 'e', text: 'House Omar Diaz allies met Omar Vale.' },
    ])
    expect(findings.filter((finding) => finding.conflict)).toEqual([])
  })

  it('lists people several articles name with a role, titles after the name included', () => {
    const findings = compareRoles([
      { id: 'a', text: 'Nia Obi, a senior fire officer in the north, said it was over.' },
      { id: 'b', text: 'Senior fire officer Nia Obi said so.' },
    ])
    expect(findings).toEqual([
      expect.objectContaining({
        person: 'Nia Obi',
        conflict: false,
        values: [
          expect.objectContaining({ articleId: 'a', text: 'Nia Obi, a senior fire officer' }),
          expect.objectContaining({ articleId: 'b', text: 'Senior fire officer Nia Obi' }),
        ],
      }),
    ])
  })
})

describe('suggestRoleDisputes', () => {
  it('proposes disputed on the odd sentence, with unique ids and the others as evidence', () => {
    const articles = [
      article('a', 'Talks began under then-governor Rosa Lenz. Nothing came of them.'),
      article(
        'b',
        'The plan needs Governor Rosa Lenz. Aides agree. The plan needs Governor Rosa Lenz.',
      ),
    ]
    const suggestions = suggestRoleDisputes(compareRoles(articles), articles)
    expect(suggestions.map((s) => [s.articleId, s.kind, s.target.quote.exact])).toEqual([
      ['b', 'disputed', 'The plan needs Governor Rosa Lenz.'],
      ['b', 'disputed', 'The plan needs Governor Rosa Lenz.'],
    ])
    expect(new Set(suggestions.map((s) => s.id)).size).toBe(2)
    expect(suggestions[0]?.evidence).toEqual(['https://a.example/story'])
    expect(suggestions[0]?.reason).toContain('then-governor Rosa Lenz')
    // Stable for the same text, and nothing over a tagged span.
    expect(suggestRoleDisputes(compareRoles(articles), articles).map((s) => s.id)).toEqual(
      suggestions.map((s) => s.id),
    )
    const tagged = new Map([['b', [{ start: 0, end: 5 }]]])
    expect(suggestRoleDisputes(compareRoles(articles), articles, tagged)).toHaveLength(1)
  })
})

describe('roles on the seeds', () => {
  it('finds that one article names Mexico’s former president as the current one', () => {
    const articles = seedArticles()
    const analysis = analyzeStory(articles)
    const obrador = analysis.roles.find((role) => role.person.includes('López Obrador'))
    expect(obrador?.conflict).toBe(true)
    const fourth = articles[4]?.id
    expect(obrador?.values.map((value) => value.articleId)).toContain(fourth)
    const disputed = analysis.suggestions.filter(
      (suggestion) =>
        suggestion.kind === 'disputed' && suggestion.target.quote.exact.includes('López Obrador'),
    )
    expect(disputed.map((suggestion) => suggestion.articleId)).toEqual([fourth])
    // Nothing else on the seeds is a role conflict.
    expect(analysis.roles.filter((role) => role.conflict)).toHaveLength(1)
  })
})

describe('compareRoles and title-case headlines', () => {
  it('does not read the verb after an office in a title-case headline as a second holder', () => {
    const findings = compareRoles([
      { id: 'a', text: 'Dunmore Gov. Ana Ruiz said the toll could double.' },
      { id: 'b', text: 'Dunmore Governor Ana Ruiz said the toll could double.' },
      {
        id: 'c',
        text: 'Flood Toll Hits 40, Dunmore Governor Warns Figure Could Double\nDunmore Gov. Ana Ruiz said the toll could double.',
      },
    ])
    expect(findings.filter((finding) => finding.conflict)).toEqual([])
  })
})
