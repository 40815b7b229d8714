import { describe, expect, it } from 'vitest'
import { alignQuotes, sameSpeaker, type QuotedArticle } from '../../../shared/story/quote-clusters'
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

/** Articles with their quotations found, as alignQuotes takes them. */
function quoted(...texts: string[]): QuotedArticle[] {
  return texts.map((text, index) => {
    const article = storyArticleFromText({ id: `a${index}` }, text)
    return { ...article, quotations: findQuotations(article.text, article.sentences) }
  })
}

describe('alignQuotes across sentence boundaries', () => {
  it('groups a remark cut into short sentences with its version in one sentence', () => {
    const clusters = alignQuotes(
      quoted('“Hush! Hush, now!” the judge said.', 'The judge said “hush, hush now” twice.'),
    )
    const hush = clusters.filter((cluster) => cluster.articleCount === 2)
    expect(hush.map((cluster) => cluster.occurrences.map((o) => o.text))).toEqual([
      ['Hush! Hush, now!', 'hush, hush now'],
    ])
  })

  it('keeps groups pure: a short remark does not swallow a different one', () => {
    const clusters = alignQuotes(
      quoted(
        '“Hush! We will appeal this ruling,” the lawyer said.',
        '“Hush! Hush, now!” the judge said.',
        '“We will appeal this ruling,” the lawyer said.',
      ),
    )
    const appeal = clusters.find((cluster) => cluster.text.includes('appeal'))
    expect(appeal?.occurrences.map((o) => o.articleId)).toEqual(['a0', 'a2'])
    expect(appeal?.occurrences.some((o) => o.text.includes('now'))).toBe(false)
  })
})

/** Made-up words for remarks that share no wording. */
const VOCABULARY = Array.from(
  { length: 400 },
  (_, index) =>
    `${'bcdfghklmnprstvz'[index % 16]}${'aeiou'[index % 5]}${'lmnrst'[index % 6]}${'aeiou'[(index >> 2) % 5]}${'kpt'[index % 3]}${index >> 4}`,
)

describe('alignQuotes speakers', () => {
  it('gives a version with no speaker the one every other article names, unsure', () => {
    const clusters = alignQuotes(
      quoted(
        '“The dam will hold through the night,” engineer Rui Sato said.',
        'Sato told reporters: “The dam will hold through the night.”',
        'The message was clear: “The dam will hold through the night.”',
      ),
    )
    const dam = clusters.find((cluster) => cluster.articleCount === 3)
    expect(dam?.occurrences.map((o) => [o.speaker, o.confidence])).toEqual([
      ['Rui Sato', 'high'],
      ['Sato', 'high'],
      ['Rui Sato', 'low'],
    ])
    // A two-word phrase is anyone's to repeat: nobody is given.
    const phrase = alignQuotes(
      quoted(
        'The mayor called it a “total loss,” Rui Sato said.',
        'Sato called it a “total loss.”',
        'Critics saw a “total loss.”',
      ),
    )
    expect(phrase[0]?.occurrences.map((o) => o.speaker)).toEqual(['Rui Sato', 'Sato', null])
    // Two articles naming different people: nobody is given.
    const split = alignQuotes(
      quoted(
        '“The dam will hold through the night,” Rui Sato said.',
        '“The dam will hold through the night,” Ana Ruiz said.',
        'Reporters heard “the dam will hold through the night.”',
      ),
    )
    expect(split[0]?.occurrences.map((o) => o.speaker)).toEqual(['Rui Sato', 'Ana Ruiz', null])
  })

  it('names an unnamed “a …” the others name, and keeps a definite description', () => {
    const versions = (third: string) =>
      alignQuotes(
        quoted(
          '“The dam will hold through the night,” engineer Rui Sato said.',
          'Sato told reporters: “The dam will hold through the night.”',
          third,
        ),
      )[0]?.occurrences.map((o) => [o.speaker, o.confidence, o.description])
    expect(versions('“The dam will hold through the night,” a site engineer said.')?.[2]).toEqual([
      'Rui Sato',
      'low',
      'a site engineer',
    ])
    expect(versions('“The dam will hold through the night,” the ministry said.')?.[2]).toEqual([
      null,
      'low',
      'the ministry',
    ])
  })
})

