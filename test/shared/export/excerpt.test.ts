import { describe, expect, it } from 'vitest'
import { excerpt } from '../../../shared/export/excerpt'

describe('excerpt', () => {
  it('keeps short text whole, on one line', () => {
    expect(excerpt('  One line\nand  another.  ')).toBe('One line and another.')
  })

  it('cuts long text at a word boundary, within the length, with an ellipsis', () => {
    const text = 'word '.repeat(60)
    const cut = excerpt(text, 50)
    expect(cut.length).toBeLessThanOrEqual(50)
    expect(cut).toMatch(/^word( word)*…$/)
  })

  it('never cuts inside a character', () => {
    const cut = excerpt('👩‍💻'.repeat(40), 21)
    expect(cut).toMatch(/^(👩‍💻)+…$/u)
    expect(cut.length).toBeLessThanOrEqual(21)
  })
})
