import { describe, expect, it } from 'vitest'
import { splitFrontMatter } from '../../../shared/import/front-matter'

describe('splitFrontMatter', () => {
  it('reads outlet, date, title and address and returns the text after the block', () => {
    const text = [
      '---',
      'title: "Harbour Bridge Reopens"',
      'outlet: The Ledger',
      'date: 2024-03-03',
      "url: 'https://ledger.example/bridge'",
      'tags: [city, transport]',
      '---',
      'The bridge reopened on Monday.',
    ].join('\n')
    expect(splitFrontMatter(text)).toEqual({
      fields: {
        title: 'Harbour Bridge Reopens',
        outlet: 'The Ledger',
        published: '2024-03-03',
        url: 'https://ledger.example/bridge',
      },
      body: 'The bridge reopened on Monday.',
    })
  })

  it('takes published: and a written-out date, and ignores what it cannot read', () => {
    const text =
      '---\npublished: 3 March 2024\npublisher: Reuters\nurl: javascript:alert(1)\n...\nText.'
    expect(splitFrontMatter(text)).toEqual({
      fields: { published: '2024-03-03', outlet: 'Reuters' },
      body: 'Text.',
    })
    expect(splitFrontMatter('---\ndate: next week\n---\nText.')?.fields).toEqual({})
  })

  it('leaves text that only looks like front matter alone', () => {
    expect(splitFrontMatter('The bridge reopened.\n---\noutlet: x\n---')).toBeNull()
    expect(splitFrontMatter('---\nThis is a rule, then a paragraph.\n---\nText.')).toBeNull()
    expect(splitFrontMatter('---\noutlet: The Ledger\nno closing line')).toBeNull()
  })
})