describe('alignQuotes work', () => {
  /** A story of `count` articles, each quoting two shared remarks in its own way and its own. */
  function story(count: number): QuotedArticle[] {
    const remarks = [
      [
        'We will rebuild every bridge before the winter comes',
        'We will rebuild each bridge before winter',
      ],
      [
        'Nobody in this city will be left behind by the recovery',
        'No one in this city will be left behind',
      ],
      [
        'The levee held for three days and then it simply gave way',
        'The levee held three days and then gave way',
      ],
    ]
    let seed = 7
    const texts = Array.from({ length: count }, (_, index) => {
      const [first, second] = [remarks[index % 3], remarks[(index + 1) % 3]]
      // Its own remark: ten words drawn from a vocabulary of 2,000, different in every article.
      const own = Array.from({ length: 10 }, (_, word) => {
        seed = (seed * 1103515245 + 12345) % 2147483648
        return `${VOCABULARY[Math.floor(seed / 65536) % VOCABULARY.length]}${word === 0 ? index : ''}`
      }).join(' ')
      return `“${first?.[index % 2]},” Mayor Ana Ruiz said. “${second?.[(index + 1) % 2]},” she added. Locals said “${own}”.`
    })
    return quoted(...texts)
  }

  it('compares about linearly more as the story grows, and groups the same', () => {
    const sizes = [20, 80, 320]
    const counts = sizes.map(() => ({ comparisons: 0 }))
    const [smallClusters, , largeClusters] = sizes.map((size, index) =>
      alignQuotes(story(size), counts[index]),
    )
    const [small, middle, large] = counts.map((count) => count.comparisons)
    // Four times the articles, each time: well under sixteen times the comparisons (all pairs).
    expect((middle ?? 0) / (small ?? 1)).toBeLessThan(4 * 1.5)
    expect((large ?? 0) / (middle ?? 1)).toBeLessThan(4 * 1.5)
    const quotations = 320 * 3
    expect(large).toBeLessThan(quotations * 4)
    expect(smallClusters?.filter((cluster) => cluster.articleCount > 1)).toHaveLength(3)
    expect(largeClusters?.filter((cluster) => cluster.articleCount > 1)).toHaveLength(3)
    expect(largeClusters?.filter((cluster) => cluster.articleCount === 1)).toHaveLength(320)
    // Each remark of its own is a group of its own: nothing merged them.
    expect(smallClusters?.filter((cluster) => cluster.articleCount === 1)).toHaveLength(20)
  })
})

describe('alignQuotes: a remark credited to someone else is another remark', () => {
  const align = (...texts: string[]) =>
    alignQuotes(
      texts.map((text, index) => {
        const article = storyArticleFromText({ id: String.fromCharCode(97 + index) }, text)
        return { ...article, quotations: findQuotations(article.text, article.sentences) }
      }),
    ).map((cluster) => cluster.occurrences.map((o) => [o.articleId, o.speaker, o.confidence]))

  it('keeps a spokesman’s account apart from the remark it retells', () => {
    // The mayor's post is credited to her by a pronoun across paragraphs: a guess.
    const post =
      'Mayor Ana Ruiz then went online to explain herself.\n\n“Earlier today I called the new tax plan a disgrace to every family in this city, and I meant it,” she posted.'
    const groups = align(
      post,
      'Spokesman Tom Hale said: “The mayor called the new tax plan a disgrace to every family in this city.”',
      post,
    )
    const hale = groups.find((group) => group.some(([, speaker]) => speaker === 'Tom Hale'))
    expect(hale?.map(([id]) => id)).toEqual(['b'])
  })

  it('still shows the same words credited surely to two people side by side', () => {
    const groups = align(
      '“The levee will hold through the storm,” Ana Ruiz said.',
      '“The levee will hold through the storm,” Tom Hale said.',
    )
    expect(groups[0]?.map(([id, speaker]) => [id, speaker])).toEqual([
      ['a', 'Ana Ruiz'],
      ['b', 'Tom Hale'],
    ])
  })
})

describe('sameSpeaker', () => {
  it('lets a version join a group naming nobody, the same person, or another one surely', () => {
    expect(sameSpeaker('ruiz', false, new Map())).toBe(true)
    expect(sameSpeaker('ruiz', false, new Map([['ruiz', false]]))).toBe(true)
    expect(sameSpeaker('ruiz', true, new Map([['hale', true]]))).toBe(true)
    expect(sameSpeaker('ruiz', true, new Map([['hale', false]]))).toBe(false)
    expect(sameSpeaker('ruiz', false, new Map([['hale', true]]))).toBe(false)
  })
})

describe('alignQuotes: one article’s two quotations', () => {
  const glad = (clusters: ReturnType<typeof alignQuotes>) =>
    clusters
      .filter((cluster) => cluster.occurrences.some((o) => o.text.includes('glad')))
      .map((cluster) => cluster.occurrences.map((o) => [o.articleId, o.text]))

  it('keeps a remark apart from another of the article’s quotations that shares a clause', () => {
    const clusters = alignQuotes(
      quoted(
        '“Would I close those mines? I would be glad to do it myself,” the governor said. Later she added: “I never said I am doing it, but I would be glad to do it because we are going to save thousands of jobs by doing it.”',
        '“I would be glad to do it myself,” the governor said on Monday.',
        '“I never said I am doing it, but I’d be glad to do it,” the governor said.',
      ),
    )
    expect(glad(clusters)).toEqual(
      expect.arrayContaining([
        [
          ['a0', 'I would be glad to do it myself'],
          ['a1', 'I would be glad to do it myself'],
        ],
        [
          [
            'a0',
            'I never said I am doing it, but I would be glad to do it because we are going to save thousands of jobs by doing it.',
          ],
          ['a2', 'I never said I am doing it, but I’d be glad to do it'],
        ],
      ]),
    )
    expect(glad(clusters)).toHaveLength(2)
  })

  it('still groups a headline’s question with the body’s quotation around it', () => {
    const clusters = alignQuotes(
      quoted(
        '“Why are you still playing out here?” the runner-up joked.\n\n“To start with, I want to ask Elena: Why are you still playing out here? Honestly!” the runner-up said.',
        '“To start with, Elena, I want to ask: Why are you still playing out here? Honestly,” the runner-up said.',
      ),
    )
    const playing = clusters.find((cluster) => cluster.articleCount === 2)
    expect(playing?.occurrences.map((o) => o.articleId)).toEqual(['a0', 'a0', 'a1'])
  })
})
