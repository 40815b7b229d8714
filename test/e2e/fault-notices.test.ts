import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { mkdtemp, readdir, readFile, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runCli } from '../../electron/cli/run-cli'
import { UNWRITABLE_REASON } from '../../electron/core/store/open-for-app'
import { SettingsStore } from '../../electron/core/store/settings-store'
import { launchBrowser, removeDataDir, startApp, type AppUnderTest } from './harness'

/** Where the screenshots of the fault notices go, for a person to look at. */
const SHOTS = '/work/shots/faults'
const SIZES = [
  [1280, 800],
  [1920, 1080],
] as const

async function cli(args: string[]): Promise<string> {
  const out: string[] = []
  const err: string[] = []
  const code = await runCli(args, {
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
    env: {},
    cwd: tmpdir(),
  })
  if (code !== 0) throw new Error(err.join(''))
  return out.join('')
}

async function shoot(app: AppUnderTest, name: string): Promise<void> {
  for (const [width, height] of SIZES) {
    await app.page.setViewportSize({ width, height })
    await app.page.screenshot({ path: join(SHOTS, `${name}-${width}x${height}.png`) })
  }
}

describe('the fault notices in the app', () => {
  let browser: Browser

  beforeAll(async () => {
    browser = await launchBrowser()
  })

  afterAll(async () => {
    await browser.close()
  })

  it('says which tag a recovery lost and since when, and that settings were restored', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'factmark-faults-e2e-'))
    const seed = join(process.cwd(), 'seeds', '003_40a772719bc21af6.txt')
    const id = (await cli(['--data-dir', dataDir, 'import', seed])).trim()
    const settings = await SettingsStore.open(dataDir, 'root')
    await settings.actAs('Ana Ruiz')
    await settings.setTeamFolder('/shared/team')
    for (const [sentence, kind] of [
      ['1', 'claim'],
      ['3', 'quote'],
    ] as const) {
      await cli(['--data-dir', dataDir, 'tag', id, '--sentence', sentence, '--kind', kind])
    }
    // The article file cut short in place, and its newest backup damaged too.
    const file = join(dataDir, 'articles', `${id}.json`)
    const saved = await readFile(file, 'utf8')
    await truncate(
      file,
      Buffer.byteLength(saved.slice(0, saved.lastIndexOf('"kind": "quote"') + 400)),
    )
    const folder = join(dataDir, 'backups', 'articles', id)
    const newest = (await readdir(folder)).sort(
      (a, b) => Number(b.split('-')[0]) - Number(a.split('-')[0]),
    )[0]
    await truncate(join(folder, newest ?? ''), 10)
    await writeFile(join(dataDir, 'settings.json'), '{"version": 1, "editor": {"id": "ana-r')

    const app = await startApp(browser, { dataDir, seed: false, editorName: 'root' })
    try {
      expect(app.settings.editor.name).toBe('Ana Ruiz')
      await app.store.tags(id)
      const notices = [...app.settings.takeNotices(), ...app.store.takeNotices()]
      expect(notices).toHaveLength(2)
      for (const notice of notices) await app.emit('notice', notice)
      await app.page.getByText(/could not be recovered: this tag was lost: quote/).waitFor()
      await app.page.getByText(/you are still working as Ana Ruiz/).waitFor()
      await shoot(app, 'recovery-and-settings-notices')
      await app.emit('notice', {
        level: 'warning',
        message: `This library (${dataDir}) is open for reading only: ${UNWRITABLE_REASON}. You can read, search and export its articles; tags and changes cannot be saved.`,
      })
      await app.page
        .getByText(/is open for reading only/)
        .first()
        .waitFor()
      await shoot(app, 'read-only-notice')
    } finally {
      await app.close()
      await removeDataDir(dataDir)
    }
  }, 120_000)
})
