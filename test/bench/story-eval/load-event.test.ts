import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { eventNames, loadEvent, readArticle, readSplit } from '../../../bench/story-eval/load-event'

let folder = ''
afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true })
  folder = ''
})

describe('readArticle', () => {
  it('cuts the index stamp, takes line 1 as the title and splits the sentences', () => {
    const { article } = readArticle(
      'A-outlet.txt',
      ' date 2024-01-02 Storm hits the coast\nThe storm killed 12 people. Roads closed.\n',
    )
    expect(article.title).toBe('Storm hits the coast')
    expect(article.text.startsWith('Storm hits the coast')).toBe(true)
    expect(article.text).not.toMatch(/2024-01-02/)
    const sentences = article.sentences.map(({ start, end }) => article.text.slice(start, end))
    expect(sentences.map((sentence) => sentence.trim())).toContain('The storm killed 12 people.')
    expect(article.id).toBe('A-outlet.txt')
  })

  it('leaves the debris it finds out of the sentences the analysis reads', () => {
    const { article, debris } = readArticle(
      'B.txt',
      'Storm hits the coast\nThe storm killed 12 people.\n\nLeave a Reply\n',
    )
    const found = debris.map((finding) => article.text.slice(finding.from, finding.to))
    expect(found).toContain('Leave a Reply')
    const sentences = article.sentences.map(({ start, end }) => article.text.slice(start, end))
    expect(sentences.join('|')).not.toMatch(/Leave a Reply/)
    expect(sentences.join('|')).toMatch(/killed 12 people/)
  })
})

describe('loadEvent', () => {
  it('reads an event folder and the split, listing only folders with labels', () => {
    folder = mkdtempSync(join(tmpdir(), 'story-eval-'))
    mkdirSync(join(folder, 'storm'))
    mkdirSync(join(folder, 'unlabelled'))
    writeFileSync(join(folder, 'storm', 'B.txt'), 'Second report.\n')
    writeFileSync(join(folder, 'storm', 'A.txt'), 'First report.\n')
    writeFileSync(join(folder, 'storm', 'truth.json'), JSON.stringify({ event: 'storm' }))
    writeFileSync(join(folder, 'split.json'), JSON.stringify({ tuned: ['storm'], heldOut: [] }))
    expect(eventNames(folder)).toEqual(['storm'])
    const event = loadEvent(folder, 'storm')
    expect(event.articles.map((article) => article.id)).toEqual(['A.txt', 'B.txt'])
    expect(event.truth.event).toBe('storm')
    expect(readSplit(folder)).toEqual({ tuned: ['storm'], heldOut: [] })
    writeFileSync(join(folder, 'split.json'), JSON.stringify({ tuned: ['storm'] }))
    expect(() => readSplit(folder)).toThrow(/story-eval: split.json needs/)
  })
})
