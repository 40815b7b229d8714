import { describe, expect, it } from 'vitest'
import { EXPORT_CSP, htmlExport } from '../../../shared/export/html'
import { KIND_STYLES } from '../../../shared/export/kind-styles'
import { placeTags, type TaggedArticle } from '../../../shared/export/placed-tags'
import { stripIllegalCharacters } from '../../../shared/export/illegal-characters'
import type { ExportOptions } from '../../../shared/export/types'
import { CANARIES, EVE, hostileCase } from './hostile-article'
import { attribute, elements, hasClass, parseHtml, textOf, type HtmlElement } from './html-tree'
import { ANA, BEN, CONTEXT, HOSTILE_NOTE, SEED_NAMES, seedCase } from './seed-annotations'
import { reviewedTagged } from './reviewed-seed'
import { unverifiedTagged } from './unverified-seed'

const all: ExportOptions = { editors: [], kinds: [], notes: true }

function exported(tagged: TaggedArticle) {
  const html = htmlExport(tagged, CONTEXT)
  const { document, errors } = parseHtml(html)
  return { html, errors, all: elements(document) }
}

function seedTagged(index: number, options: ExportOptions = all): TaggedArticle {
  const seed = seedCase(index)
  return placeTags(seed.article, seed.annotations, options)
}

const isMarker = (element: HtmlElement) => hasClass(element, 'marker')

