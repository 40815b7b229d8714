import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { keyFingerprint } from '../../../electron/core/team/key-fingerprint'
import { packageChecksum } from '../../../shared/exchange/package'
import { withTempDir } from '../main/fixtures'

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
import { importSeed, run } from './cli-harness'

/** Two libraries holding the seed; Ben tags two sentences in his and exports them. */
async function withBensPackage(
  body: (paths: { ana: string; ben: string; id: string; file: string }) => Promise<void>,
) {
  await withTempDir((ana) =>
    withTempDir(async (ben) => {
      const { id } = await importSeed(ana)
      await importSeed(ben)
      for (const [sentence, kind] of [
        ['2', 'quote'],
        ['4', 'claim'],
      ]) {
        const tagged = await run([
          '--data-dir',
          ben,
          'tag',
          id,
          '--sentence',
          sentence ?? '',
          '--kind',
          kind ?? '',
          '--editor',
          'Ben',
        ])
        expect(tagged.code).toBe(0)
      }
      const file = join(ben, 'ben.factmark.json')
      const exported = await run([
        '--data-dir',
        ben,
        'package',
        'export',
        '--all',
        '--out',
        file,
        '--editor',
        'Ben',
      ])
      expect(exported).toMatchObject({ code: 0, stderr: '' })
      expect(exported.stdout).toMatch(
        new RegExp(`^${file}: 2 tags by Ben on 1 article, signed with SHA256:[A-Za-z0-9+/]{43}\n$`),
      )
      await body({ ana, ben, id, file })
    }),
  )
}

