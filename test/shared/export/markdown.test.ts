import fc from 'fast-check'
import MarkdownIt from 'markdown-it'
import type Token from 'markdown-it/lib/token.mjs'
import { describe, expect, it } from 'vitest'
import { stripIllegalCharacters } from '../../../shared/export/illegal-characters'
import { KIND_STYLES } from '../../../shared/export/kind-styles'
import { markdownExport } from '../../../shared/export/markdown'
import {
  escapeMarkdownInline,
  escapeMarkdownLineStart,
} from '../../../shared/export/markdown-escape'
import { placeTags, type TaggedArticle } from '../../../shared/export/placed-tags'
import type { ExportOptions } from '../../../shared/export/types'
import { CANARIES, hostileCase } from './hostile-article'
import { CONTEXT, HOSTILE_NOTE, SEED_NAMES, seedCase } from './seed-annotations'
import { reviewedTagged } from './reviewed-seed'
import { unverifiedTagged } from './unverified-seed'

const all: ExportOptions = { editors: [], kinds: [], notes: true }
const commonmark = new MarkdownIt('commonmark', { html: false })
const withHtml = new MarkdownIt('commonmark', { html: true })

/** A label that opens or closes a tag: `[Q3]`, `[/Q3]`. */
const MARKER = /\[\/?[QCDX]\d+\]/g

function seedTagged(index: number, options: ExportOptions = all): TaggedArticle {
  const seed = seedCase(index)
  return placeTags(seed.article, seed.annotations, options)
}

/** The text of an inline token as a reader sees it (breaks as newlines). */
function inlineText(token: Token): string {
  return (token.children ?? [])
    .map((child) =>
      child.type === 'softbreak' || child.type === 'hardbreak' ? '\n' : child.content,
    )
    .join('')
}

/**
 * The article's blocks as markdown-it reads them: the headline at the top when the body opens
 * with it, then everything between the first rule and the "Tags" heading.
 */
