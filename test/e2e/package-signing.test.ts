import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportSignedPackage } from '../../electron/core/exchange/signed-export'
import { seedLibrary } from '../../electron/core/seed'
import { articlePath } from '../../electron/core/store/store-context'
import { LibraryStore } from '../../electron/core/store/library-store'
import { keyFingerprint } from '../../electron/core/team/key-fingerprint'
import { ensureSigningKey } from '../../electron/core/team/signing-key'
import { packageChecksum } from '../../shared/exchange/package'
import type { EditorRef } from '../../shared/model/annotation'
import { launchBrowser, removeDataDir, ROOT, startApp, type AppUnderTest } from './harness'

const BEN: EditorRef = { id: 'ben-okafor', name: 'Ben Okafor' }
const LEE: EditorRef = { id: 'lee-chan', name: 'Lee Chan' }

/** A library of the seed articles in `dir` where `author` tagged the first sample sentence. */
async function libraryWithTag(dir: string, author: EditorRef, note: string): Promise<LibraryStore> {
  const store = await LibraryStore.open(dir)
  await seedLibrary(store, join(ROOT, 'seeds'))
  for (const article of store.list()) {
    const sample = (await store.tags(article.id))[0]
    if (!sample) continue
    const tag = { ...sample, id: `${author.id}-tag-1`, author, kind: 'claim' as const, note }
    await store.saveWork(article.id, { tags: [tag] }, author)
    return store
  }
  throw new Error('the seed has no sample tags')
}

async function shoot(page: Page, name: string): Promise<void> {
  for (const [width, height] of [
    [1280, 800],
    [1920, 1080],
  ] as const) {
    await page.setViewportSize({ width, height })
    await page.screenshot({ path: join(ROOT, 'test-results', `${name}-${width}x${height}.png`) })
  }
  await page.setViewportSize({ width: 1280, height: 860 })
}

