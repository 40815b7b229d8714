import { readFile, writeFile, mkdir } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { GitTeam } from '../../../../electron/core/team/git-team'
import { ensureSigningKey } from '../../../../electron/core/team/signing-key'
import { createPackage, parsePackage } from '../../../../shared/exchange/package'
import { withTempDir } from '../../main/fixtures'
import { ana, articleIdOf, ben, cho, git, openSide, tag, tagKeys, type Side } from './team-fixture'

const SLOW = 600_000

/** A plain clone of the team where commits are made by hand, as an attacker would. */
async function forgeClone(dir: string, address: string): Promise<string> {
  const path = join(dir, 'forge')
  await git(dir, ['clone', '--quiet', '--', address, path])
  return path
}

/** Commits `files` in the clone, signed with `key` (or unsigned), claiming `author`, and pushes. */
async function forge(
  clone: string,
  files: Record<string, string>,
  author: string,
  key: string | null,
): Promise<string> {
  await git(clone, ['pull', '--quiet', '--rebase=false', '--ff-only', 'origin', 'main'])
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(clone, path)), { recursive: true })
    await writeFile(join(clone, path), content)
  }
  await git(clone, ['add', '-A'])
  const identity = ['-c', `user.name=${author}`, '-c', 'user.email=someone@example.org']
  const signing = key
    ? ['-c', 'gpg.format=ssh', '-c', `user.signingkey=${key}`, 'commit', '-S']
    : ['commit', '--no-gpg-sign']
  await git(clone, [...identity, ...signing, '--quiet', '-m', `${author} changes things`])
  await git(clone, ['push', '--quiet', 'origin', 'HEAD:refs/heads/main'])
  return (await git(clone, ['rev-parse', 'HEAD'])).trim()
}

/** Ben's file for the article, with his tag's note replaced (a later version, by "Ben"). */
async function alteredBenFile(clone: string, id: string, note: string): Promise<[string, string]> {
  const path = `editors/${ben.id}/articles/${id}.json`
  const pkg = parsePackage(await readFile(join(clone, path), 'utf8'))
  const article = pkg.articles[0]!
  const later = new Date(Date.UTC(2026, 5, 1)).toISOString()
  const annotations = article.annotations.map((item) => ({ ...item, note, modified: later }))
  const forged = createPackage(ben, [{ ...article, annotations }], later)
  return [path, `${JSON.stringify(forged, null, 2)}\n`]
}

