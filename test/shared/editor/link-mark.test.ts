import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { DOMParser as ProseMirrorParser, DOMSerializer, Node } from 'prosemirror-model'
import { articleSchema } from '../../../shared/editor/schema'
import { docSchema } from '../../../shared/model/doc-json'
import { allowedHref } from '../../../shared/model/link-href'
import { articleText } from '../../../shared/text/article-text'

/** RELIABILITY.md I2: each href as an attribute value in HTML source, and whether it may stay. */
const HREFS: [source: string, kept: string | null][] = [
  ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
  ['http://example.com', 'http://example.com'],
  ['HTTPS://EXAMPLE.COM/Path', 'HTTPS://EXAMPLE.COM/Path'],
  ['mailto:desk@example.com', 'mailto:desk@example.com'],
  ['javascript:alert(1)', null],
  ['JaVaScRiPt:alert(1)', null],
  ['java&#x09;script:alert(1)', null],
  ['java&#x0A;script:alert(1)', null],
  ['&#106;avascript:alert(1)', null],
  ['&#x01;javascript:alert(1)', null],
  ['&#x01;https://example.com', null],
  [' https://example.com', null],
  ['\u202Ehttps://example.com', null],
  ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', null],
  ['vbscript:msgbox(1)', null],
  ['//evil.example/x', null],
  ['/relative/path', null],
  ['relative.html', null],
  ['https:evil.example', null],
  ['https:///evil.example', null],
  ['file:///etc/passwd', null],
  ['https://exa&quot;mple.com', null],
]

function parse(html: string): Node {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  return ProseMirrorParser.fromSchema(articleSchema).parse(
    document.body as unknown as globalThis.Node,
  )
}

function linksOf(doc: Node): string[] {
  const hrefs: string[] = []
  doc.descendants((node) => {
    for (const mark of node.marks) if (mark.type.name === 'link') hrefs.push(mark.attrs.href)
  })
  return hrefs
}

function render(doc: Node): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>')
  const fragment = DOMSerializer.fromSchema(articleSchema).serializeFragment(doc.content, {
    document: document as unknown as Document,
  })
  const holder = document.createElement('div')
  holder.appendChild(fragment as never)
  return holder.innerHTML
}

function linkDoc(href: string): Node {
  return Node.fromJSON(articleSchema, {
    type: 'doc',
    content: [
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'See ' },
          { type: 'text', text: 'this', marks: [{ type: 'link', attrs: { href } }] },
          { type: 'text', text: '.' },
        ],
      },
    ],
  })
}

describe('the link mark', () => {
  it.each(HREFS)('keeps only safe links when parsing %j', (source, kept) => {
    const doc = parse(`<p>See <a href="${source}" onclick="alert(1)">this</a>.</p>`)
    expect(linksOf(doc)).toEqual(kept === null ? [] : [kept])
    // The text of a refused link stays.
    expect(articleText(doc)).toBe('See this.')
  })

  it.each(HREFS)('draws only safe links for %j', (source, kept) => {
    // The decoded attribute value, as a document could hold it if it came another way.
    const { document } = parseHTML(`<a href="${source}"></a>`)
    const href = document.querySelector('a')?.getAttribute('href') ?? ''
    const html = render(linkDoc(href))
    if (kept === null) {
      expect(html).toBe('<p>See <a>this</a>.</p>')
    } else {
      expect(html).toContain(`href="${kept}"`)
      expect(html).toContain('rel="noopener noreferrer nofollow"')
    }
    expect(html).not.toMatch(/javascript:|vbscript:|data:|onclick/i)
  })

  it('checks the decoded value the same way as the source', () => {
    for (const [source, kept] of HREFS) {
      const { document } = parseHTML(`<a href="${source}"></a>`)
      const decoded = document.querySelector('a')?.getAttribute('href')
      expect(allowedHref(decoded), source).toBe(kept)
    }
    expect(allowedHref(`https://example.com/${'a'.repeat(2100)}`)).toBeNull()
    expect(allowedHref(42)).toBeNull()
  })

  it('is accepted in a stored document only with a safe address', () => {
    const good = linkDoc('https://example.com/story').toJSON()
    expect(docSchema.safeParse(good).success).toBe(true)
    for (const href of ['javascript:alert(1)', '//evil', 'data:text/html,x', '']) {
      const bad = linkDoc('https://x.example').toJSON()
      bad.content[0].content[1].marks[0].attrs.href = href
      expect(docSchema.safeParse(bad).success, href).toBe(false)
    }
    const otherMark = linkDoc('https://x.example').toJSON()
    otherMark.content[0].content[1].marks[0] = { type: 'em' }
    expect(docSchema.safeParse(otherMark).success).toBe(false)
  })

  it('does not change the article text, and is not inclusive when typing after it', () => {
    const doc = linkDoc('https://example.com')
    expect(articleText(doc)).toBe('See this.')
    expect(articleSchema.marks.link?.spec.inclusive).toBe(false)
  })
})