describe('signed packages in the app (#21)', () => {
  let browser: Browser
  let work: string
  let app: AppUnderTest | null = null

  beforeAll(async () => {
    browser = await launchBrowser()
    work = await mkdtemp(join(tmpdir(), 'factmark-signing-e2e-'))
  })

  afterAll(async () => {
    if (app) {
      await app.close().catch(() => undefined)
      await removeDataDir(app.dataDir)
    }
    await browser?.close()
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('shows the fingerprint of a signed package, refuses a forged one, and asks before an unsigned one', async () => {
    // Ben's real package, one by someone else calling themselves Ben, and Lee's old unsigned one.
    const genuine = join(work, 'ben.factmark.json')
    const forged = join(work, 'ben-forged.factmark.json')
    const unsigned = join(work, 'lee-old.factmark.json')
    const ben = await libraryWithTag(join(work, 'ben'), BEN, 'Checked with the ministry.')
    await writeFile(genuine, JSON.stringify(await exportSignedPackage(ben, BEN, 'all'), null, 2))
    const fingerprint = keyFingerprint((await ensureSigningKey(ben.dataDir, BEN.id)).publicKey)
    await ben.close()
    const other = await libraryWithTag(join(work, 'other'), BEN, 'Forged: this is false.')
    await writeFile(forged, JSON.stringify(await exportSignedPackage(other, BEN, 'all'), null, 2))
    await other.close()
    const lee = await libraryWithTag(join(work, 'lee'), LEE, 'Old work.')
    const {
      signature: _signature,
      checksum: _checksum,
      ...old
    } = await exportSignedPackage(lee, LEE, 'all')
    await writeFile(unsigned, JSON.stringify({ ...old, checksum: packageChecksum(old) }, null, 2))
    await lee.close()

    app = await startApp(browser, {
      editorName: 'Ana Ruiz',
      exchangeChoices: [genuine, forged, unsigned],
      exportChoices: [join(work, 'exported.html')],
    })
    const { page } = app
    const articleId =
      JSON.parse(await readFile(genuine, 'utf8')).articles.find(
        (article: { annotations: unknown[] }) => article.annotations.length > 0,
      )?.articleId ?? ''

    await app.emit('menuCommand', 'import-package')
    const dialog = page.getByRole('dialog', { name: 'Import Tags' })
    const signer = dialog.getByText(/Signed by a key new to this library/)
    await signer.waitFor()
    expect(await signer.textContent()).toContain(fingerprint)
    await dialog.getByText(/tags by Ben Okafor/).waitFor()
    await shoot(page, 'signing-import-first-use')
    await dialog.getByRole('button', { name: 'OK' }).click()
    await expect.poll(() => page.locator('dialog').count()).toBe(0)
    const bensTag = async () =>
      (await app?.store.tags(articleId))?.find((tag) => tag.author.id === BEN.id)
    expect((await bensTag())?.note).toBe('Checked with the ministry.')

    const before = await readFile(articlePath(app.dataDir, articleId))
    await app.emit('menuCommand', 'import-package')
    const refused = page.getByRole('dialog', { name: 'Import Tags' }).getByRole('alert')
    await refused.getByText(/signed by another key/).waitFor()
    expect(await refused.textContent()).toMatch(
      /^Nothing was imported\. ben-forged\.factmark\.json: The package claims to be by Ben Okafor \(ben-okafor\), but it is signed by another key than the one this library accepted for ben-okafor on \d{4}-\d\d-\d\d\. Refused; nothing was changed\.\nKnown key: SHA256:\S+\nThis package’s key: SHA256:\S+\n/,
    )
    expect(await refused.textContent()).toContain(fingerprint)
    await shoot(page, 'signing-import-refused')
    expect(await readFile(articlePath(app.dataDir, articleId))).toEqual(before)
    expect((await bensTag())?.note).toBe('Checked with the ministry.')
    await page
      .getByRole('dialog', { name: 'Import Tags' })
      .getByRole('button', { name: 'OK' })
      .click()
    await expect.poll(() => page.locator('dialog').count()).toBe(0)

    await app.emit('menuCommand', 'import-package')
    const asking = page.getByRole('dialog', { name: 'Import Tags' })
    await asking.getByText(/lee-old\.factmark\.json: The package is not signed/).waitFor()
    // The safe answer has the focus: Enter does not import an unsigned package.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Don’t import')
    await shoot(page, 'signing-import-unsigned-question')
    expect(await app.store.tags(articleId)).not.toContainEqual(
      expect.objectContaining({ author: LEE }),
    )
    await asking.getByRole('button', { name: 'Import as unverified' }).click()
    await asking.getByText(/Not signed: nothing proves these are Lee Chan’s/).waitFor()
    await shoot(page, 'signing-import-unverified')
    expect(await app.store.tags(articleId)).toContainEqual(
      expect.objectContaining({ author: LEE, unverified: true }),
    )

    // The mark travels into an export of the article: beside Lee's name, never Ben's.
    await asking.getByRole('button', { name: 'OK' }).click()
    await expect.poll(() => page.locator('dialog').count()).toBe(0)
    await page.locator(`tr[data-article-id="${articleId}"] .article-link`).click()
    await page.waitForFunction(() => document.activeElement?.id === 'article-text')
    await page.getByRole('button', { name: 'Export…' }).first().click()
    const exporting = page.getByRole('dialog', { name: 'Export' })
    await exporting.getByRole('radio', { name: /Web page/ }).check()
    await exporting.getByRole('button', { name: 'Export…' }).click()
    await exporting.getByRole('status').getByText('Exported to').waitFor()
    const html = await readFile(join(work, 'exported.html'), 'utf8')
    expect(html).toContain('Lee Chan</bdi> <span class="unverified-author"')
    expect(html).toContain('Ben Okafor</bdi>')
    expect(html).not.toContain('Ben Okafor</bdi> <span class="unverified-author"')
  })
})
