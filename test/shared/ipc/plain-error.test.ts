import { describe, expect, it } from 'vitest'
import { plainError, SYSTEM_ERROR_WORDS, systemErrorCode } from '../../../shared/ipc/plain-error'
import { FactmarkError } from '../../../shared/ipc/result'

function systemError(code: string, message = `${code}: something, open '/x/y'`): Error {
  return Object.assign(new Error(message), { code })
}

describe('plainError', () => {
  it('says what happened and what to do, with the code only in the details', () => {
    const words = plainError(systemError('ENOENT'), 'open the file “a.txt”')
    expect(words.message).toBe(
      'Factmark could not open the file “a.txt”: it is not there (it may have been moved, renamed or deleted). Check the name and the folder, then try again.',
    )
    expect(words.details).toBe("ENOENT: something, open '/x/y'")
  })

  it('has words for every code the brief names, none of them showing a code', () => {
    for (const code of ['ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EISDIR', 'EMFILE']) {
      const { message, details } = plainError(systemError(code), 'save the article')
      expect(message.startsWith('Factmark could not save the article: ')).toBe(true)
      expect(message).not.toMatch(/\bE[A-Z]{3,}\b/)
      expect(message).toMatch(/\.$/)
      expect(details).toContain(code)
    }
    for (const words of Object.values(SYSTEM_ERROR_WORDS)) {
      expect(words.what).toMatch(/^[a-z]/)
      expect(words.next).toMatch(/^[A-Z].*\.$/)
    }
  })

  it('puts the code before a message that lacks it', () => {
    expect(plainError(systemError('EACCES', 'permission denied'), 'x').details).toBe(
      'EACCES: permission denied',
    )
  })

  it('words an unknown system code generally, keeping it for the details', () => {
    const words = plainError(systemError('EWEIRD'), 'write the export')
    expect(words.message).toMatch(/^Factmark could not write the export: the system refused\./)
    expect(words.message).not.toContain('EWEIRD')
    expect(words.details).toContain('EWEIRD')
  })

  it('keeps a Factmark error’s own words and details', () => {
    const error = new FactmarkError('locked', 'The library is open in another window.', 'pid 42')
    expect(plainError(error, 'open the library')).toEqual({
      message: 'The library is open in another window.',
      details: 'pid 42',
    })
    expect(plainError(new Error('Plain words.'), 'x')).toEqual({
      message: 'Plain words.',
      details: null,
    })
  })
})

describe('systemErrorCode', () => {
  it('reads only codes shaped like system codes', () => {
    expect(systemErrorCode(systemError('ENOENT'))).toBe('ENOENT')
    expect(systemErrorCode(new FactmarkError('not-found', 'x'))).toBeNull()
    expect(systemErrorCode(null)).toBeNull()
    expect(systemErrorCode('ENOENT')).toBeNull()
  })
})
