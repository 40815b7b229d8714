// Runs every benchmark in bench/ (or those named on the command line) and prints their figures.
// Benchmarks report; they never fail on a number.
import { build } from 'esbuild'
import { readdir } from 'node:fs/promises'
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const wanted = process.argv.slice(2)
const names = (await readdir(new URL('../bench', import.meta.url)))
  .filter((name) => name.endsWith('.ts'))
  .filter((name) => wanted.length === 0 || wanted.some((word) => name.includes(word)))
  .sort()

let failures = 0
for (const name of names) {
  const outfile = `out/bench/${name.replace(/\.ts$/, '.mjs')}`
  await build({
    absWorkingDir: root,
    entryPoints: [`bench/${name}`],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  })
  console.log(`\n== ${name}`)
  const run = spawnSync(process.execPath, ['--expose-gc', outfile], { cwd: root, stdio: 'inherit' })
  if (run.status !== 0) {
    failures += 1
    console.log(`(${name} could not run: exit ${run.status})`)
  }
}
process.exitCode = failures > 0 ? 1 : 0