describe('htmlExport', () => {
  for (const [index, name] of SEED_NAMES.entries()) {
    it(`writes ${name} as valid HTML5 whose text is the article's, each tag over its own text`, () => {
      const tagged = seedTagged(index)
      const { errors, all: nodes } = exported(tagged)
      expect(errors).toEqual([])
      const article = nodes.find((element) => element.tagName === 'article')
      expect(article).toBeDefined()
      const title = nodes.find((element) => hasClass(element, 'doc-title'))!
      const blocks = [
        ...(tagged.titleInBody ? [title] : []),
        ...elements(article!).filter((element) => /^(p|h[1-6])$/.test(element.tagName)),
      ]
      expect(blocks.map((block) => textOf(block, isMarker))).toEqual(
        tagged.blocks.map((block) => block.text),
      )
      for (const tag of tagged.placed) {
        const spans = nodes.filter(
          (element) => attribute(element, 'data-tag') === String(tag.number),
        )
        expect(spans.every((span) => hasClass(span, `tag-${tag.annotation.kind}`))).toBe(true)
        const covered = spans.map((span) => textOf(span, isMarker)).join('')
        expect(covered).toBe(tag.exact.replace(/\n\n/g, ''))
      }
    })
  }

  it('is standalone and inert: a CSP meta tag, inline CSS only, no script, no handlers', () => {
    const { html, all: nodes } = exported(seedTagged(1))
    const head = nodes.filter(
      (element) =>
        element.parentNode &&
        'tagName' in element.parentNode &&
        element.parentNode.tagName === 'head',
    )
    expect(head[0]?.tagName).toBe('meta')
    expect(attribute(head[0]!, 'charset')).toBe('utf-8')
    expect(attribute(head[1]!, 'http-equiv')).toBe('Content-Security-Policy')
    expect(attribute(head[1]!, 'content')).toBe(EXPORT_CSP)
    expect(EXPORT_CSP).toMatch(/^default-src 'none'; style-src 'unsafe-inline'; img-src data:/)
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    const names = new Set(nodes.map((element) => element.tagName))
    for (const forbidden of [
      'script',
      'link',
      'img',
      'iframe',
      'object',
      'embed',
      'form',
      'base',
    ]) {
      expect(names.has(forbidden), forbidden).toBe(false)
    }
    for (const element of nodes) {
      for (const { name, value } of element.attrs) {
        expect(name.startsWith('on'), `${element.tagName} ${name}`).toBe(false)
        if (name === 'href') expect(value).toMatch(/^(#|https?:\/\/|mailto:)/)
        if (name === 'style') throw new Error('no inline style attributes')
      }
    }
    expect(nodes.filter((element) => element.tagName === 'style')).toHaveLength(1)
  })

  it('links every label to its entry in the list of tags and back', () => {
    const tagged = seedTagged(0)
    const { all: nodes } = exported(tagged)
    const ids = new Set(nodes.map((element) => attribute(element, 'id')).filter(Boolean))
    for (const element of nodes) {
      const href = attribute(element, 'href')
      if (href?.startsWith('#')) expect(ids.has(href.slice(1)), href).toBe(true)
    }
    for (const tag of tagged.placed) {
      const marker = nodes.find((element) => attribute(element, 'id') === `ref-${tag.number}`)
      const letter = KIND_STYLES[tag.annotation.kind].letter
      expect(marker && textOf(marker)).toBe(`${letter}${tag.number}`)
      expect(marker && attribute(marker, 'href')).toBe(`#tag-${tag.number}`)
      expect(marker && hasClass(marker, `marker-${tag.annotation.kind}`)).toBe(true)
      const entry = nodes.find((element) => attribute(element, 'id') === `tag-${tag.number}`)
      expect(entry?.tagName).toBe('li')
      const back = elements(entry!).find((element) => hasClass(element, 'backref'))
      expect(back && attribute(back, 'href')).toBe(`#ref-${tag.number}`)
      const entryText = textOf(entry!)
      expect(entryText).toContain(tag.annotation.author.name)
      expect(entryText).toContain(KIND_STYLES[tag.annotation.kind].name)
      expect(entryText).toMatch(/2025-11-18 \d\d:\d\d UTC/)
      const time = elements(entry!).find((element) => element.tagName === 'time')
      expect(time && attribute(time, 'datetime')).toBe(tag.annotation.created)
    }
    const lists = nodes.filter((element) => element.tagName === 'ol')
    expect(
      lists.map((list) => list.childNodes.filter((child) => 'tagName' in child).length),
    ).toEqual([tagged.placed.length, tagged.unplaced.length])
    expect(attribute(lists[1]!, 'start')).toBe(String(tagged.placed.length + 1))
  })

  it('draws overlapping tags on separate lanes and labels them as in the app', () => {
    const tagged = seedTagged(0)
    const { all: nodes } = exported(tagged)
    const [claim, disputed] = tagged.placed.filter((tag) => tag.sentence === 2)
    expect(claim?.exact).toBe(disputed?.exact)
    const spanOf = (number: number) =>
      nodes.find((element) => attribute(element, 'data-tag') === String(number))
    const lanes = [claim!, disputed!].map(
      (tag) => (attribute(spanOf(tag.number)!, 'class') ?? '').match(/lane-(\d)/)?.[1],
    )
    expect(new Set(lanes).size).toBe(2)
    const legend = nodes.find((element) => hasClass(element, 'legend'))
    for (const style of Object.values(KIND_STYLES)) {
      expect(textOf(legend!)).toContain(`${style.letter}${style.name}${style.underlineName}`)
    }
    const changed = tagged.placed.find((tag) => tag.status === 'changed')!
    expect(hasClass(spanOf(changed.number)!, 'tag-changed')).toBe(true)
  })

  it('heads the page with the title, outlet, source and the editors included', () => {
    const { all: nodes } = exported(seedTagged(1, { editors: [BEN.id], kinds: [], notes: true }))
    const header = nodes.find((element) => element.tagName === 'header')!
    const text = textOf(header)
    expect(text).toContain('The <Daily> "News" & Co')
    expect(text).toContain('Ben Okafor')
    expect(text).not.toContain(ANA.name)
    expect(elements(header).find((element) => element.tagName === 'h1')).toBeDefined()
    const link = elements(header).find((element) => element.tagName === 'a')
    expect(link && attribute(link, 'href')).toBe(
      'https://news.example/trump?strikes=mexico&lang=en',
    )
    const seedWithHeadline = exported(seedTagged(3)).all
    const h1s = seedWithHeadline.filter((element) => element.tagName === 'h1')
    expect(h1s).toHaveLength(1)
    expect(h1s[0]?.parentNode && 'tagName' in h1s[0].parentNode && h1s[0].parentNode.tagName).toBe(
      'header',
    )
    expect(h1s[0] && textOf(h1s[0], isMarker)).toBe(seedCase(3).article.title)
    expect(
      h1s[0] && elements(h1s[0]).some((element) => attribute(element, 'data-tag') === '1'),
    ).toBe(true)
  })

  it('leaves notes and fields out unless asked, and keeps only the kinds and editors asked for', () => {
    const withNotes = exported(seedTagged(0)).all
    const body = (nodes: HtmlElement[]) =>
      textOf(nodes.find((element) => element.tagName === 'body')!)
    expect(body(withNotes)).toContain(stripIllegalCharacters(HOSTILE_NOTE))
    expect(body(withNotes)).toContain('Trump, on camera')
    const without = exported(seedTagged(0, { editors: [], kinds: [], notes: false }))
    expect(without.errors).toEqual([])
    expect(body(without.all)).not.toContain('Check against the transcript.')
    expect(body(without.all)).not.toContain('Trump, on camera')
    expect(body(without.all)).not.toContain('alert')
    const quotes = exported(seedTagged(0, { editors: [], kinds: ['quote'], notes: true })).all
    const kinds = new Set(
      quotes
        .filter((element) => attribute(element, 'data-tag'))
        .map((element) => attribute(element, 'class')?.split(' ')[1]),
    )
    expect([...kinds]).toEqual(['tag-quote'])
  })

  it('keeps hostile text as text everywhere', () => {
    const { article, annotations } = hostileCase()
    const tagged = placeTags(article, annotations, all)
    expect(tagged.unplaced).toEqual([])
    const { html, errors, all: nodes } = exported(tagged)
    expect(errors).toEqual([])
    const names = new Set(nodes.map((element) => element.tagName))
    for (const forbidden of ['script', 'img', 'svg', 'iframe', 'object', 'embed']) {
      expect(names.has(forbidden), forbidden).toBe(false)
    }
    expect(nodes.filter((element) => element.tagName === 'style')).toHaveLength(1)
    for (const element of nodes) {
      for (const { name, value } of element.attrs) {
        expect(name.startsWith('on')).toBe(false)
        if (name === 'href') expect(value).toMatch(/^(#|https?:\/\/|mailto:)/)
      }
    }
    const text = textOf(nodes.find((element) => element.tagName === 'body')!)
    for (const canary of CANARIES) expect(text).toContain(canary)
    expect(text).toContain(EVE.name)
    expect(text).toContain('javascript:alert(9)')
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    expect(html).not.toMatch(/[\u0000\u0007\u001b\u007f\u0085\uFFFE]/)
    expect(html).not.toMatch(/\uD800(?![\uDC00-\uDFFF])/)
    const article_ = nodes.find((element) => element.tagName === 'article')!
    expect(attribute(article_, 'lang')).toBeUndefined()
    expect(textOf(nodes.find((element) => element.tagName === 'title')!)).toBe(
      `${article.title} · Factmark`,
    )
  })
})

describe('htmlExport with reviews', () => {
  const numberOf = (tagged: TaggedArticle, id: string) =>
    tagged.placed.find((tag) => tag.annotation.id === id)?.number

  it('strikes through a rejected tag and says who rejected it and why', () => {
    const tagged = reviewedTagged()
    const { errors, all: nodes } = exported(tagged)
    expect(errors).toEqual([])
    const rejected = numberOf(tagged, 's0-tag-02')!
    const spans = nodes.filter((node) => attribute(node, 'data-tag') === String(rejected))
    expect(spans.length).toBeGreaterThan(0)
    expect(spans.every((span) => hasClass(span, 'rejected-tag'))).toBe(true)
    const accepted = numberOf(tagged, 's0-tag-03')!
    const acceptedSpans = nodes.filter((node) => attribute(node, 'data-tag') === String(accepted))
    expect(acceptedSpans.some((span) => hasClass(span, 'rejected-tag'))).toBe(false)
    const entry = nodes.find((node) => attribute(node, 'id') === `tag-${rejected}`)!
    expect(hasClass(entry, 'note-rejected')).toBe(true)
    expect(textOf(entry)).toContain('Rejected by: Ana Ruiz: Opinion, not a claim., Cara Díaz')
    const legend = nodes.find((node) => hasClass(node, 'legend'))!
    expect(textOf(legend)).toContain('Struck throughrejected in review')
  })

  it('credits the original author of an accepted copy and lists the discussion in order', () => {
    const tagged = reviewedTagged()
    const { all: nodes } = exported(tagged)
    const entry = (id: string) =>
      textOf(nodes.find((node) => attribute(node, 'id') === `tag-${numberOf(tagged, id)}`)!)
    expect(entry('s0-tag-11')).toContain('Originally tagged by: Ana Ruiz')
    expect(entry('s0-tag-11')).toContain('Accepted by: Ben Okafor')
    const discussion = entry('s0-tag-05')
    expect(discussion.indexOf('Is this the same figure?')).toBeLessThan(
      discussion.indexOf('Yes, see page 3.'),
    )
    expect(entry('s0-tag-03')).toContain('Verdict accepted by: Cara Díaz: Rating checked.')
  })

  it('leaves rejected tags out when asked, and keeps only publishable ones for a publishable copy', () => {
    const omitted = reviewedTagged({ ...all, rejected: 'omit' })
    expect(numberOf(omitted, 's0-tag-02')).toBeUndefined()
    const { html } = exported(omitted)
    expect(html).not.toContain('rejected-tag"')
    expect(html).toContain('1 rejected tag left out')
    const publishable = reviewedTagged({ ...all, preset: 'publishable' })
    expect(numberOf(publishable, 's0-tag-02')).toBeUndefined()
    expect(numberOf(publishable, 's0-tag-06')).toBeUndefined()
    expect(numberOf(publishable, 's0-tag-03')).toBeDefined()
    expect(exported(publishable).html).toContain('publishable copy')
  })
})

describe('htmlExport with work from unsigned packages', () => {
  const numberOf = (tagged: TaggedArticle, id: string) =>
    tagged.placed.find((tag) => tag.annotation.id === id)?.number
  const marks = (node: HtmlElement) =>
    elements(node).filter((element) => hasClass(element, 'unverified-author'))

  it('marks an unverified tag’s author visibly, in its label’s spoken name and tooltip', () => {
    const tagged = unverifiedTagged()
    const { errors, all: nodes } = exported(tagged)
    expect(errors).toEqual([])
    const marked = numberOf(tagged, 's0-tag-02')!
    const entry = nodes.find((node) => attribute(node, 'id') === `tag-${marked}`)!
    const head = elements(entry).find((node) => hasClass(node, 'note-head'))!
    expect(marks(head).map((mark) => textOf(mark))).toEqual(['unverified author'])
    expect(attribute(marks(head)[0]!, 'title')).toMatch(/unsigned package/)
    expect(textOf(head)).toContain('Ben Okafor unverified author')
    const label = nodes.find((node) => attribute(node, 'id') === `ref-${marked}`)!
    expect(attribute(label, 'aria-label')).toContain('by Ben Okafor (unverified author)')
    const span = nodes.find((node) => attribute(node, 'data-tag') === String(marked))!
    expect(attribute(span, 'title')).toContain('Ben Okafor (unverified author)')
    // Ben's other tags are verified: no mark.
    const verified = numberOf(tagged, 's0-tag-05')!
    const other = nodes.find((node) => attribute(node, 'id') === `tag-${verified}`)!
    const otherHead = elements(other).find((node) => hasClass(node, 'note-head'))!
    expect(marks(otherHead)).toEqual([])
    const otherLabel = nodes.find((node) => attribute(node, 'id') === `ref-${verified}`)!
    expect(attribute(otherLabel, 'aria-label')).not.toContain('unverified')
  })

  it('marks each unverified review: a reject, a verdict’s accept and a comment, not the others', () => {
    const tagged = unverifiedTagged()
    const { all: nodes } = exported(tagged)
    const review = (id: string) =>
      elements(nodes.find((node) => attribute(node, 'id') === `tag-${numberOf(tagged, id)}`)!).find(
        (node) => hasClass(node, 'note-review'),
      )!
    expect(textOf(review('s0-tag-02'))).toContain(
      'Rejected by: Ana Ruiz: Opinion, not a claim., Cara Díaz unverified author: No source for the figure.',
    )
    expect(marks(review('s0-tag-02'))).toHaveLength(1)
    expect(textOf(review('s0-tag-03'))).toContain(
      'Verdict accepted by: Cara Díaz unverified author: Rating checked.',
    )
    const thread = elements(review('s0-tag-05')).filter((node) => node.tagName === 'li')
    expect(thread.map((item) => marks(item).length)).toEqual([1, 0])
    // Cara's reject of tag 6 came signed.
    expect(marks(review('s0-tag-06'))).toEqual([])
  })

  it('writes no mark when nothing is unverified', () => {
    const { all: nodes } = exported(reviewedTagged())
    expect(nodes.filter((node) => hasClass(node, 'unverified-author'))).toEqual([])
  })

  it('keeps an unverified hostile author’s name as text', () => {
    const { article, annotations } = hostileCase()
    const marked = annotations.map((tag) => ({ ...tag, unverified: true as const }))
    const { errors, all: nodes } = exported(placeTags(article, marked, all))
    expect(errors).toEqual([])
    expect(nodes.some((element) => element.tagName === 'script')).toBe(false)
    const heads = nodes.filter((node) => hasClass(node, 'note-head'))
    expect(heads.length).toBe(annotations.length)
    for (const head of heads) expect(marks(head)).toHaveLength(1)
    expect(textOf(nodes.find((element) => element.tagName === 'body')!)).toContain(EVE.name)
  })
})
