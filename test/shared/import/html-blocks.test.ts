import { describe, expect, it } from 'vitest'
import { parseHTML } from 'linkedom'
import { Node } from 'prosemirror-model'
import { articleSchema } from '../../../shared/editor/schema'
import { htmlBlocks, type InertNode } from '../../../shared/import/html-blocks'
import type { DocNodeJson } from '../../../shared/model/doc-json'

function blocksOf(html: string): DocNodeJson[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`)
  return htmlBlocks(document.body as unknown as InertNode)
}

/** Each block as `type:text`, links written `[text](href)`, a blockquote's paragraphs in `> `. */
function outline(blocks: DocNodeJson[]): string[] {
  const inline = (block: DocNodeJson) =>
    (block.content ?? [])
      .map((node) => {
        const href = node.marks?.[0]?.attrs?.href
        return href ? `[${node.text}](${href})` : node.text
      })
      .join('')
  return blocks.flatMap((block) =>
    block.type === 'blockquote'
      ? (block.content ?? []).map((inner) => `> ${inline(inner)}`)
      : [`${block.type === 'heading' ? `h${block.attrs?.level}` : 'p'}:${inline(block)}`],
  )
}

describe('htmlBlocks', () => {
  it('maps headings, paragraphs, quotes and list items to the schema’s blocks', () => {
    const blocks = blocksOf(`
      <h1>Headline</h1><h3>Section</h3>
      <p>One <em>two</em>   three.</p>
      <blockquote><p>Quoted.</p><h2>Quoted heading</h2>Loose quoted text</blockquote>
      <ul><li>First item</li><li>Second <b>item</b></li></ul>
      <div>Loose text in a div<p>and a paragraph</p>after it</div>`)
    expect(outline(blocks)).toEqual([
      'h1:Headline',
      'h3:Section',
      'p:One two three.',
      '> Quoted.',
      '> Quoted heading',
      '> Loose quoted text',
      'p:First item',
      'p:Second item',
      'p:Loose text in a div',
      'p:and a paragraph',
      'p:after it',
    ])
    // The result is a valid document of the article schema.
    expect(() =>
      Node.fromJSON(articleSchema, { type: 'doc', content: blocks }).check(),
    ).not.toThrow()
  })

  it('keeps safe links as link marks, with the spaces around them outside', () => {
    const blocks = blocksOf(
      '<p>Read <a href="https://a.example/x">the report</a> and <a href="javascript:alert(1)">this</a>, or <a href="mailto:d@example.com"> write </a>now.</p>',
    )
    expect(outline(blocks)).toEqual([
      'p:Read [the report](https://a.example/x) and this, or [write](mailto:d@example.com) now.',
    ])
  })

  it('drops scripts, styles, media and form controls with their content', () => {
    const blocks = blocksOf(`
      <p>Before<script>document.write('injected')</script> after.</p>
      <style>p { color: red }</style><noscript>Enable JavaScript</noscript>
      <p>Image<img src="x" alt="alt text"> and <svg><text>svg text</text></svg>video<video>fallback</video>.</p>
      <form><p>Name <input value="typed"><button>Send</button><select><option>One</option></select></p></form>
      <template><p>template</p></template><iframe>frame</iframe>`)
    expect(outline(blocks)).toEqual(['p:Before after.', 'p:Image and video.', 'p:Name'])
  })

  it('splits paragraphs at line breaks (not headings), flattens tables, quotes <q>, keeps <pre> lines', () => {
    const blocks = blocksOf(`
      <p>Line one<br>Line two</p><h2>A<br>heading</h2>
      <table><tr><th>Name</th><th>Votes</th></tr><tr><td>Ortiz</td><td>1,200</td></tr></table>
      <p>She said <q>no</q>.</p>
      <pre>first line
second line</pre>`)
    expect(outline(blocks)).toEqual([
      'p:Line one',
      'p:Line two',
      'h2:A heading',
      'p:Name Votes',
      'p:Ortiz 1,200',
      'p:She said “no”.',
      'p:first line',
      'p:second line',
    ])
  })

  it('keeps zero-width and bidirectional control characters, turns no-break spaces into spaces', () => {
    const blocks = blocksOf('<p>a\u200Bb\u00A0c \u202Ed\u202C e\uFEFFf</p>')
    expect(blocks[0]?.content?.[0]?.text).toBe('a\u200Bb c \u202Ed\u202C e\uFEFFf')
  })

  it('composes text to NFC', () => {
    const blocks = blocksOf('<p>Cafe\u0301</p>')
    expect(blocks[0]?.content?.[0]?.text).toBe('Caf\u00E9')
  })

  it('reads each node’s children once, so that a long article takes linear time', () => {
    let reads = 0
    const text = (value: string): InertNode => ({
      nodeType: 3,
      nodeName: '#text',
      nodeValue: value,
      childNodes: [],
    })
    const element = (name: string, children: InertNode[]): InertNode => ({
      nodeType: 1,
      nodeName: name,
      nodeValue: null,
      get childNodes() {
        reads += 1
        return children
      },
    })
    const paragraphs = Array.from({ length: 5000 }, (_, index) =>
      element('P', [text(`Paragraph ${index}.`)]),
    )
    const blocks = htmlBlocks(element('BODY', paragraphs))
    expect(blocks).toHaveLength(5000)
    expect(reads).toBe(5001)
  })

  it('walks a page nested far deeper than the call stack allows', () => {
    const depth = 20_000
    const html = `${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}`
    expect(outline(blocksOf(html))).toEqual(['p:Deep text.'])
  })
})
