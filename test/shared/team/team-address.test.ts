import { describe, expect, it } from 'vitest'
import { teamAddressKind } from '../../../shared/team/team-address'

describe('teamAddressKind', () => {
  it('names the kind of each address a team can have', () => {
    expect(teamAddressKind('https://git.example.org/desk/team.git')).toBe('https')
    expect(teamAddressKind('ssh://git@git.example.org:2222/desk/team.git')).toBe('ssh')
    expect(teamAddressKind('git@github.com:desk/team.git')).toBe('scp')
    expect(teamAddressKind('git://127.0.0.1:9418/team.git')).toBe('git')
    expect(teamAddressKind('/mnt/share/team.git')).toBe('path')
    expect(teamAddressKind('file:///mnt/share/team.git')).toBe('file')
    expect(teamAddressKind('C:\\Shares\\team.git')).toBe('path')
  })

  it('refuses addresses git would read as options or commands, and relative paths', () => {
    for (const address of [
      'ext::sh -c touch% /tmp/pwned',
      'fd::17',
      '--upload-pack=touch /tmp/x',
      '-oProxyCommand=x',
      'team.git',
      '../team.git',
      '',
      'https://',
      'ftp://example.org/team.git',
      'https://example.org/team.git\nmore',
    ]) {
      expect(() => teamAddressKind(address), address).toThrow(/not a team address/)
    }
  })
})
