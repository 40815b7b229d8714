// Runs Doyensec's Electronegativity over the app and fails on any finding that is not in the
// reviewed allow-list, .electronegativity-allow.json (RELIABILITY.md S12). Offline: the checks
// that need the network (Electron's release list) are left out, and its failed attempt to fetch
// translations is harmless.
//
// Two scans, because each sees what the other cannot:
//   source  electron/, renderer/ and shared/ as written (the JS checks read TypeScript source);
//   app     out/ as it ships (the built index.html with its CSP, the main and preload bundles,
//           renamed .cjs → .js since the scanner reads only .js/.ts/.html).
// Each writes SARIF to test-results/electronegativity-<scan>.sarif for CI to upload.
//
// Usage: node scripts/electronegativity.mjs   (after `npm run build`; exit 1 on unreviewed findings)
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const ALLOW_FILE = join(ROOT, '.electronegativity-allow.json')
const RESULTS_DIR = join(ROOT, 'test-results')
const require = createRequire(import.meta.url)
const electronegativity = require('@doyensec/electronegativity')

/** Checks that only work online; the supported-Electron gate is separate (S12). */
const OFFLINE_EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck']

/** Console lines Electronegativity prints when it cannot reach the network. */
const CONNECTIVITY_NOISE = [/^Could not retrieve updated translations/, /No connectivity\?/]

/** Copies what one scan reads into a fresh folder, so nothing else in the repository is scanned. */
async function stage(name, copies) {
  const dir = await mkdtemp(join(tmpdir(), `factmark-electronegativity-${name}-`))
  for (const [from, to] of copies) {
    await mkdir(join(dir, to, '..'), { recursive: true })
    await cp(join(ROOT, from), join(dir, to), {
      recursive: true,
      filter: (source) => !source.endsWith('.map'),
    })
  }
  return dir
}

async function stageSource() {
  return stage('source', [
    ['electron', 'electron'],
    ['renderer', 'renderer'],
    ['shared', 'shared'],
    ['package.json', 'package.json'],
  ])
}

async function stageApp() {
  for (const file of ['out/main/index.cjs', 'out/preload/index.cjs', 'out/renderer/index.html']) {
    try {
      await readFile(join(ROOT, file))
    } catch {
      throw new Error(`electronegativity: ${file} is missing; run \`npm run build\` first`)
    }
  }
  return stage('app', [
    ['out/main/index.cjs', 'main/index.js'],
    ['out/preload/index.cjs', 'preload/index.js'],
    ['out/renderer', 'renderer'],
    ['package.json', 'package.json'],
  ])
}

/** Runs Electronegativity on one staged folder; returns its findings as plain objects. */
async function scan(name, dir, electronVersion) {
  await mkdir(RESULTS_DIR, { recursive: true })
  const log = console.log
  console.log = (...args) => {
    const text = args.map(String).join(' ')
    if (!CONNECTIVITY_NOISE.some((pattern) => pattern.test(text))) log(...args)
  }
  let result
  try {
    result = await electronegativity(
      {
        input: dir,
        output: join(RESULTS_DIR, `electronegativity-${name}.sarif`),
        isSarif: true,
        customScan: [],
        excludeFromScan: OFFLINE_EXCLUDED_CHECKS,
        isRelative: true,
        isVerbose: false,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    )
  } finally {
    console.log = log
  }
  const broken = result.errors.filter((error) => !error.tolerable)
  if (broken.length > 0) {
    const list = broken.map((error) => `${error.file}: ${error.message}`).join('\n  ')
    throw new Error(`electronegativity: the ${name} scan could not parse\n  ${list}`)
  }
  return result.issues.map((issue) => ({
    scan: name,
    check: issue.id,
    file: issue.file === 'N/A' ? 'N/A' : relative(dir, join(dir, issue.file)).split(sep).join('/'),
    line: issue.location?.line ?? 0,
    severity: issue.severity?.name ?? String(issue.severity),
    confidence: issue.confidence?.name ?? String(issue.confidence),
    review: Boolean(issue.manualReview),
    sample: String(issue.sample ?? '').trim(),
    description: String(issue.description ?? ''),
  }))
}

/** Reads and checks the allow-list: every entry names a scan, a check, a file and a reason. */
async function readAllowList() {
  const entries = JSON.parse(await readFile(ALLOW_FILE, 'utf8')).allowed
  if (!Array.isArray(entries)) throw new Error('electronegativity: "allowed" must be a list')
  for (const [index, entry] of entries.entries()) {
    for (const key of ['scan', 'check', 'file', 'reason']) {
      if (typeof entry[key] !== 'string' || entry[key].trim() === '') {
        throw new Error(`electronegativity: allow-list entry ${index} has no "${key}"`)
      }
    }
  }
  return entries
}

/** The allow-list entry that covers a finding: same scan, check and file, and sample if given. */
function allowance(finding, entries) {
  return entries.find(
    (entry) =>
      entry.scan === finding.scan &&
      entry.check === finding.check &&
      entry.file === finding.file &&
      (entry.sample === undefined || finding.sample.includes(entry.sample)),
  )
}

const electronVersion = JSON.parse(
  await readFile(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version
const allowed = await readAllowList()
const findings = []
for (const [name, prepare] of [
  ['source', stageSource],
  ['app', stageApp],
]) {
  const dir = await prepare()
  try {
    findings.push(...(await scan(name, dir, electronVersion)))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

const used = new Set()
let unreviewed = 0
for (const finding of findings) {
  const entry = allowance(finding, allowed)
  if (entry) used.add(entry)
  else unreviewed++
  const where = `${finding.scan}:${finding.file}${finding.line ? `:${finding.line}` : ''}`
  const level = `${finding.severity}/${finding.confidence}${finding.review ? ', review' : ''}`
  console.log(`${entry ? 'allowed ' : 'FINDING '} ${finding.check} (${level}) ${where}`)
  if (finding.sample) console.log(`           ${finding.sample.slice(0, 110)}`)
  console.log(`           ${entry ? `reviewed: ${entry.reason}` : finding.description}`)
}
for (const entry of allowed.filter((candidate) => !used.has(candidate))) {
  console.log(
    `stale    ${entry.check} ${entry.scan}:${entry.file} matched nothing; remove it from ${relative(ROOT, ALLOW_FILE)}`,
  )
}
const files = await readdir(RESULTS_DIR)
const sarif = files.filter((file) => file.startsWith('electronegativity-')).join(', ')
console.log(
  `electronegativity: ${findings.length} findings, ${findings.length - unreviewed} reviewed, ${unreviewed} not (SARIF: test-results/{${sarif}})`,
)
if (unreviewed > 0) {
  console.log(
    `electronegativity: fix each FINDING, or add it to ${relative(ROOT, ALLOW_FILE)} with the reason it is safe`,
  )
  process.exitCode = 1
}
