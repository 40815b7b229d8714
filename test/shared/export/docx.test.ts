import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { initials } from '../../../shared/export/docx-comments'
import { docxExport, docxParts } from '../../../shared/export/docx'
import { isoSeconds } from '../../../shared/export/format-time'
import { stripIllegalCharacters } from '../../../shared/export/illegal-characters'
import { KIND_STYLES } from '../../../shared/export/kind-styles'
import { placeTags, type TaggedArticle } from '../../../shared/export/placed-tags'
import type { ExportOptions } from '../../../shared/export/types'
import { CANARIES, hostileCase } from './hostile-article'
import { CONTEXT, HOSTILE_NOTE, SEED_NAMES, seedCase } from './seed-annotations'
import { parseXml, xmlElements } from './xml-tree'
import { reviewedTagged } from './reviewed-seed'
import { unverifiedTagged } from './unverified-seed'

const all: ExportOptions = { editors: [], kinds: [], notes: true }
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** The parts a minimal WordprocessingML package with comments needs. */
const REQUIRED_PARTS = [
  '[Content_Types].xml',
  '_rels/.rels',
  'docProps/core.xml',
  'word/document.xml',
  'word/_rels/document.xml.rels',
  'word/styles.xml',
  'word/comments.xml',
  'word/commentsExtended.xml',
]

function seedTagged(index: number, options: ExportOptions = all): TaggedArticle {
  const seed = seedCase(index)
  return placeTags(seed.article, seed.annotations, options)
}

/** The package unzipped: each part's text, checked to be well-formed XML. */
function unpack(bytes: Uint8Array): {
  parts: Record<string, string>
  xml: Record<string, Document>
} {
  const files = unzipSync(bytes)
  const parts = Object.fromEntries(
    Object.entries(files).map(([path, data]) => [path, strFromU8(data)]),
  )
  const xml = Object.fromEntries(
    Object.entries(parts).map(([path, text]) => [path, parseXml(text, path)]),
  )
  return { parts, xml }
}

function wAttribute(element: Element, name: string): string | null {
  return element.getAttributeNS(W, name)
}

/**
 * The text each comment range covers, read in document order: `w:t` text, `w:tab` as a tab,
 * `w:br` as a line feed, and "\n\n" between paragraphs (as in the article's plain text).
 */
function commentRanges(document: Document): Map<string, string> {
  const open = new Map<string, string>()
  const done = new Map<string, string>()
  const add = (text: string) => {
    for (const [id, covered] of open) open.set(id, covered + text)
  }
  let firstParagraph = true
  for (const element of xmlElements(document)) {
    if (element.namespaceURI !== W) continue
    switch (element.localName) {
      case 'p':
        if (!firstParagraph) add('\n\n')
        firstParagraph = false
        break
      case 'commentRangeStart':
        open.set(wAttribute(element, 'id')!, '')
        break
      case 'commentRangeEnd': {
        const id = wAttribute(element, 'id')!
        done.set(id, open.get(id)!)
        open.delete(id)
        break
      }
      case 't':
        add(element.textContent ?? '')
        break
      case 'tab':
        add('\t')
        break
      case 'br':
        add('\n')
        break
    }
  }
  expect([...open.keys()]).toEqual([])
  return done
}

/** The Word comments of an export of `tagged`, and the comment of the placed tag with id `id`. */
function tagComments(tagged: TaggedArticle): {
  comments: Element[]
  commentOf: (id: string) => Element
} {
  const { xml } = unpack(docxExport(tagged, CONTEXT))
  const comments = xmlElements(xml['word/comments.xml']!).filter(
    (element) => element.localName === 'comment',
  )
  const commentOf = (id: string) => {
    const number = tagged.placed.find((tag) => tag.annotation.id === id)!.number
    return comments.find((c) => wAttribute(c, 'id') === String(number - 1))!
  }
  return { comments, commentOf }
}

