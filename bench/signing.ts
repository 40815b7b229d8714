// What signing costs a package, beside what it already cost: making a package (its checksum),
// signing it (canonical JSON + ed25519), reading it (parse, schema, checksum) and checking its
// signature, for packages of 100, 1,000 and 10,000 tags. The baseline is the checksum, measured
// in the same run. Reports figures; never fails on one.
import { generateKeyPairSync } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { checkPackageSignature, signPackage } from '../electron/core/exchange/package-signing'
import { decodeOpenSshPrivateKey, encodeOpenSshPrivateKey } from '../electron/core/team/openssh-key'
import { createPackage, parsePackage, type PackageArticleInput } from '../shared/exchange/package'
import type { Annotation, EditorRef } from '../shared/model/annotation'

const AUTHOR: EditorRef = { id: 'bench-editor', name: 'Bench Editor' }
const RUNS = 7

function tag(articleId: string, n: number): Annotation {
  const exact = `Sentence number ${n} says something the desk checks.`
  const time = new Date(Date.UTC(2026, 0, 1, 0, 0, n % 60)).toISOString()
  return {
    id: `bench-editor-${String(n).padStart(8, '0')}`,
    articleId,
    author: AUTHOR,
    kind: 'claim',
    target: {
      position: { type: 'TextPositionSelector', start: n * 60, end: n * 60 + exact.length },
      quote: { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
    },
    note: 'Checked against the council minutes of Tuesday.',
    created: time,
    modified: time,
  }
}

function articles(tags: number): PackageArticleInput[] {
  const perArticle = Math.min(tags, 1000)
  return Array.from({ length: Math.ceil(tags / perArticle) }, (_, a) => {
    const articleId = a.toString(16).padStart(16, '0')
    return {
      articleId,
      textHash: 'a'.repeat(64),
      title: `Article ${a}`,
      annotations: Array.from({ length: perArticle }, (_, n) => tag(articleId, a * perArticle + n)),
    }
  })
}

function median(run: () => void): number {
  const times: number[] = []
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  return times.sort((x, y) => x - y)[Math.floor(RUNS / 2)] ?? NaN
}

const { privateKey } = generateKeyPairSync('ed25519')
const key = decodeOpenSshPrivateKey(encodeOpenSshPrivateKey(privateKey, 'bench'), 'bench key')

console.log('tags     create+checksum  sign       parse      verify     bytes')
for (const count of [100, 1_000, 10_000]) {
  const input = articles(count)
  const created = median(() => createPackage(AUTHOR, input, '2026-01-01T00:00:00.000Z'))
  const pkg = createPackage(AUTHOR, input, '2026-01-01T00:00:00.000Z')
  const signing = median(() => signPackage(pkg, key))
  const text = JSON.stringify(signPackage(pkg, key), null, 2)
  const parsing = median(() => parsePackage(text))
  const parsed = parsePackage(text)
  const verifying = median(() => checkPackageSignature(parsed))
  const ms = (value: number) => `${value.toFixed(1)} ms`.padEnd(11)
  console.log(
    `${String(count).padEnd(9)}${ms(created).padEnd(17)}${ms(signing)}${ms(parsing)}${ms(verifying)}${text.length}`,
  )
}
