import { textBlocks } from '../../shared/text/article-text'
import type { CliIo } from './cli-io'
import { loadArticle } from './load-article'
import { withLibrary } from './with-library'

function pad(value: string | number, width: number): string {
  return String(value).padEnd(width)
}

/** `factmark list`: the library's articles, as a table or as JSON. */
export async function listCommand(dataDir: string, json: boolean, io: CliIo): Promise<number> {
  const articles = await withLibrary(dataDir, io, async (store) => store.list(), 'read')
  if (json) {
    io.stdout(`${JSON.stringify(articles, null, 2)}\n`)
    return 0
  }
  if (articles.length === 0) {
    io.stdout('The library is empty. Add articles with: factmark import <file>...\n')
    return 0
  }
  // As wide as the largest count, and a space: 100,000 sentences never run into the title.
  const counts = Math.max(4, ...articles.map((article) => String(article.sentenceCount).length)) + 1
  io.stdout(`${pad('ID', 17)}${pad('DATE', 11)}${pad('SENT', counts)}TITLE\n`)
  for (const article of articles) {
    const outlet = article.outlet ? ` (${article.outlet})` : ''
    io.stdout(
      `${pad(article.id, 17)}${pad(article.published ?? '-', 11)}${pad(article.sentenceCount, counts)}${article.title}${outlet}\n`,
    )
  }
  return 0
}

/** `factmark show`: an article's text with its sentences numbered from 0. */
export async function showCommand(dataDir: string, id: string, io: CliIo): Promise<number> {
  const { article, doc, text, sentences } = await withLibrary(
    dataDir,
    io,
    (store) => loadArticle(store, id),
    'read',
  )
  const header = [article.title, article.outlet, article.published].filter(Boolean).join(' · ')
  io.stdout(`${header}\n`)
  let index = 0
  for (const block of textBlocks(doc)) {
    io.stdout('\n')
    const end = block.start + block.text.length
    while (index < sentences.length && (sentences[index]?.start ?? Infinity) < end) {
      const sentence = sentences[index]
      if (sentence) io.stdout(`${pad(index, 5)}${text.slice(sentence.start, sentence.end)}\n`)
      index += 1
    }
  }
  return 0
}