describe('GitTeam refuses forged changes', () => {
  it(
    'refuses a change to Ben’s files signed by Ana, an unsigned one, and a roster change no admin signed',
    async () => {
      await withTempDir(async (dir) => {
        const address = join(dir, 'remote', 'team.git')
        const a = await openSide(join(dir, 'ana'), ana)
        const b = await openSide(join(dir, 'ben'), ben)
        const c = await openSide(join(dir, 'cho'), cho)
        const sides: Side[] = [a, b, c]
        try {
          a.team = await GitTeam.create(a.store, { address, editor: ana })
          b.team = await GitTeam.join(b.store, { address, editor: ben })
          c.team = await GitTeam.join(c.store, { address, editor: cho })
          await a.team.addToRoster(a.store, ben.id, b.team.publicKey)
          await a.team.addToRoster(a.store, cho.id, c.team.publicKey)
          const id = await articleIdOf(b)
          await tag(b, id, 'It cost 40 million dollars.', 'disputed')
          await b.team.sync(b.store)
          expect((await c.team.sync(c.store)).refused).toEqual([])
          const original = (await c.store.tags(id)).map((item) => item.note)
          expect(original).toEqual(['Ben Okafor on “It cost 40 million dollars.”'])

          const clone = await forgeClone(dir, address)
          const anaKey = join(a.dir, 'keys', ana.id)
          const benKey = join(b.dir, 'keys', ben.id)
          const [benPath, signedByAna] = await alteredBenFile(clone, id, 'forged by Ana')
          const byAna = await forge(clone, { [benPath]: signedByAna }, 'Ben Okafor', anaKey)
          const [, unsigned] = await alteredBenFile(clone, id, 'unsigned')
          const noSignature = await forge(clone, { [benPath]: unsigned }, 'Ben Okafor', null)
          const mallory = await ensureSigningKey(join(dir, 'mallory'), 'mallory')
          const roster = await readFile(join(clone, 'allowed_signers'), 'utf8')
          const rosterByBen = await forge(
            clone,
            { allowed_signers: `${roster}mallory namespaces="git" ${mallory.publicKey}\n` },
            'Ana Ruiz',
            benKey,
          )
          const malloryFile = `editors/mallory/articles/${id}.json`
          const byMallory = await forge(
            clone,
            { [malloryFile]: '{}\n' },
            'Mallory',
            mallory.privateKeyPath,
          )

          const report = await c.team.sync(c.store)
          const refused = new Map(report.refused.map((entry) => [entry.commit, entry]))
          expect(refused.get(byAna)).toMatchObject({ authorClaimed: 'Ben Okafor', signer: ana.id })
          expect(refused.get(byAna)?.reason).toMatch(/ben-okafor’s files .* signed by ana-ruiz/)
          expect(refused.get(noSignature)).toMatchObject({
            signer: null,
            reason: 'it is not signed',
          })
          expect(refused.get(rosterByBen)).toMatchObject({ signer: ben.id })
          expect(refused.get(rosterByBen)?.reason).toMatch(/roster .* ben-okafor is not an admin/)
          // The roster change was never applied, so Mallory's key counts for nothing.
          expect(refused.get(byMallory)?.reason).toMatch(/not in the team’s roster/)
          expect((await c.store.tags(id)).map((item) => item.note)).toEqual(original)
          const status = await c.team.status()
          expect(status.refused.map((entry) => entry.commit)).toEqual(
            expect.arrayContaining([byAna, noSignature, rosterByBen, byMallory]),
          )

          // Ben's next sync writes his own file back over the forgery, without his saving anything.
          expect((await b.team.sync(b.store)).state).toBe('synced')
          const restored = parsePackage(await git(address, ['show', `main:${benPath}`]))
          expect(restored.articles[0]!.annotations.map((item) => item.note)).toEqual(original)
          // The file is itself a package signed with Ben's team key, as the commit is.
          expect(restored.signature?.publicKey).toBe(b.team.publicKey)
          // And his later work arrives.
          await tag(b, id, 'Traffic fell by half, officials said.', 'claim', 5)
          const benReport = await b.team.sync(b.store)
          expect(benReport.state).toBe('synced')
          const after = await c.team.sync(c.store)
          expect(after.refused).toEqual([])
          expect((await c.store.tags(id)).map((item) => item.note).sort()).toEqual([
            'Ben Okafor on “It cost 40 million dollars.”',
            'Ben Okafor on “Traffic fell by half, officials said.”',
          ])
          expect(await tagKeys(c, id)).toEqual(await tagKeys(b, id))
          // The trail shows the forgery as unverified, signed by Ana, in Ben's file.
          const trail = await c.team.log(id)
          const forged = trail.find((entry) => entry.commit === byAna)
          expect(forged).toMatchObject({ editorId: ben.id, signer: ana.id, verified: false })
        } finally {
          for (const side of sides) await side.store.close()
        }
      })
    },
    SLOW,
  )

  it(
    'keeps local work through a force-push on the remote and sends it again',
    async () => {
      await withTempDir(async (dir) => {
        const address = join(dir, 'remote', 'team.git')
        const a = await openSide(join(dir, 'ana'), ana)
        const b = await openSide(join(dir, 'ben'), ben)
        const c = await openSide(join(dir, 'cho'), cho)
        const sides: Side[] = [a, b, c]
        try {
          a.team = await GitTeam.create(a.store, { address, editor: ana })
          b.team = await GitTeam.join(b.store, { address, editor: ben })
          c.team = await GitTeam.join(c.store, { address, editor: cho })
          await a.team.addToRoster(a.store, ben.id, b.team.publicKey)
          await a.team.addToRoster(a.store, cho.id, c.team.publicKey)
          await b.team.sync(b.store)
          await c.team.sync(c.store)
          const before = (await git(address, ['rev-parse', 'main'])).trim()
          const id = await articleIdOf(a)
          await tag(b, id, 'It cost 40 million dollars.', 'disputed')
          await b.team.sync(b.store)
          await c.team.sync(c.store)
          expect(await tagKeys(c, id)).toHaveLength(1)
          // Someone rewrites the remote's history back to before Ben's work.
          await git(address, ['update-ref', 'refs/heads/main', before])
          await tag(c, id, 'The mayor opened the bridge on Monday.', 'quote', 3)
          const cReport = await c.team.sync(c.store)
          expect(cReport.forcePush).toBe(true)
          expect(cReport.state).toBe('synced')
          const bReport = await b.team.sync(b.store)
          expect(bReport.forcePush).toBe(true)
          expect((await b.team.status()).forcePushSeen).not.toBeNull()
          await a.team.sync(a.store)
          await c.team.sync(c.store)
          const all = await tagKeys(a, id)
          expect(all).toHaveLength(2)
          expect(await tagKeys(b, id)).toEqual(all)
          expect(await tagKeys(c, id)).toEqual(all)
          expect((await c.team.status()).refused).toEqual([])
        } finally {
          for (const side of sides) await side.store.close()
        }
      })
    },
    SLOW,
  )
})