function bodyBlocks(markdown: string, titleInBody: boolean): string[] {
  const tokens = commonmark.parse(markdown, {})
  const first = tokens.findIndex((token) => token.type === 'hr')
  const end = tokens.findIndex(
    (token, index) =>
      index > first &&
      token.type === 'heading_open' &&
      tokens[index + 1]?.content.startsWith('Tags'),
  )
  const headline = titleInBody ? [tokens[1]!] : []
  return [...headline, ...tokens.slice(first + 1, end === -1 ? undefined : end)]
    .filter((token) => token.type === 'inline')
    .map(inlineText)
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

describe('markdownExport', () => {
  for (const [index, name] of SEED_NAMES.entries()) {
    it(`writes ${name} as CommonMark that reads back as the article with its tags`, () => {
      const tagged = seedTagged(index)
      const markdown = markdownExport(tagged, CONTEXT)
      const blocks = bodyBlocks(markdown, tagged.titleInBody)
      expect(blocks.map((block) => squash(block.replace(MARKER, '')))).toEqual(
        tagged.blocks.map((block) => squash(block.text)),
      )
      const body = blocks.join('\n\n')
      for (const tag of tagged.placed) {
        const letter = KIND_STYLES[tag.annotation.kind].letter
        const open = `[${letter}${tag.number}]`
        const close = `[/${letter}${tag.number}]`
        expect(body.split(open)).toHaveLength(2)
        expect(body.split(close)).toHaveLength(2)
        const inside = body.slice(body.indexOf(open) + open.length, body.indexOf(close))
        expect(squash(inside.replace(MARKER, ''))).toBe(squash(tag.exact))
      }
      const html = commonmark.render(markdown)
      for (const tag of tagged.placed) {
        expect(html).toContain(
          `<strong>[${KIND_STYLES[tag.annotation.kind].letter}${tag.number}]</strong>`,
        )
      }
    })
  }

  it('lists every tag as a numbered footnote with its author, date, note and fields', () => {
    const tagged = seedTagged(0)
    const tokens = commonmark.parse(markdownExport(tagged, CONTEXT), {})
    const lists = tokens.filter((token) => token.type === 'ordered_list_open')
    expect(lists.map((list) => String(list.attrGet('start') ?? 1))).toEqual([
      '1',
      String(tagged.placed.length + 1),
    ])
    const items = tokens
      .filter((token) => token.type === 'list_item_open' && token.info !== '')
      .map((token) => token.info)
    expect(items).toEqual([...tagged.placed, ...tagged.unplaced].map((tag) => String(tag.number)))
    const text = tokens
      .filter((token) => token.type === 'inline')
      .map(inlineText)
      .join('\n')
    expect(text).toContain(stripIllegalCharacters(HOSTILE_NOTE).split('\n')[0])
    expect(text).toContain('# not a heading')
    expect(text).toContain('Speaker: Trump, on camera')
    expect(text).toContain('[D4] Disputed · Ana Ruiz · 2025-11-18 09:21 UTC')
    expect(text).toContain('The text changed after it was tagged.')
    expect(text).toContain('Its text is no longer in the article.')
  })

  it('leaves notes out unless asked, and keeps only the kinds asked for', () => {
    const markdown = markdownExport(
      seedTagged(0, { editors: [], kinds: ['claim'], notes: false }),
      CONTEXT,
    )
    expect(markdown).not.toContain('transcript')
    expect(markdown).not.toContain('alert')
    expect(markdown).not.toMatch(/\[[QDX]\d+\]/)
    expect(markdown).toContain('- Kinds: Claim')
    expect(markdown).toContain('notes left out')
  })

  it('keeps hostile text literal: no link, image, HTML or block appears', () => {
    const { article, annotations } = hostileCase()
    const tagged = placeTags(article, annotations, all)
    const markdown = markdownExport(tagged, CONTEXT)
    for (const renderer of [commonmark, withHtml]) {
      const html = renderer.render(markdown)
      expect(html).not.toMatch(/<(script|img|svg|style|iframe)\b/i)
      expect(html).not.toMatch(/href="(?!https?:|mailto:)/)
      expect(html).not.toMatch(/javascript:alert\(\d\)"/)
      expect(html).not.toContain('<pre>')
      expect(html.match(/<em>/g)).toEqual(['<em>'])
      expect(html).toContain('<p><em>Exported with Factmark')
      expect(html).not.toContain('<code>')
    }
    const tokens = commonmark.parse(markdown, {})
    const headings = tokens.flatMap((token, index) =>
      token.type === 'heading_open' ? [`${token.tag} ${inlineText(tokens[index + 1]!)}`] : [],
    )
    expect(headings).toEqual([`h1 ${article.title}`, `h2 Head ${CANARIES[6]}`, 'h2 Tags'])
    expect(tokens.filter((token) => token.type === 'bullet_list_open')).toHaveLength(1)
    const blocks = bodyBlocks(markdown, tagged.titleInBody).map((block) =>
      squash(block.replace(MARKER, '')),
    )
    expect(blocks).toEqual(tagged.blocks.map((block) => squash(stripIllegalCharacters(block.text))))
    const text = tokens
      .filter((token) => token.type === 'inline')
      .map(inlineText)
      .join('\n')
    for (const canary of CANARIES) expect(text).toContain(canary)
  })
})

describe('escapeMarkdownInline and escapeMarkdownLineStart', () => {
  const render = (line: string) =>
    commonmark.render(escapeMarkdownLineStart(escapeMarkdownInline(line)))

  it.each([
    '# heading',
    '###### six',
    '1. item',
    '2) item',
    '- item',
    '+ item',
    '* item',
    '---',
    '- - -',
    '===',
    '> quote',
    '    code',
    '\tcode',
    '```js',
    '~~~',
    '<div>html</div>',
    '[x](javascript:alert(1))',
    '![x](data:image/png;base64,AAAA)',
    '<https://example.org>',
    '*a* _b_ **c** __d__ `e` ~~f~~',
    '&amp; &#65; &#x41; &copy;',
    'back\\slash\\',
    '[ref]: https://example.org',
  ])('renders %j as exactly that text', (line) => {
    const expected = commonmark.utils.escapeHtml(line)
    expect(render(line)).toBe(`<p>${expected}</p>\n`)
  })

  it('renders any line of Markdown syntax as exactly its text', () => {
    const syntax = [...'\\`*_[]<>~#-+=.!()&;:|"\' \tabc1']
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...syntax), maxLength: 24 }), (raw) => {
        const line = raw.trim()
        fc.pre(line !== '')
        expect(render(line)).toBe(`<p>${commonmark.utils.escapeHtml(line)}</p>\n`)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('markdownExport with reviews', () => {
  it('gives each reviewed or discussed tag one readable review line', () => {
    const markdown = markdownExport(reviewedTagged(), CONTEXT)
    expect(markdown).toContain(
      '**Review: Rejected.** Rejected by Ana Ruiz (“Opinion, not a claim.”), Cara Díaz (“No source for the figure.”)',
    )
    expect(markdown).toContain(
      '**Review: Accepted.** Accepted by Ben Okafor; originally tagged by Ana Ruiz',
    )
    expect(markdown).toContain(
      'discussion: Cara Díaz: “Is this the same figure?” · Ben Okafor: “Yes, see page 3.”',
    )
    const tokens = commonmark.parse(markdown, {})
    expect(
      tokens.some((token) => token.type === 'html_block' || token.type === 'html_inline'),
    ).toBe(false)
  })

  it('says what a publishable copy left out', () => {
    const markdown = markdownExport(reviewedTagged({ ...all, preset: 'publishable' }), CONTEXT)
    expect(markdown).toContain(
      'Review: publishable copy, accepted and unreviewed tags only (2 left out)',
    )
    expect(markdown).not.toContain('**Review: Rejected.**')
  })
})

describe('markdownExport with work from unsigned packages', () => {
  it('marks the author of an unverified tag and of each unverified review, and no one else', () => {
    const markdown = markdownExport(unverifiedTagged(), CONTEXT)
    const tagged = unverifiedTagged()
    const number = tagged.placed.find((tag) => tag.annotation.id === 's0-tag-02')!.number
    expect(markdown).toContain(`**[C${number}] Claim** · Ben Okafor (unverified author) · `)
    expect(markdown).toContain(
      'Rejected by Ana Ruiz (“Opinion, not a claim.”), Cara Díaz (unverified author) (“No source for the figure.”)',
    )
    expect(markdown).toContain(
      'verdict accepted by Cara Díaz (unverified author) (“Rating checked.”)',
    )
    expect(markdown).toContain(
      'discussion: Cara Díaz (unverified author): “Is this the same figure?” · Ben Okafor: “Yes, see page 3.”',
    )
    // Ben's other tags, Ana's, and Cara's signed reject of tag 6 carry no mark.
    expect(markdown.match(/\(unverified author\)/g)).toHaveLength(4)
    expect(markdownExport(reviewedTagged(), CONTEXT)).not.toContain('unverified')
  })
})