describe('docxExport', () => {
  for (const [index, name] of SEED_NAMES.entries()) {
    it(`writes ${name} as a Word package whose comments cover exactly the tagged text`, () => {
      const tagged = seedTagged(index)
      const { parts, xml } = unpack(docxExport(tagged, CONTEXT))
      expect(Object.keys(parts).sort()).toEqual([...REQUIRED_PARTS].sort())
      expect(Object.keys(parts)[0]).toBe('[Content_Types].xml')
      const document = xml['word/document.xml']!
      const ranges = commentRanges(document)
      expect(ranges.size).toBe(tagged.placed.length)
      for (const tag of tagged.placed) {
        expect(ranges.get(String(tag.number - 1))).toBe(tag.exact)
      }
      const references = xmlElements(document).filter(
        (element) => element.localName === 'commentReference',
      )
      expect(references.map((element) => wAttribute(element, 'id')).sort()).toEqual(
        tagged.placed.map((tag) => String(tag.number - 1)).sort(),
      )
      const comments = xmlElements(xml['word/comments.xml']!).filter(
        (element) => element.localName === 'comment',
      )
      expect(comments).toHaveLength(tagged.placed.length)
      for (const [position, tag] of tagged.placed.entries()) {
        const comment = comments[position]!
        expect(wAttribute(comment, 'id')).toBe(String(tag.number - 1))
        expect(wAttribute(comment, 'author')).toBe(tag.annotation.author.name)
        expect(wAttribute(comment, 'initials')).toBe(initials(tag.annotation.author.name))
        expect(wAttribute(comment, 'date')).toBe(isoSeconds(tag.annotation.created))
        const text = comment.textContent ?? ''
        expect(text).toContain(KIND_STYLES[tag.annotation.kind].name)
        if (tag.annotation.note.trim()) {
          expect(text).toContain(stripIllegalCharacters(tag.annotation.note.trim().split('\n')[0]!))
        }
        expect(xmlElements(comment).some((element) => element.localName === 'annotationRef')).toBe(
          true,
        )
      }
    })
  }

  it('is a valid package: content types, relationships and styles line up', () => {
    const { parts, xml } = unpack(docxExport(seedTagged(3), CONTEXT))
    const types = xmlElements(xml['[Content_Types].xml']!)
    const overrides = new Map(
      types
        .filter((element) => element.localName === 'Override')
        .map((element) => [element.getAttribute('PartName'), element.getAttribute('ContentType')]),
    )
    const defaults = new Map(
      types
        .filter((element) => element.localName === 'Default')
        .map((element) => [element.getAttribute('Extension'), element.getAttribute('ContentType')]),
    )
    for (const path of Object.keys(parts)) {
      if (path === '[Content_Types].xml') continue
      const type = overrides.get(`/${path}`) ?? defaults.get(path.split('.').pop()!)
      expect(type, path).toBeTruthy()
    }
    expect(overrides.get('/word/document.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    )
    expect(overrides.get('/word/comments.xml')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml',
    )
    const targets = (relsPath: string, base: string) =>
      xmlElements(xml[relsPath]!)
        .filter((element) => element.localName === 'Relationship')
        .map((element) => base + element.getAttribute('Target'))
    expect(targets('_rels/.rels', '')).toEqual(['word/document.xml', 'docProps/core.xml'])
    expect(targets('word/_rels/document.xml.rels', 'word/')).toEqual([
      'word/styles.xml',
      'word/comments.xml',
      'word/commentsExtended.xml',
    ])
    const styles = new Set(
      xmlElements(xml['word/styles.xml']!)
        .filter((element) => element.localName === 'style')
        .map((element) => wAttribute(element, 'styleId')),
    )
    const used = xmlElements(xml['word/document.xml']!)
      .filter((element) => element.localName === 'pStyle' || element.localName === 'rStyle')
      .map((element) => wAttribute(element, 'val'))
    for (const style of used) expect(styles.has(style), String(style)).toBe(true)
    for (const level of [1, 2, 3, 4, 5, 6]) expect(styles.has(`Heading${level}`)).toBe(true)
    const headingStyles = xmlElements(xml['word/document.xml']!)
      .filter((element) => element.localName === 'pStyle')
      .map((element) => wAttribute(element, 'val'))
    expect(headingStyles).toContain('Title')
    expect(headingStyles).toContain('Heading2')
    const core = xml['docProps/core.xml']!
    expect(core.getElementsByTagName('dc:title')[0]?.textContent).toBe(seedCase(3).article.title)
    expect(core.getElementsByTagName('dcterms:created')[0]?.textContent).toBe(
      '2025-11-20T10:00:00Z',
    )
  })

  it('gives the same bytes for the same export, with the parts docxParts lists', () => {
    const tagged = seedTagged(0)
    const bytes = docxExport(tagged, CONTEXT)
    expect(docxExport(tagged, CONTEXT)).toEqual(bytes)
    expect(unpack(bytes).parts).toEqual(docxParts(tagged, CONTEXT))
  })

  it('writes notes and fields into the comments only when asked', () => {
    const withNotes = unpack(docxExport(seedTagged(0), CONTEXT)).parts['word/comments.xml']!
    expect(withNotes).toContain('Speaker: </w:t>')
    expect(parseXml(withNotes).documentElement.textContent).toContain(
      stripIllegalCharacters(HOSTILE_NOTE).split('\n')[0],
    )
    const without = unpack(
      docxExport(seedTagged(0, { editors: [], kinds: [], notes: false }), CONTEXT),
    ).parts
    expect(without['word/comments.xml']).not.toContain('transcript')
    expect(without['word/comments.xml']).not.toContain('alert')
    expect(without['word/document.xml']).not.toContain('Orphaned.')
  })

  it('keeps hostile text as text and drops characters XML forbids', () => {
    const { article, annotations } = hostileCase()
    const tagged = placeTags(article, annotations, all)
    const { parts, xml } = unpack(docxExport(tagged, CONTEXT))
    for (const text of Object.values(parts)) {
      // eslint-disable-next-line no-control-regex -- looking for control characters is the point
      expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\uFFFE\uFFFF]/)
      expect(text).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    }
    const documentText = xml['word/document.xml']!.documentElement.textContent ?? ''
    for (const canary of CANARIES) expect(documentText).toContain(canary)
    const ranges = commentRanges(xml['word/document.xml']!)
    for (const tag of tagged.placed) {
      expect(ranges.get(String(tag.number - 1))).toBe(stripIllegalCharacters(tag.exact))
    }
    const authors = xmlElements(xml['word/comments.xml']!)
      .filter((element) => element.localName === 'comment')
      .map((element) => wAttribute(element, 'author'))
    expect(authors[0]).toBe('Eve <script>alert(6)</script> & "Co"')
  })
})

