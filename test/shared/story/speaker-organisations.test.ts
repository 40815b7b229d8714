import { describe, expect, it } from 'vitest'
import { organisationSpeaker } from '../../../shared/story/speaker-organisations'

describe('organisationSpeaker', () => {
  it('names an organisation a description tells apart', () => {
    expect(organisationSpeaker('the Danish foreign ministry')).toBe('Danish foreign ministry')
    expect(organisationSpeaker('the state news agency')).toBe('state news agency')
    expect(organisationSpeaker('the regional police')).toBe('regional police')
  })

  it('leaves bare, indefinite, owned and running-on descriptions unnamed', () => {
    expect(organisationSpeaker('the ministry')).toBeNull()
    expect(organisationSpeaker('a regional authority')).toBeNull()
    expect(organisationSpeaker('the country’s electoral commission')).toBeNull()
    expect(organisationSpeaker('the union federation for the port')).toBeNull()
    expect(organisationSpeaker('the local doctor')).toBeNull()
  })
})
