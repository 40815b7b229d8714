// Writes seeds/reviews/*.json: a second editor's tags (Sam Reviewer) on some sample articles, as
// Factmark packages, so that review and agreement can be tried on first run. Tags are chosen by a
// fragment of the sentence they cover, in the sentences the app itself finds (the numbering that
// `factmark show` prints). Run `node scripts/seed-reviews.mjs --list` to print those sentences.
import { build } from 'esbuild'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const bundle = `${root}out/scripts/seed-reviews-lib.mjs`
await build({
  absWorkingDir: root,
  stdin: {
    contents: `
      import { Node } from 'prosemirror-model'
      export { describe } from './shared/anchoring'
      export { createPackage } from './shared/exchange/package'
      import { articleSchema } from './shared/editor/schema'
      import { parsePlainText } from './shared/import/plain-text'
      import { articleSentences } from './shared/text/article-sentences'
      import { articleText } from './shared/text/article-text'
      import { articleIdFor, textHash } from './shared/text/hash'
      export function readSeed(raw) {
        const draft = parsePlainText(raw)
        const doc = Node.fromJSON(articleSchema, draft.body)
        const text = articleText(doc)
        return { title: draft.title, text, id: articleIdFor(text), textHash: textHash(text), sentences: articleSentences(doc) }
      }`,
    resolveDir: root,
    loader: 'ts',
  },
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
})
const { readSeed, describe, createPackage } = await import(pathToFileURL(bundle).href)

const SAM = { id: 'sam-reviewer', name: 'Sam Reviewer' }
/** Fixed times, so the packages only change when the choices below do. */
const CREATED = '2025-11-18T09:00:00.000Z'

/**
 * Sam's tags per seed file: [fragment of the sentence, kind, extra fields]. Some agree with what a
 * careful editor would tag; some do not (a paraphrase tagged as a quote, an opinion as a claim).
 */
const TRUMP = { speaker: 'Donald Trump' }
const GARMANY = { speaker: 'Jeff Garmany' }
const REVIEWS = {
  '003_40a772719bc21af6.txt': [
    ['Would I launch strikes in Mexico to stop drugs?', 'quote', TRUMP],
    ['We’re losing hundreds of thousands of people', 'quote', TRUMP],
    ['Since returning to office in January', 'context'],
    [
      'labeled six major drug cartels',
      'claim',
      { note: 'Check against the State Department list.' },
    ],
    ['at least 20 strikes on boats', 'claim', { note: 'Count and death toll need a source.' }],
    ['Nothing about Trump’s second presidency', 'quote', GARMANY],
    ['President Sheinbaum has previously opposed', 'claim'],
    ['Mexico’s cartels are some of the most powerful', 'quote', GARMANY],
    ['Trump described the drug crisis as “like a war,”', 'quote', TRUMP],
    ['The prospect of US strikes in Mexico raises', 'context'],
    ['Despite the controversy', 'claim'],
  ],
  '004_62547c9f4c534b11.txt': [
    ['Would I launch strikes in Mexico to stop drugs?', 'quote', TRUMP],
    ['I didn’t say I’m doing it', 'quote', TRUMP],
    ['The US president has repeatedly accused Mexico', 'context'],
    [
      'President Andrés Manuel López Obrador',
      'disputed',
      {
        reason:
          'Wrong name: Mexico’s president since 1 October 2024 is Claudia Sheinbaum, not Andrés Manuel López Obrador.',
        evidence: ['https://en.wikipedia.org/wiki/Claudia_Sheinbaum'],
      },
    ],
    [
      'has carried out a series of strikes on boats',
      'claim',
      { note: '“Dozens” killed: find the count.' },
    ],
    ['No, I don’t rule out that', 'quote', TRUMP],
    ['Hours later, Maduro signaled', 'quote', { speaker: 'Nicolás Maduro' }],
    ['Trump has authorized the CIA', 'claim'],
    ['Trump’s critics, however, argue', 'claim'],
    ['Beyond Mexico and Venezuela', 'quote', TRUMP],
  ],
}

const seeds = Object.keys(REVIEWS)
if (process.argv.includes('--list')) {
  for (const name of seeds) {
    const seed = readSeed(await readFile(`${root}seeds/${name}`, 'utf8'))
    console.log(`\n== ${name} ${seed.id} ${seed.title}`)
    seed.sentences.forEach((span, index) =>
      console.log(`${index}\t${seed.text.slice(span.start, span.end)}`),
    )
  }
  process.exit(0)
}

await mkdir(`${root}seeds/reviews`, { recursive: true })
for (const [name, choices] of Object.entries(REVIEWS)) {
  const seed = readSeed(await readFile(`${root}seeds/${name}`, 'utf8'))
  const annotations = choices.map(([fragment, kind, extra = {}], index) => {
    const matches = seed.sentences.filter((span) =>
      seed.text.slice(span.start, span.end).includes(fragment),
    )
    if (matches.length !== 1)
      throw new Error(`${name}: “${fragment}” matches ${matches.length} sentences`)
    const [span] = matches
    const minute = String(index).padStart(2, '0')
    const time = `2025-11-18T08:${minute}:00.000Z`
    return {
      id: `sam-${seed.id}-${minute}`,
      articleId: seed.id,
      author: SAM,
      kind,
      target: describe(seed.text, span.start, span.end),
      note: extra.note ?? '',
      ...(extra.speaker ? { speaker: extra.speaker } : {}),
      ...(extra.reason ? { reason: extra.reason } : {}),
      ...(extra.evidence ? { evidence: extra.evidence } : {}),
      created: time,
      modified: time,
    }
  })
  const pkg = createPackage(
    SAM,
    [{ articleId: seed.id, textHash: seed.textHash, title: seed.title, annotations }],
    CREATED,
  )
  const out = `${root}seeds/reviews/${name.replace(/\.txt$/, '')}.sam-reviewer.json`
  await writeFile(out, `${JSON.stringify(pkg, null, 2)}\n`)
  console.log(`${out}: ${annotations.length} tags`)
}