describe('initials', () => {
  it.each([
    ['Ana Ruiz', 'AR'],
    ['Ana María Ruiz López', 'AMR'],
    ['ben', 'B'],
    ['  ', '?'],
    ['Łukasz Ołówek', 'ŁO'],
    ['👩‍💻 Dev', '👩D'],
  ])('%j → %j', (name, expected) => {
    expect(initials(name)).toBe(expected)
  })
})

describe('docxExport with reviews', () => {
  it('threads each discussion as Word replies under the tag’s comment', () => {
    const tagged = reviewedTagged()
    const { parts, xml } = unpack(docxExport(tagged, CONTEXT))
    const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml'
    const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml'
    const comments = xmlElements(xml['word/comments.xml']!).filter(
      (element) => element.localName === 'comment',
    )
    const discussed = tagged.placed.find((tag) => tag.annotation.id === 's0-tag-05')!
    const parent = comments.find((c) => wAttribute(c, 'id') === String(discussed.number - 1))!
    const lastParaId = (comment: Element) => {
      const paragraphs = xmlElements(comment).filter((element) => element.localName === 'p')
      return paragraphs.at(-1)!.getAttributeNS(W14, 'paraId')
    }
    const replies = comments.filter(
      (c) =>
        ['Cara Díaz', 'Ben Okafor'].includes(wAttribute(c, 'author')!) &&
        /same figure|page 3/.test(c.textContent ?? ''),
    )
    expect(replies.map((reply) => wAttribute(reply, 'author'))).toEqual(['Cara Díaz', 'Ben Okafor'])
    const extended = xmlElements(xml['word/commentsExtended.xml']!).filter(
      (element) => element.localName === 'commentEx',
    )
    for (const reply of replies) {
      const entry = extended.find((e) => e.getAttributeNS(W15, 'paraId') === lastParaId(reply))!
      expect(entry.getAttributeNS(W15, 'paraIdParent')).toBe(lastParaId(parent))
    }
    expect(extended.filter((e) => e.getAttributeNS(W15, 'paraIdParent'))).toHaveLength(2)
    // Each reply covers the same text as its tag, and every comment is referenced once.
    const ranges = commentRanges(xml['word/document.xml']!)
    for (const reply of replies) {
      expect(ranges.get(wAttribute(reply, 'id')!)).toBe(discussed.exact)
    }
    const references = xmlElements(xml['word/document.xml']!)
      .filter((element) => element.localName === 'commentReference')
      .map((element) => wAttribute(element, 'id'))
    expect(references.sort()).toEqual(comments.map((c) => wAttribute(c, 'id')).sort())
    expect(parts['[Content_Types].xml']).toContain('/word/commentsExtended.xml')
  })

  it('states the review outcome and the original author in the tag’s comment', () => {
    const { commentOf } = tagComments(reviewedTagged())
    const textOfTag = (id: string) => commentOf(id).textContent ?? ''
    expect(textOfTag('s0-tag-02')).toContain('Review: Rejected')
    expect(textOfTag('s0-tag-02')).toContain('Rejected by: Ana Ruiz (“Opinion, not a claim.”)')
    expect(textOfTag('s0-tag-11')).toContain('Originally tagged by: Ana Ruiz')
    expect(textOfTag('s0-tag-01')).not.toContain('Review:')
  })
})

