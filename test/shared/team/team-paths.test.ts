import { describe, expect, it } from 'vitest'
import { classifyPath, editorArticlePath, textPath } from '../../../shared/team/team-paths'

describe('team paths', () => {
  it('gives each editor their own files and each text one file by its hash', () => {
    const path = editorArticlePath('ana-ruiz', '0123456789abcdef')
    expect(path).toBe('editors/ana-ruiz/articles/0123456789abcdef.json')
    expect(classifyPath(path)).toEqual({
      kind: 'editor-article',
      editorId: 'ana-ruiz',
      articleId: '0123456789abcdef',
    })
    const hash = 'a'.repeat(64)
    expect(classifyPath(textPath(hash))).toEqual({ kind: 'text', textHash: hash })
  })

  it('classifies the roster, other files of an editor, and anything else', () => {
    expect(classifyPath('allowed_signers')).toEqual({ kind: 'roster' })
    expect(classifyPath('team.json')).toEqual({ kind: 'roster' })
    expect(classifyPath('editors/ben/notes.txt')).toEqual({ kind: 'editor-other', editorId: 'ben' })
    expect(classifyPath('editors/ben/articles/../../x.json').kind).toBe('editor-other')
    expect(classifyPath('texts/abc.json')).toEqual({ kind: 'other' })
    expect(classifyPath('README.md')).toEqual({ kind: 'other' })
    expect(classifyPath('editors/Ben/x').kind).toBe('other')
  })
})
