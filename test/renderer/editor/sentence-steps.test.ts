import { describe, expect, it } from 'vitest'
import type { DocNodeJson } from '../../../shared/model/doc-json'
import { articleSentences } from '../../../shared/text/article-sentences'
import { docIndex, offsetToPos, type DocRange } from '../../../renderer/editor/positions'
import { sectionDoc } from '../../../renderer/editor/sections'
import { sentenceAt, sentenceFrom } from '../../../renderer/editor/sentence-steps'

function paragraph(text?: string): DocNodeJson {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' }
}

/** 150 blocks (three sections) with empty paragraphs, headings and blockquotes among them. */
function body(): DocNodeJson {
  const content: DocNodeJson[] = [paragraph()]
  for (let index = 0; index < 149; index += 1) {
    if (index % 17 === 0) content.push(paragraph())
    else if (index % 11 === 0) {
      content.push({
        type: 'heading',
        attrs: { level: 2 },
        content: [{ type: 'text', text: `Heading ${index}` }],
      })
    } else if (index % 13 === 0) {
      content.push({
        type: 'blockquote',
        content: [paragraph(`Said ${index}. Then more.`), paragraph()],
      })
    } else content.push(paragraph(`One ${index}. Two ${index}? Three ${index}!`))
  }
  content.push(paragraph())
  return { type: 'doc', content }
}

describe('sentence steps', () => {
  const doc = sectionDoc(body())
  const index = docIndex(doc)
  // Every sentence of the article, as the whole list the walk must agree with.
  const all: DocRange[] = articleSentences(doc).map((span) => ({
    from: offsetToPos(index, span.start),
    to: offsetToPos(index, span.end),
  }))
  const clamp = (at: number) => all[Math.min(all.length - 1, Math.max(0, at))]

  it('walks sentence by sentence across blocks, sections and empty blocks, as the whole list', () => {
    expect(doc.childCount).toBe(3)
    for (let at = 0; at < all.length; at += 1) {
      const from = all[at]!.from
      for (const delta of [1, -1, 2, -3, 40, -40, Infinity, -Infinity]) {
        const expected =
          delta === Infinity ? all.at(-1) : delta === -Infinity ? all[0] : clamp(at + delta)
        expect(sentenceFrom(doc, from, delta)).toEqual(expected)
      }
    }
    expect(sentenceFrom(doc, null, 1)).toEqual(all[0])
    expect(sentenceFrom(doc, null, 3)).toEqual(all[2])
    expect(sentenceFrom(doc, null, -1)).toEqual(all.at(-1))
  })

  it('finds the sentence at a position, or the nearest one before it', () => {
    for (let pos = 0; pos <= doc.content.size; pos += 1) {
      const before = all.filter((sentence) => sentence.from <= pos).at(-1) ?? all[0]
      expect(sentenceAt(doc, pos)).toEqual(before)
    }
  })
})
