import { defineConfig } from 'vitest/config'

/**
 * The import worker, bundled once per run before any test file starts, and every test file's
 * importer pointed at it: a test's first import never bundles it within its own timeout.
 */
const IMPORT_WORKER = {
  globalSetup: ['test/setup/build-import-worker.ts'],
  setupFiles: ['test/setup/use-import-worker.ts'],
}

/**
 * Unit tests run in Node; end-to-end tests drive the built renderer in Debian's Chromium; packaging
 * tests run electron-builder over the built app with a stand-in Electron.
 */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
          exclude: ['test/e2e/**', 'test/packaging/**'],
          environment: 'node',
          ...IMPORT_WORKER,
          // Vitest's 5 s default fails tests that read PDFs or Word files, or load a command's
          // code on first use, when the machine is busy: 30 s leaves 4× headroom over the
          // slowest unit test on a loaded machine.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          ...IMPORT_WORKER,
          // Each wait is for a state (expect.poll, locator.waitFor); these bounds only stop a
          // test that will never get there. They leave 4× headroom on a busy machine: a poll
          // that takes 2–5 s under load gets 20 s (Vitest's default is 1 s), a test 120 s.
          testTimeout: 120_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 20_000 } },
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'packaging',
          include: ['test/packaging/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
