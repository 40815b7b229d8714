import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parsePlainText, titleFromText } from '../../../shared/import/plain-text'

const seed = (name: string) =>
  readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8')

function blockTexts(raw: string): { type: string; text: string }[] {
  return (parsePlainText(raw).body.content ?? []).map((block) => ({
    type: block.type,
    text: block.content?.[0]?.text ?? '',
  }))
}

describe('parsePlainText', () => {
  it('takes a first line `date YYYY-MM-DD` as the publication date, not as text', () => {
    const draft = parsePlainText(seed('000_0e82be558b009ff9.txt'))
    expect(draft.published).toBe('2025-11-17')
    const first = blockTexts(seed('000_0e82be558b009ff9.txt'))[0]
    expect(first?.text.startsWith('President Donald Trump has opened the door')).toBe(true)
    expect(JSON.stringify(draft.body)).not.toContain('date 2025')
  })

  it('takes a short first line without final punctuation as the headline', () => {
    const draft = parsePlainText(seed('003_40a772719bc21af6.txt'))
    expect(draft.title).toBe(
      'Trump Signals Potential Military Strikes Against Mexican Drug Cartels Amid Rising Drug Crisis',
    )
    expect(blockTexts(seed('003_40a772719bc21af6.txt'))[0]).toEqual({
      type: 'heading',
      text: draft.title,
    })
  })

  it('otherwise titles the article with the opening words of its first sentence', () => {
    const draft = parsePlainText(seed('001_2aa391ba377daa9e.txt'))
    expect(draft.title).toBe(
      'President Donald Trump said on Monday that he’s open to green-lighting strikes…',
    )
    expect(draft.published).toBeNull()
  })

  it('keeps every non-empty line as a paragraph, in order, whatever the line endings', () => {
    const raw = seed('001_2aa391ba377daa9e.txt')
    const lines = raw
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
    expect(blockTexts(raw).map((block) => block.text)).toEqual(lines)
    const crlf = `\uFEFF${raw.replace(/\n/g, '\r\n')}`
    expect(parsePlainText(crlf)).toEqual(parsePlainText(raw))
  })

  it('makes short unpunctuated lines between blank lines section headings', () => {
    const blocks = blockTexts(seed('003_40a772719bc21af6.txt'))
    expect(blocks.filter((block) => block.type === 'heading').map((block) => block.text)).toContain(
      'Legal and Diplomatic Hurdles',
    )
    expect(blocks.find((block) => block.text.startsWith('Experts warn'))?.type).toBe('paragraph')
  })

  it('normalises to NFC so that composed and decomposed copies read the same', () => {
    const composed = 'Nicolás Maduro spoke.'
    expect(parsePlainText(composed.normalize('NFD'))).toEqual(parsePlainText(composed))
  })

  it('refuses a file with no text', () => {
    expect(() => parsePlainText('\n \n\t\n')).toThrow(/no text/)
  })

  it('shortens long first sentences to a title with an ellipsis', () => {
    expect(titleFromText('Short one. And more.')).toBe('Short one.')
    expect(
      titleFromText('one two three four five six seven eight nine ten eleven twelve thirteen.'),
    ).toBe('one two three four five six seven eight nine ten eleven twelve…')
  })

  it('takes outlet, date, title and address from front matter, which is not text', () => {
    const raw = [
      '---',
      'title: Harbour Bridge Reopens After Eight Months',
      'outlet: The Ledger',
      'published: 3 March 2024',
      'url: https://ledger.example/bridge',
      '---',
      'Bridge reopens',
      '',
      'The bridge reopened on Monday, eight months late.',
    ].join('\n')
    const draft = parsePlainText(raw)
    expect(draft).toMatchObject({
      title: 'Harbour Bridge Reopens After Eight Months',
      outlet: 'The Ledger',
      published: '2024-03-03',
      url: 'https://ledger.example/bridge',
    })
    expect(blockTexts(raw).map((block) => block.text)).toEqual([
      'Bridge reopens',
      'The bridge reopened on Monday, eight months late.',
    ])
  })

  it('else takes them from a byline, a dateline or a Published line, kept in the text', () => {
    const byline =
      'Ferry trial approved\nBy Jane Doe, The Harbour Times\nPublished 2 May 2024\n\nThe council voted.'
    expect(parsePlainText(byline)).toMatchObject({
      outlet: 'The Harbour Times',
      published: '2024-05-02',
    })
    expect(blockTexts(byline).map((block) => block.text)).toContain(
      'By Jane Doe, The Harbour Times',
    )
    const wire = 'LONDON, March 3 (Reuters) - Britain’s economy grew.\n\nMore text.'
    expect(parsePlainText(wire)).toMatchObject({ outlet: 'Reuters', published: null })
    // Front matter wins over the byline.
    expect(parsePlainText(`---\noutlet: AP\n---\n${byline}`).outlet).toBe('AP')
  })

  it('finds no outlet in the seeds, whose texts name none (no false bylines)', () => {
    const names = [
      '000_0e82be558b009ff9.txt',
      '001_2aa391ba377daa9e.txt',
      '002_7d1b0c5a03a1ae6d.txt',
    ]
    for (const name of [...names, '003_40a772719bc21af6.txt', '004_62547c9f4c534b11.txt']) {
      expect(parsePlainText(seed(name)).outlet, name).toBe('')
    }
    const quoted = '“By the end of the week, Reuters will know,” she said.\nBy Monday, AP had it.'
    expect(parsePlainText(quoted)).toMatchObject({ outlet: '', published: null })
  })
})
