import { describe, expect, it } from 'vitest'
import { Node } from 'prosemirror-model'
import { articleSchema } from '../../../shared/editor/schema'
import { debrisKey } from '../../../shared/import/debris'
import { parsePlainText } from '../../../shared/import/plain-text'
import {
  isInDebris,
  sentencesOutsideDebris,
  storyArticleFromDoc,
  storyArticleFromText,
  type StoryArticle,
} from '../../../shared/story/story-article'
import { BLOCK_SEPARATOR } from '../../../shared/text/article-text'

/** The text of each sentence the analysis reads. */
function sentencesOf(article: StoryArticle): string[] {
  return article.sentences.map((span) => article.text.slice(span.start, span.end))
}

/** The text of each debris range the analysis skips. */
function debrisOf(article: StoryArticle): string[] {
  return (article.debris ?? []).map((span) => article.text.slice(span.start, span.end))
}

const blocks = [
  'Flood waters rose 3 metres in Harbourtown on Monday, the council said.',
  'RELATED: 4 Dead After Bus Crash In Valley Town',
  'Crews rescued 120 people overnight. “We worked until dawn,” the fire chief said.',
  'Leave a Reply',
]
const text = blocks.join(BLOCK_SEPARATOR)

describe('storyArticleFromText', () => {
  it('leaves the sentences inside debris out of the analysis and lists the debris', () => {
    const article = storyArticleFromText({ id: 'a' }, text)
    expect(debrisOf(article)).toEqual([
      'RELATED: 4 Dead After Bus Crash In Valley Town',
      'Leave a Reply',
    ])
    expect(sentencesOf(article)).toEqual([
      'Flood waters rose 3 metres in Harbourtown on Monday, the council said.',
      'Crews rescued 120 people overnight.',
      '“We worked until dawn,” the fire chief said.',
    ])
    expect(article.text).toBe(text)
  })

  it('keeps the debris the editor kept in the analysis', () => {
    const kept = [debrisKey('related-link', 'RELATED: 4 Dead After Bus Crash In Valley Town')]
    const article = storyArticleFromText({ id: 'a' }, text, kept)
    expect(debrisOf(article)).toEqual(['Leave a Reply'])
    expect(sentencesOf(article)).toContain('RELATED: 4 Dead After Bus Crash In Valley Town')
  })

  it('cuts a sentence that holds debris in part down to the rest', () => {
    // A paragraph longer than a post, so only what the embed left at its end is debris.
    const long =
      'The ferry runs again from today, the port said, after divers checked the quay walls, crews cleared the containers the storm had thrown across the loading area, and the harbour master agreed that the reduced timetable could hold for the rest of the week while the last repairs to the ramp went on, a spokesperson for the operator told reporters at the terminal.'
    const tweet = `${long} pic.twitter.com/AbCd1234xY — Port of Example (@portexample) June 1, 2023`
    const article = storyArticleFromText({ id: 'a' }, [blocks[0], tweet].join(BLOCK_SEPARATOR))
    expect(debrisOf(article)).toEqual([
      'pic.twitter.com/AbCd1234xY — Port of Example (@portexample) June 1, 2023',
    ])
    expect(sentencesOf(article)).toEqual([
      'Flood waters rose 3 metres in Harbourtown on Monday, the council said.',
      long,
    ])
  })

  it('defaults the metadata and finds no debris in plain news', () => {
    const article = storyArticleFromText({ id: 'a' }, blocks[0] ?? '')
    expect(article).toMatchObject({ id: 'a', title: 'a', outlet: '', url: '', debris: [] })
    expect(article.sentences).toHaveLength(1)
  })
})

describe('storyArticleFromDoc', () => {
  it('reads the document’s text, sentences and debris, less what the editor kept', () => {
    const draft = parsePlainText(
      [
        'Flood waters rose 3 metres in Harbourtown on Monday, the council said.',
        '',
        'Most Viewed',
        '',
        'Crews rescued 120 people overnight.',
        '',
        'The council said in a statement th',
      ].join('\n'),
    )
    const doc = Node.fromJSON(articleSchema, draft.body)
    const article = storyArticleFromDoc({ id: 'd', title: 'Floods', outlet: 'Example' }, doc)
    expect(debrisOf(article)).toEqual(['Most Viewed', 'The council said in a statement th'])
    expect(sentencesOf(article)).toEqual([
      'Flood waters rose 3 metres in Harbourtown on Monday, the council said.',
      'Crews rescued 120 people overnight.',
    ])
    const kept = storyArticleFromDoc({ id: 'd' }, doc, [debrisKey('related-link', 'Most Viewed')])
    expect(debrisOf(kept)).toEqual(['The council said in a statement th'])
  })
})

describe('sentencesOutsideDebris', () => {
  it('splits a sentence around debris in its middle and drops whitespace-only pieces', () => {
    const line = 'Crews worked all night. (RELATED: Storm Hits Coast) They rested at noon.'
    const start = line.indexOf('(')
    const end = line.indexOf(')') + 1
    const pieces = sentencesOutsideDebris(line, [{ start: 0, end: line.length }], [{ start, end }])
    expect(pieces.map((span) => line.slice(span.start, span.end))).toEqual([
      'Crews worked all night.',
      'They rested at noon.',
    ])
    expect(sentencesOutsideDebris(line, [{ start, end }], [{ start, end }])).toEqual([])
  })
})

describe('isInDebris', () => {
  it('tells whether a range lies mostly inside debris', () => {
    const article = storyArticleFromText({ id: 'a' }, text)
    const sidebar = text.indexOf('RELATED')
    expect(isInDebris(article, sidebar, sidebar + 20)).toBe(true)
    expect(isInDebris(article, 0, 20)).toBe(false)
    expect(isInDebris({ ...article, debris: undefined }, sidebar, sidebar + 20)).toBe(false)
  })
})
