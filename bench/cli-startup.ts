// What `factmark --help` costs beside a bare `node -e 0`: each command's code loads only when
// that command runs, so the help and usage errors parse the small entry chunk alone.
// Target: ≤ 1.5× `node -e 0`. Reports figures; never fails on one.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const RUNS = Number(process.env.BENCH_RUNS ?? 21)
const CLI = process.env.BENCH_CLI ?? 'out/cli/index.cjs'

if (!existsSync(CLI)) throw new Error(`bench/cli-startup: ${CLI} is missing; run npm run build`)

function run(args: string[]): number {
  const started = performance.now()
  const result = spawnSync(process.execPath, args, { stdio: 'ignore' })
  const elapsed = performance.now() - started
  if (result.status !== 0) throw new Error(`bench/cli-startup: node ${args.join(' ')} failed`)
  return elapsed
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}

// Alternate the two, so that a busy moment of the machine weighs on both alike.
const bare: number[] = []
const help: number[] = []
run(['-e', '0'])
run([CLI, '--help'])
for (let n = 0; n < RUNS; n += 1) {
  bare.push(run(['-e', '0']))
  help.push(run([CLI, '--help']))
}
const baseline = median(bare)
const figure = median(help)
console.log(`node -e 0 (baseline): median ${baseline.toFixed(1)} ms over ${RUNS} runs`)
console.log(
  `factmark --help: median ${figure.toFixed(1)} ms (${(figure / baseline).toFixed(2)}× node -e 0)`,
)
