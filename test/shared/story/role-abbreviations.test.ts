import { describe, expect, it } from 'vitest'
import {
  expandRoleAbbreviations,
  isTitleAbbreviation,
} from '../../../shared/story/role-abbreviations'
import { findRoleMentions } from '../../../shared/story/role-mentions'
import { compareRoles } from '../../../shared/story/roles'

const offices = (text: string) =>
  findRoleMentions(text).map((mention) => [mention.person, mention.office])

describe('expandRoleAbbreviations', () => {
  it('writes out the agencies’ abbreviated titles, two-word ones first', () => {
    expect(expandRoleAbbreviations('ohio gov.')).toBe('ohio governor')
    expect(expandRoleAbbreviations('lt. gov.')).toBe('lieutenant governor')
    expect(expandRoleAbbreviations('atty. gen.')).toBe('attorney general')
    expect(expandRoleAbbreviations('sen.')).toBe('senator')
    expect(expandRoleAbbreviations('rep.')).toBe('representative')
    expect(expandRoleAbbreviations('sec.')).toBe('secretary')
    expect(expandRoleAbbreviations('top state police officer')).toBe('top state police officer')
  })

  it('knows an abbreviated title word from a name', () => {
    expect(isTitleAbbreviation('Atty.')).toBe(true)
    expect(isTitleAbbreviation('Gov.')).toBe(true)
    expect(isTitleAbbreviation('Govan')).toBe(false)
  })
})

describe('findRoleMentions with abbreviated titles', () => {
  it('reads Gov., Lt. Gov., Sen., Rep., Atty. Gen. and Sec. as the full office', () => {
    expect(offices('Dunmore Gov. Ana Ruiz spoke.')).toEqual([['Ana Ruiz', 'governor']])
    expect(offices('Dunmore Lt. Gov. Bo Lind spoke.')).toEqual([['Bo Lind', 'lieutenant governor']])
    expect(offices('Sen. Ana Ruiz spoke.')).toEqual([['Ana Ruiz', 'senator']])
    expect(offices('Rep. Ana Ruiz spoke.')).toEqual([['Ana Ruiz', 'representative']])
    expect(offices('Atty. Gen. Bo Lind spoke.')).toEqual([['Bo Lind', 'attorney general']])
    expect(offices('Sec. Bo Lind spoke.')).toEqual([['Bo Lind', 'secretary']])
  })

  it('takes the place before the title as its scope, not the abbreviation or "former"', () => {
    const [ruiz] = findRoleMentions('Dunmore Gov. Ana Ruiz spoke.')
    expect(ruiz?.scope).toBe('dunmo')
    expect(findRoleMentions('Former Gov. Ana Ruiz spoke.')[0]?.scope).toBe('')
    expect(findRoleMentions('Sen. Ana Ruiz spoke.')[0]?.scope).toBe('')
  })
})

describe('compareRoles with abbreviated titles', () => {
  it('sets "Gov." against "former governor" for one person', () => {
    const findings = compareRoles([
      { id: 'a', text: 'Former Gov. Ana Ruiz spoke at the rally.' },
      { id: 'b', text: 'Gov. Ana Ruiz spoke at the rally.' },
    ])
    expect(findings.find((finding) => finding.person === 'Ana Ruiz')?.conflict).toBe(true)
  })

  it('never takes a lieutenant governor for a second governor of the state', () => {
    const findings = compareRoles([
      { id: 'a', text: 'Dunmore Gov. Ana Ruiz and Dunmore Lt. Gov. Bo Lind toured the site.' },
      { id: 'b', text: 'Dunmore Governor Ana Ruiz toured the site.' },
      { id: 'c', text: 'Dunmore Lieutenant Governor Bo Lind toured the site.' },
    ])
    expect(findings.filter((finding) => finding.conflict)).toEqual([])
  })
})
