// `npm run eval:story`: bundles the story eval (bench/story-eval/) with esbuild and runs it in
// plain Node, without Electron. Arguments go through: --split tuned|heldout|all, --event NAME,
// --json, --verbose.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const outfile = 'out/eval/story-eval.mjs'
await build({
  absWorkingDir: root,
  entryPoints: ['bench/story-eval/eval-story.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
})
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})
process.exitCode = run.status ?? 1
