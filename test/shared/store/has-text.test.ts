import { describe, expect, it } from 'vitest'
import { checkHasText } from '../../../shared/store/has-text'

describe('checkHasText', () => {
  it('refuses a body without text, and takes one with any', () => {
    expect(() => checkHasText('  \n')).toThrow(/without text/)
    expect(() => checkHasText('x')).not.toThrow()
  })
})
