/**
 * Test fixtures for anchoring: the seed articles as structured plain text that can be edited
 * while keeping track of where every sentence ends up.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { TextSpan } from '../../../shared/anchoring/anchor'

/** A sentence of an article: a stable identifier, its text and the whitespace that follows it. */
export interface Sentence {
  id: number
  text: string
  after: string
}

/** An article as paragraphs of sentences, rendered by joining paragraphs with `separator`. */
export interface Article {
  name: string
  paragraphs: Sentence[][]
  separator: string
}

/** A rendered article: its plain text and where each sentence identifier lies in it. */
export interface Rendered {
  text: string
  spans: Map<number, TextSpan>
}

const seedsFolder = fileURLToPath(new URL('../../../seeds/', import.meta.url))

/** The seed articles of seeds/*.txt, split into paragraphs and (crudely) into sentences. */
export function loadSeeds(): Article[] {
  return readdirSync(seedsFolder)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => parseArticle(name, readFileSync(seedsFolder + name, 'utf8')))
}

/**
 * Turns a seed file into an article: non-empty lines are paragraphs (the first loses its leading
 * `date YYYY-MM-DD `), split into sentences after . ? ! ” or " followed by whitespace.
 */
export function parseArticle(name: string, content: string): Article {
  const lines = content.split(/\r?\n/).filter((line) => line.trim() !== '')
  if (lines.length > 0) lines[0] = lines[0]!.replace(/^\s*date \d{4}-\d{2}-\d{2} /, '')
  let id = 0
  const paragraphs = lines.map((line) => {
    const sentences: Sentence[] = []
    let from = 0
    for (const boundary of line.matchAll(/(?<=[.?!”"])\s+/g)) {
      sentences.push({ id: id++, text: line.slice(from, boundary.index), after: boundary[0] })
      from = boundary.index + boundary[0].length
    }
    if (from < line.length) sentences.push({ id: id++, text: line.slice(from), after: '' })
    else sentences[sentences.length - 1]!.after = ''
    return sentences
  })
  return { name, paragraphs, separator: '\n\n' }
}

/** Renders an article to plain text, recording each sentence's span. */
export function render(article: Article): Rendered {
  const spans = new Map<number, TextSpan>()
  let text = ''
  article.paragraphs.forEach((paragraph, index) => {
    if (index > 0) text += article.separator
    for (const sentence of paragraph) {
      spans.set(sentence.id, { start: text.length, end: text.length + sentence.text.length })
      text += sentence.text + sentence.after
    }
  })
  return { text, spans }
}

/** Every sentence of an article, in reading order. */
export function sentencesOf(article: Article): Sentence[] {
  return article.paragraphs.flat()
}

/** A deep copy of an article, to edit without touching the original. */
export function copyArticle(article: Article): Article {
  return {
    ...article,
    paragraphs: article.paragraphs.map((paragraph) =>
      paragraph.map((sentence) => ({ ...sentence })),
    ),
  }
}

/** Returns a copy of `article` with `change` applied to the text of sentence `id`. */
export function editSentence(
  article: Article,
  id: number,
  change: (text: string) => string,
): Article {
  const copy = copyArticle(article)
  for (const sentence of sentencesOf(copy))
    if (sentence.id === id) sentence.text = change(sentence.text)
  return copy
}

/** Returns a copy of `article` without sentence `id` (and without its paragraph if emptied). */
export function deleteSentence(article: Article, id: number): Article {
  const copy = copyArticle(article)
  copy.paragraphs = copy.paragraphs
    .map((paragraph) => {
      const index = paragraph.findIndex((sentence) => sentence.id === id)
      if (index === -1) return paragraph
      const kept = paragraph.filter((sentence) => sentence.id !== id)
      if (index === paragraph.length - 1 && kept.length > 0) kept[kept.length - 1]!.after = ''
      return kept
    })
    .filter((paragraph) => paragraph.length > 0)
  return copy
}

/** A small deterministic pseudo-random generator (mulberry32) returning floats in [0, 1). */
export function randomGenerator(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

/** Replacement words for rewrites: plausible newsroom vocabulary absent from most seeds. */
const vocabulary = [
  'officials',
  'reportedly',
  'budget',
  'committee',
  'senators',
  'weekly',
  'analysis',
  'parliament',
  'farmers',
  'quietly',
  'harbour',
  'election',
  'minister',
  'pension',
  'railway',
  'council',
  'summit',
  'tariff',
  'yesterday',
  'lawmakers',
  'inflation',
  'schools',
  'hospital',
  'statement',
  'evening',
  'housing',
  'climate',
  'protest',
  'village',
  'museum',
]

/**
 * Rewrites a sentence by replacing `fraction` of its words (at least one, rounding up) with
 * different words of the vocabulary, chosen with `random`. Punctuation attached to a replaced
 * word is replaced with it.
 */
export function rewrite(text: string, fraction: number, random: () => number): string {
  const words = text.split(' ')
  const count = Math.min(words.length, Math.max(1, Math.ceil(fraction * words.length)))
  const indexes = words.map((_, index) => index)
  for (let index = indexes.length - 1; index > 0; index -= 1) {
    const other = Math.floor(random() * (index + 1))
    ;[indexes[index], indexes[other]] = [indexes[other]!, indexes[index]!]
  }
  for (const index of indexes.slice(0, count)) {
    let replacement = words[index]!
    while (replacement === words[index]) {
      replacement = vocabulary[Math.floor(random() * vocabulary.length)]!
    }
    words[index] = replacement
  }
  return words.join(' ')
}

/** Introduces a typo: swaps two adjacent letters of the sentence's longest word. */
export function typo(text: string): string {
  const words = [...text.matchAll(/\p{L}{2,}/gu)]
  if (words.length === 0) return text.length > 1 ? text.slice(1) : text + 'x'
  const longest = words.reduce((best, word) => (word[0].length > best[0].length ? word : best))
  const at = longest.index + Math.floor(longest[0].length / 2) - 1
  const first = text[at]!
  const second = text[at + 1]!
  if (first === second) return text.slice(0, at) + 'q' + text.slice(at + 1)
  return text.slice(0, at) + second + first + text.slice(at + 2)
}

/** Inserts the word "not" in the middle of a sentence (one-word sentences are left alone). */
export function insertNot(text: string): string {
  const words = text.split(' ')
  if (words.length < 2) return text
  const at = Math.max(1, Math.floor(words.length / 2))
  words.splice(at, 0, 'not')
  return words.join(' ')
}

/** Replaces curly quotes and apostrophes with straight ones. */
export function straightenQuotes(text: string): string {
  return text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'")
}

/**
 * Returns a copy of `article` with a new sentence inserted into paragraph `paragraph` before the
 * sentence at `index` (or at the end when `index` equals the paragraph's length).
 */
export function insertSentence(
  article: Article,
  paragraph: number,
  index: number,
  sentence: Sentence,
): Article {
  const copy = copyArticle(article)
  const target = copy.paragraphs[paragraph]!
  const inserted = { ...sentence, after: index < target.length ? ' ' : '' }
  if (index === target.length && target.length > 0) target[target.length - 1]!.after = ' '
  target.splice(index, 0, inserted)
  return copy
}

/** Returns a copy of `article` with a new paragraph of the given sentences at index `at`. */
export function insertParagraph(article: Article, at: number, sentences: Sentence[]): Article {
  const copy = copyArticle(article)
  const paragraph = sentences.map((sentence, index) => ({
    ...sentence,
    after: index < sentences.length - 1 ? ' ' : '',
  }))
  copy.paragraphs.splice(at, 0, paragraph)
  return copy
}

/** Returns a copy of `article` without paragraph `index`. */
export function deleteParagraph(article: Article, index: number): Article {
  const copy = copyArticle(article)
  copy.paragraphs.splice(index, 1)
  return copy
}

/** Returns a copy of `article` with paragraph `from` moved to index `to` (after removal). */
export function moveParagraph(article: Article, from: number, to: number): Article {
  const copy = copyArticle(article)
  const [moved] = copy.paragraphs.splice(from, 1)
  copy.paragraphs.splice(to, 0, moved!)
  return copy
}

/** Gives a sentence a precomposed accented letter (its first "e" becomes "é"), if it has none. */
export function addAccent(text: string): string {
  if (text.normalize('NFD') !== text) return text
  const at = text.search(/[eaoi]/)
  if (at === -1) return 'é ' + text
  const accented: Record<string, string> = { e: 'é', a: 'á', o: 'ó', i: 'í' }
  return text.slice(0, at) + accented[text[at]!]! + text.slice(at + 1)
}