describe('docxExport with work from unsigned packages', () => {
  it('names an unverified author so on the comment and its text, and on an unverified reply', () => {
    const { comments, commentOf } = tagComments(unverifiedTagged())
    const marked = commentOf('s0-tag-02')
    expect(wAttribute(marked, 'author')).toBe('Ben Okafor (unverified author)')
    expect(marked.textContent).toContain('Claim · Ben Okafor (unverified author) · ')
    expect(marked.textContent).toContain(
      'Cara Díaz (unverified author) (“No source for the figure.”)',
    )
    expect(wAttribute(commentOf('s0-tag-05'), 'author')).toBe('Ben Okafor')
    expect(commentOf('s0-tag-03').textContent).toContain(
      'Verdict accepted by: Cara Díaz (unverified author) (“Rating checked.”)',
    )
    const replies = comments.filter((c) => /same figure|page 3/.test(c.textContent ?? ''))
    expect(replies.map((reply) => wAttribute(reply, 'author'))).toEqual([
      'Cara Díaz (unverified author)',
      'Ben Okafor',
    ])
  })

  it('marks an unplaced unverified tag in the list at the end', () => {
    const tagged = unverifiedTagged(undefined, ['s0-tag-10'], [])
    expect(tagged.unplaced.map((tag) => tag.annotation.id)).toEqual(['s0-tag-10'])
    const { xml } = unpack(docxExport(tagged, CONTEXT))
    const body = xmlElements(xml['word/document.xml']!).find((e) => e.localName === 'body')!
    expect(body.textContent).toContain('Claim · Ben Okafor (unverified author) · ')
  })
})
