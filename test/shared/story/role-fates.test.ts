import { describe, expect, it } from 'vitest'
import { fateOf, isRoleNoun } from '../../../shared/story/role-fates'
import { tokenize } from '../../../shared/story/story-words'

/** The fate read for the count starting at `first`, whose noun is `noun`, in `sentence`. */
function fate(sentence: string, first: string, noun: string): string | null {
  const tokens = tokenize(sentence)
  const start = tokens.findIndex((token) => token.text === first)
  const head = tokens.findIndex((token, at) => at > start && token.text === noun)
  return fateOf(tokens, start, head + 1)
}

describe('fateOf', () => {
  it('reads what happened to the people a role noun counts, before or after it', () => {
    expect(fate('The blast killed 4 miners.', '4', 'miners')).toBe('killed')
    expect(fate('Dozens, including 7 nurses, were hurt.', '7', 'nurses')).toBe('injured')
    expect(fate('About 450 soldiers were quickly deployed.', '450', 'soldiers')).toBe('deployed')
    expect(fate('Some 30 hikers were rescued overnight.', '30', 'hikers')).toBe('rescued')
  })

  it('reads a staff as people employed, before or after the count', () => {
    expect(fate('The mill employs 900 workers.', '900', 'workers')).toBe('employed')
    expect(fate('Some 900 workers are employed at the mill.', '900', 'workers')).toBe('employed')
    expect(fate('The mill hired 900 workers in May.', '900', 'workers')).toBeNull()
  })

  it('reads no fate when the clause does not say, or past a number or its end', () => {
    expect(fate('It took 800 volunteers three days.', '800', 'volunteers')).toBeNull()
    expect(fate('It took 800 volunteers 3 days; 2 were injured.', '800', 'volunteers')).toBeNull()
    expect(fate('Some 60 students sang. Others were injured.', '60', 'students')).toBeNull()
  })
})

describe('isRoleNoun', () => {
  it('knows nouns that count people by role, in the plural too', () => {
    expect(isRoleNoun('Firefighters')).toBe(true)
    expect(isRoleNoun('children')).toBe(true)
    expect(isRoleNoun('bridges')).toBe(false)
  })
})
