import { describe, expect, it } from 'vitest'
import type { Roster } from '../../../shared/team/roster'
import {
  changesRoster,
  judgeCommit,
  judgeFirstCommit,
  type CommitFacts,
} from '../../../shared/team/verify-rules'

const key = { type: 'ssh-ed25519' as const, blob: 'AAAAC3NzaC1lZDI1NTE5AAAA' }
const roster: Roster = {
  entries: [
    { editorId: 'ana', key },
    { editorId: 'ben', key },
  ],
  admins: ['ana'],
}

function commit(paths: [string, string][], parents = ['p1']): CommitFacts {
  return {
    sha: 'c1',
    parents,
    authorClaimed: 'Someone',
    committedAt: '2026-01-01T00:00:00Z',
    changes: paths.map(([status, path]) => ({ status, path })),
  }
}

const good = (signer: string) => ({ status: 'G', signer })
const ARTICLE = '0123456789abcdef'
const TEXT = `texts/${'b'.repeat(64)}.json`

describe('judgeCommit', () => {
  it('accepts an editor changing their own files and adding texts', () => {
    const facts = commit([
      ['M', `editors/ben/articles/${ARTICLE}.json`],
      ['A', TEXT],
    ])
    expect(judgeCommit(facts, good('ben'), roster)).toEqual({ accepted: true, signer: 'ben' })
  })

  it('refuses a change to another editor’s files, naming whose and who signed', () => {
    const verdict = judgeCommit(
      commit([['M', `editors/ben/articles/${ARTICLE}.json`]]),
      good('ana'),
      roster,
    )
    expect(verdict).toMatchObject({ accepted: false, signer: 'ana' })
    expect(!verdict.accepted && verdict.reason).toMatch(/changes ben’s files .* signed by ana/)
  })

  it('refuses unsigned, badly signed and unknown-key commits', () => {
    const facts = commit([['M', `editors/ben/articles/${ARTICLE}.json`]])
    expect(judgeCommit(facts, { status: 'N', signer: '' }, roster)).toMatchObject({
      accepted: false,
      reason: 'it is not signed',
    })
    expect(judgeCommit(facts, { status: 'B', signer: 'ben' }, roster)).toMatchObject({
      accepted: false,
      signer: null,
    })
    expect(judgeCommit(facts, { status: 'U', signer: '' }, roster)).toMatchObject({
      accepted: false,
      reason: expect.stringMatching(/not in the team’s roster/),
    })
  })

  it('lets only admins change the roster', () => {
    const facts = commit([['M', 'allowed_signers']])
    expect(judgeCommit(facts, good('ana'), roster).accepted).toBe(true)
    expect(judgeCommit(facts, good('ben'), roster)).toMatchObject({
      accepted: false,
      reason: expect.stringMatching(/ben is not an admin/),
    })
    expect(changesRoster(facts)).toBe(true)
    expect(changesRoster(commit([['A', TEXT]]))).toBe(false)
  })

  it('refuses changed or removed texts, stray files and merges', () => {
    expect(judgeCommit(commit([['M', TEXT]]), good('ben'), roster).accepted).toBe(false)
    expect(judgeCommit(commit([['D', TEXT]]), good('ben'), roster).accepted).toBe(false)
    expect(judgeCommit(commit([['A', 'README.md']]), good('ben'), roster)).toMatchObject({
      accepted: false,
      reason: expect.stringMatching(/README.md, which is no editor’s file/),
    })
    expect(judgeCommit(commit([], ['p1', 'p2']), good('ben'), roster)).toMatchObject({
      accepted: false,
      reason: expect.stringMatching(/merge/),
    })
  })
})

describe('judgeFirstCommit', () => {
  it('accepts the team’s start signed by its admin, and nothing else', () => {
    const start = commit(
      [
        ['A', 'allowed_signers'],
        ['A', 'team.json'],
      ],
      [],
    )
    expect(judgeFirstCommit(start, good('ana'), roster).accepted).toBe(true)
    expect(judgeFirstCommit(start, good('ben'), roster).accepted).toBe(false)
    expect(judgeFirstCommit(start, { status: 'N', signer: '' }, roster).accepted).toBe(false)
    expect(judgeFirstCommit(commit([['A', 'team.json']]), good('ana'), roster).accepted).toBe(false)
    const stray = commit([['A', 'editors/ben/articles/0123456789abcdef.json']], [])
    expect(judgeFirstCommit(stray, good('ana'), roster).accepted).toBe(false)
  })
})
