import { describe, expect, it } from 'vitest'
import {
  formatAllowedSigners,
  formatTeamFile,
  parseAllowedSigners,
  parsePublicKey,
  parseRoster,
  parseTeamFile,
  withEntry,
} from '../../../shared/team/roster'

const KEY_A = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAILA72TD5jkSjSb4kMovF8crd+T5mgq3/4gaHD0/iY30v'
const KEY_B = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPz4y0xVbBjv0Qm3s2n8Qk5xq3m5y1Zf2b8Y3w0b1c2d'

describe('roster', () => {
  it('reads the allowed_signers lines git uses, skipping comments and blank lines', () => {
    const text = `# team\n\nana-ruiz namespaces="git" ${KEY_A} ana@laptop\nben-okafor namespaces="git" ${KEY_B}\n`
    expect(parseAllowedSigners(text)).toEqual([
      { editorId: 'ana-ruiz', key: parsePublicKey(KEY_A) },
      { editorId: 'ben-okafor', key: parsePublicKey(KEY_B) },
    ])
  })

  it('writes what it reads, sorted by editor id, and reads it back the same', () => {
    const entries = [
      { editorId: 'ben-okafor', key: parsePublicKey(KEY_B) },
      { editorId: 'ana-ruiz', key: parsePublicKey(`${KEY_A} a comment`) },
    ]
    const text = formatAllowedSigners(entries)
    expect(text).toBe(`ana-ruiz namespaces="git" ${KEY_A}\nben-okafor namespaces="git" ${KEY_B}\n`)
    expect(parseAllowedSigners(text)).toEqual([...entries].reverse())
  })

  it('refuses lines without the git namespace, bad ids and things that are not keys', () => {
    expect(() => parseAllowedSigners(`ana-ruiz ${KEY_A}\n`)).toThrow(/line 1/)
    expect(() => parseAllowedSigners(`Ana namespaces="git" ${KEY_A}\n`)).toThrow(/line 1/)
    expect(() => parseAllowedSigners('ok\nana namespaces="git" ssh-dss AAAA\n')).toThrow(/line 1/)
    expect(() =>
      parseAllowedSigners(`ana namespaces="git",valid-before="20300101" ${KEY_A}\n`),
    ).toThrow(/line 1/)
    expect(() => parsePublicKey('ssh-ed25519 not*base64')).toThrow(/damaged/)
    expect(() => parsePublicKey('hello')).toThrow(/not an SSH public key/)
  })

  it('reads team.json admins and refuses a file without any', () => {
    expect(parseTeamFile(formatTeamFile(['ben', 'ana', 'ben']))).toEqual({ admins: ['ana', 'ben'] })
    expect(() => parseTeamFile('{"format":"factmark-team","version":1,"admins":[]}')).toThrow(
      /not a Factmark team file/,
    )
    expect(() => parseTeamFile('nope')).toThrow(/not JSON/)
  })

  it('adds an editor, or replaces their key, keeping the admins', () => {
    const roster = parseRoster(
      formatAllowedSigners([{ editorId: 'ana', key: parsePublicKey(KEY_A) }]),
      formatTeamFile(['ana']),
    )
    const added = withEntry(roster, 'ben', parsePublicKey(KEY_B))
    expect(added.entries.map((entry) => entry.editorId)).toEqual(['ana', 'ben'])
    const replaced = withEntry(added, 'ana', parsePublicKey(KEY_B))
    expect(replaced.entries.filter((entry) => entry.editorId === 'ana')).toHaveLength(1)
    expect(replaced.admins).toEqual(['ana'])
    expect(() => withEntry(roster, 'Not An Id', parsePublicKey(KEY_B))).toThrow(/not an editor id/)
  })
})
