import { describe, expect, it } from 'vitest'
import { alignQuotes } from '../../../shared/story/quote-clusters'
import { normalizeQuote } from '../../../shared/story/quote-normalize'
import { quoteSimilarity } from '../../../shared/story/quote-similarity'
import { findQuotations } from '../../../shared/story/quotations'
import { storyArticleFromText } from '../../../shared/story/story-article'
import { quoteWords } from '../../../shared/story/quote-normalize'
import { seedArticles } from './seed-articles'

const sim = (left: string, right: string) => quoteSimilarity(quoteWords(left), quoteWords(right))

describe('quote normalisation and similarity', () => {
  it('ignores case, curly apostrophes, ellipses, punctuation and "okay"', () => {
    expect(normalizeQuote('It’s OKAY… with ME!')).toBe("it's ok with me")
    expect(normalizeQuote("it's ok... with me")).toBe("it's ok with me")
  })

  it('scores truncation and light paraphrase high, fragments and other words low', () => {
    expect(sim('We will rebuild the bridge by spring', 'We will rebuild the bridge')).toBe(1)
    expect(sim('It’s OK with me', 'That’s okay with me')).toBeGreaterThanOrEqual(0.7)
    expect(
      sim('We have lost thousands of people to drugs', 'We’re losing thousands of people to drugs'),
    ).toBeGreaterThanOrEqual(0.7)
    expect(sim('to stop drugs', 'Would I launch strikes in Mexico to stop drugs')).toBe(0)
    expect(sim('The budget is balanced', 'We will rebuild the bridge')).toBeLessThan(0.4)
    expect(sim('ok', 'ok with me')).toBe(0)
    expect(sim('okay', 'OK')).toBe(1)
  })

  it('forgives changed spellings through approximate search', () => {
    expect(
      sim('we will authorise the strikes now', 'we will authorize the strikes now'),
    ).toBeGreaterThan(0.9)
  })
})

describe('alignQuotes', () => {
  it('aligns versions of one quote across articles with a word diff and speakers', () => {
    const a = storyArticleFromText(
      { id: 'a' },
      '“The bridge will open in May. Nobody is worried,” Mayor Ana Ruiz said.',
    )
    const b = storyArticleFromText({ id: 'b' }, 'Ruiz said: “the bridge will be open in May.”')
    const c = storyArticleFromText({ id: 'c' }, 'Weather: “Sunny all week,” forecasters said.')
    const clusters = alignQuotes(
      [a, b, c].map((article) => ({
        ...article,
        quotations: findQuotations(article.text, article.sentences),
      })),
    )
    const bridge = clusters.find((cluster) => cluster.articleCount === 2)
    expect(bridge?.occurrences.map((o) => [o.articleId, o.text, o.speaker])).toEqual([
      ['a', 'The bridge will open in May.', 'Ana Ruiz'],
      ['b', 'the bridge will be open in May.', 'Ruiz'],
    ])
    // The fuller version is the reference; the other is marked where it differs from it.
    expect(bridge?.text).toBe('the bridge will be open in May.')
    expect(bridge?.occurrences[1]?.diff.every((part) => part.change === 'same')).toBe(true)
    const changed = bridge?.occurrences[0]?.diff.filter((part) => part.change !== 'same')
    expect(changed?.map((part) => [part.change, part.text.trim()])).toEqual([['removed', 'be']])
    expect(clusters[0]).toBe(bridge)
    expect(clusters.some((cluster) => cluster.text.startsWith('Sunny'))).toBe(true)
  })

  it('on the seeds, groups “It’s OK with me” with “That’s okay with me” in five articles', () => {
    const articles = seedArticles()
    const clusters = alignQuotes(
      articles.map((article) => ({
        ...article,
        quotations: findQuotations(article.text, article.sentences),
      })),
    )
    const ok = clusters.find((cluster) => normalizeQuote(cluster.text) === "it's ok with me")
    expect(ok?.articleCount).toBe(5)
    const texts = ok?.occurrences.map((occurrence) => occurrence.text) ?? []
    expect(texts).toContain('That’s okay with me')
    expect(texts).toContain('It’s OK with me.')
    expect(
      ok?.occurrences.filter((o) => o.speaker === 'Donald Trump').length,
    ).toBeGreaterThanOrEqual(4)
  })
})
