import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { FactmarkError } from '../../shared/ipc/result'
import type { HtmlRenderer } from '../core/export/html-renderer'

const run = promisify(execFile)

/** Where Chrome or Chromium usually lives on each platform, in the order they are tried. */
const CANDIDATES: Readonly<Partial<Record<NodeJS.Platform, readonly string[]>>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
}

/** The browser the CLI prints with: $FACTMARK_CHROMIUM, else a usual install; null if none. */
export function findChromium(env: NodeJS.ProcessEnv, platform = process.platform): string | null {
  const chosen = env['FACTMARK_CHROMIUM']
  if (chosen) return existsSync(chosen) ? chosen : null
  return (CANDIDATES[platform] ?? []).find((path) => existsSync(path)) ?? null
}

/**
 * An {@link HtmlRenderer} for the CLI, which runs without Electron: headless Chrome or Chromium
 * with a throwaway profile, printing a temp copy of the document. Scripts cannot run in an export
 * (its CSP is `default-src 'none'`); turning them off by flag would stop headless printing.
 */
export function chromiumRenderer(executable: string): HtmlRenderer {
  async function withFiles<T>(html: string, use: (page: string, folder: string) => Promise<T>) {
    const folder = await mkdtemp(join(tmpdir(), 'factmark-print-'))
    try {
      const page = join(folder, 'export.html')
      await writeFile(page, html, 'utf8')
      return await use(page, folder)
    } catch (error) {
      if (error instanceof FactmarkError) throw error
      throw new FactmarkError(
        'export-failure',
        `Chromium (${executable}) could not print the export: ${(error as Error).message}`,
      )
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  }
  const flags = (folder: string) => [
    '--headless',
    '--disable-gpu',
    '--no-first-run',
    '--disable-extensions',
    '--disable-background-networking',
    `--user-data-dir=${join(folder, 'profile')}`,
    // Chromium refuses to run as root with its sandbox (containers, CI).
    ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ]
  return {
    pdf: (html) =>
      withFiles(html, async (page, folder) => {
        const out = join(folder, 'export.pdf')
        await run(
          executable,
          [
            ...flags(folder),
            '--no-pdf-header-footer',
            `--print-to-pdf=${out}`,
            pathToFileURL(page).href,
          ],
          { timeout: 60_000 },
        )
        return new Uint8Array(await readFile(out))
      }),
    png: (html, width) =>
      withFiles(html, async (page, folder) => {
        const out = join(folder, 'export.png')
        await run(
          executable,
          [
            ...flags(folder),
            `--window-size=${width},1100`,
            `--screenshot=${out}`,
            pathToFileURL(page).href,
          ],
          { timeout: 60_000 },
        )
        return new Uint8Array(await readFile(out))
      }),
  }
}
