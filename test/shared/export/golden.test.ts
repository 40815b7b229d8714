import { strFromU8, unzipSync } from 'fflate'
import { describe, it } from 'vitest'
import { exportArticle } from '../../../shared/export/export-article'
import type { ExportFormat } from '../../../shared/export/types'
import { expectGolden } from './golden'
import { CONTEXT, SEED_NAMES, seedCase } from './seed-annotations'

/** The formats with a golden file, and its extension ('pdf' is the 'html' file). */
const GOLDEN: [ExportFormat, string][] = [
  ['html', 'html'],
  ['md', 'md'],
  ['w3c', 'jsonld'],
  ['csv', 'csv'],
  ['jsonl', 'jsonl'],
  ['docx', 'docx.txt'],
]

/** A Word document's parts, each under a `=== path ===` line (zip bytes vary with zlib). */
function docxText(data: Uint8Array): string {
  return Object.entries(unzipSync(data))
    .map(([path, bytes]) => `=== ${path} ===\n${strFromU8(bytes)}`)
    .join('\n')
}

describe('exports of the seed articles match their golden files', () => {
  for (const [index, name] of SEED_NAMES.entries()) {
    describe(name, () => {
      for (const [format, extension] of GOLDEN) {
        it(format, () => {
          const seed = seedCase(index)
          const { data } = exportArticle(
            format,
            seed.article,
            seed.annotations,
            { editors: [], kinds: [], notes: true },
            CONTEXT,
          )
          const text = typeof data === 'string' ? data : docxText(data)
          expectGolden(`${name.replace(/\.txt$/, '')}.${extension}`, text)
        })
      }
    })
  }
})