describe('factmark package', () => {
  it('exports an editor’s tags and imports them into another library, idempotently', async () => {
    await withBensPackage(async ({ ana, id, file }) => {
      const first = await run(['--data-dir', ana, 'package', 'import', file, '--editor', 'Ana'])
      expect(first.code).toBe(0)
      expect(first.stdout).toMatch(
        new RegExp(`^  ${id} .*: 2 added, 0 updated, 0 deleted, 0 unchanged$`, 'm'),
      )
      const again = await run(['--data-dir', ana, 'package', 'import', file, '--editor', 'Ana'])
      expect(again.stdout).toMatch(
        new RegExp(`^  ${id} .*: already up to date \\(2 unchanged\\)$`, 'm'),
      )
      const tags = await run(['--data-dir', ana, 'tags', id, '--json'])
      const authors = (JSON.parse(tags.stdout) as { author: { id: string } }[]).map(
        (tag) => tag.author.id,
      )
      expect(authors).toEqual(['ben', 'ben'])
      const audit = (await readFile(join(ana, 'audit.jsonl'), 'utf8')).trim().split('\n')
      expect(audit).toHaveLength(2)
    })
  })

  it('refuses an altered package, a package of your own, and a missing file, with exit 1', async () => {
    await withBensPackage(async ({ ana, ben, file }) => {
      const altered = join(ana, 'altered.json')
      await writeFile(
        altered,
        (await readFile(file, 'utf8')).replace('"kind": "claim"', '"kind": "disputed"'),
      )
      const refused = await run([
        '--data-dir',
        ana,
        'package',
        'import',
        altered,
        '--editor',
        'Ana',
      ])
      expect(refused.code).toBe(1)
      expect(refused.stderr).toMatch(/altered\.json: The package is damaged or altered/)
      const own = await run(['--data-dir', ben, 'package', 'import', file, '--editor', 'Ben'])
      expect(own.code).toBe(1)
      expect(own.stderr).toMatch(/This package holds your own tags \(Ben\)/)
      const missing = await run([
        '--data-dir',
        ana,
        'package',
        'import',
        'nope.json',
        '--editor',
        'Ana',
      ])
      expect(missing.code).toBe(1)
      expect(missing.stderr).toMatch(/nope\.json: .*ENOENT/)
      expect(await readFile(join(ana, 'audit.jsonl'), 'utf8').catch(() => 'none')).toBe('none')
    })
  })

  it('reports an article the library lacks as skipped, and never creates it', async () => {
    await withBensPackage(async ({ file }) => {
      await withTempDir(async (empty) => {
        const result = await run([
          '--data-dir',
          empty,
          'package',
          'import',
          file,
          '--editor',
          'Ana',
        ])
        expect(result.code).toBe(0)
        expect(result.stdout).toMatch(/: skipped \(not in this library\)$/m)
        expect((await run(['--data-dir', empty, 'list', '--json'])).stdout.trim()).toBe('[]')
      })
    })
  })

  it('never replaces an existing file without --force, and checks its usage', async () => {
    await withBensPackage(async ({ ben, file }) => {
      const again = await run([
        '--data-dir',
        ben,
        'package',
        'export',
        '--all',
        '--out',
        file,
        '--editor',
        'Ben',
      ])
      expect(again.code).toBe(1)
      expect(again.stderr).toMatch(/already exists; add --force/)
      const forced = await run([
        '--data-dir',
        ben,
        'package',
        'export',
        '--all',
        '--out',
        file,
        '--editor',
        'Ben',
        '--force',
      ])
      expect(forced.code).toBe(0)
      expect((await run(['--data-dir', ben, 'package', 'export', '--all'])).code).toBe(2)
      expect((await run(['--data-dir', ben, 'package', 'import'])).code).toBe(2)
      expect((await run(['--data-dir', ben, 'package', 'send'])).stderr).toMatch(
        /package takes export or import/,
      )
      expect((await run(['--data-dir', ben, 'package', 'import', file, '--json'])).stderr).toMatch(
        /package does not take --json/,
      )
    })
  })

  it('prints the fingerprint of a key accepted on first use, then of the known key', async () => {
    await withBensPackage(async ({ ana, ben, file }) => {
      const fingerprint = keyFingerprint(await readFile(join(ben, 'keys', 'ben.pub'), 'utf8'))
      const first = await run(['--data-dir', ana, 'package', 'import', file, '--editor', 'Ana'])
      expect(first.code).toBe(0)
      expect(first.stdout).toContain(
        `Ben's package, signed by a key new to this library, now remembered for this editor: ${fingerprint}\n`,
      )
      const again = await run(['--data-dir', ana, 'package', 'import', file, '--editor', 'Ana'])
      expect(again.stdout).toMatch(
        new RegExp(
          `Ben's package, signed by their known key ${escape(fingerprint)} \\(since \\d{4}-`,
        ),
      )
    })
  })

  it('refuses, with exit 1, Ben’s name signed by another library’s key, and changes nothing', async () => {
    await withBensPackage(async ({ ana, file, id }) => {
      expect(
        (await run(['--data-dir', ana, 'package', 'import', file, '--editor', 'Ana'])).code,
      ).toBe(0)
      await withTempDir(async (other) => {
        await importSeed(other)
        await run([
          '--data-dir',
          other,
          'tag',
          id,
          '--sentence',
          '3',
          '--kind',
          'disputed',
          '--editor',
          'Ben',
        ])
        const fake = join(other, 'fake-ben.json')
        const exported = await run([
          '--data-dir',
          other,
          'package',
          'export',
          '--all',
          '--out',
          fake,
          '--editor',
          'Ben',
        ])
        expect(exported.code).toBe(0)
        const before = await readFile(join(ana, 'articles', `${id}.json`))
        const audit = await readFile(join(ana, 'audit.jsonl'))
        const refused = await run(['--data-dir', ana, 'package', 'import', fake, '--editor', 'Ana'])
        expect(refused.code).toBe(1)
        expect(refused.stdout).toBe('')
        expect(refused.stderr).toMatch(
          /^factmark: .*fake-ben\.json: The package claims to be by Ben \(ben\), but it is signed by another key than the one this library accepted for ben on \d{4}-\d\d-\d\d\. Refused; nothing was changed\.\n {2}Known key: SHA256:\S{43}\n {2}This package’s key: SHA256:\S{43}\n {2}If Ben really has a new key/,
        )
        expect(await readFile(join(ana, 'articles', `${id}.json`))).toEqual(before)
        expect(await readFile(join(ana, 'audit.jsonl'))).toEqual(audit)
      })
    })
  })

  it('takes an unsigned package only with --allow-unsigned, and marks its tags unverified', async () => {
    await withBensPackage(async ({ ana, file, id }) => {
      const {
        signature: _signature,
        checksum: _checksum,
        ...content
      } = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>
      const old = join(ana, 'old.json')
      await writeFile(
        old,
        JSON.stringify({ ...content, checksum: packageChecksum(content as never) }),
      )
      const before = await readFile(join(ana, 'articles', `${id}.json`))
      const asked = await run(['--data-dir', ana, 'package', 'import', old, '--editor', 'Ana'])
      expect(asked.code).toBe(1)
      expect(asked.stderr).toMatch(
        /old\.json: The package is not signed .* Add --allow-unsigned to import it anyway\.\n$/,
      )
      expect(await readFile(join(ana, 'articles', `${id}.json`))).toEqual(before)

      const taken = await run([
        '--data-dir',
        ana,
        'package',
        'import',
        old,
        '--editor',
        'Ana',
        '--allow-unsigned',
      ])
      expect(taken.code).toBe(0)
      expect(taken.stdout).toContain(`Ben's package, NOT SIGNED: imported as unverified`)
      const tags = JSON.parse((await run(['--data-dir', ana, 'tags', id, '--json'])).stdout) as {
        unverified?: boolean
      }[]
      expect(tags.map((tag) => tag.unverified)).toEqual([true, true])
      expect(
        (
          await run([
            '--data-dir',
            ana,
            'package',
            'export',
            '--all',
            '--allow-unsigned',
            '--out',
            'x',
          ])
        ).code,
      ).toBe(2)
    })
  })
})
