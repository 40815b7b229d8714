import type { LibraryFile } from '../../../shared/model/store-files'

/** How many articles are serialized between two turns of the event loop. */
const CHUNK = 500

/**
 * The library index as the bytes of `library.json`: valid JSON with one article per line. The
 * index grows with the library (about 3.5 MB at 10,000 articles), so it is serialized a few
 * hundred articles at a time, yielding to the event loop in between, and writing it never holds
 * up the main thread for long. The list is copied when this is called: later changes to the
 * index (which replace article entries, never change them) are not part of this write.
 */
export async function serializeLibraryIndex(data: LibraryFile): Promise<Buffer> {
  const articles = data.articles.slice()
  const head = `{\n  "version": ${JSON.stringify(data.version)},\n  "seeded": ${JSON.stringify(data.seeded)},\n  "articles": `
  const chunks: string[] = []
  for (let start = 0; start < articles.length; start += CHUNK) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve))
    chunks.push(
      articles
        .slice(start, start + CHUNK)
        .map((meta) => `    ${JSON.stringify(meta)}`)
        .join(',\n'),
    )
  }
  const list = chunks.length > 0 ? `[\n${chunks.join(',\n')}\n  ]` : '[]'
  return Buffer.from(`${head}${list}\n}\n`, 'utf8')
}
