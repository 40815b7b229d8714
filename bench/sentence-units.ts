// How well sentence units fit quotations on the story corpus (test/fixtures/stories, or the folder
// in STORY_FIXTURES): over the tuned events only (split.json's "tuned" list when there is one),
// how many labelled quote texts fall inside one unit rather than across two or more, how many
// closed quotations in the articles (“…”) are cut by a unit boundary, and how long units grow (a
// sign of units merged too far). Reports figures; never fails on one. Held-out events are never
// read.
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { BLOCK_SEPARATOR } from '../shared/text/article-text'
import { splitSentences, type SentenceSpan } from '../shared/text/sentences'

const folder = process.env.STORY_FIXTURES ?? 'test/fixtures/stories'

/** Events nobody tunes on, whatever split.json says. */
const ALWAYS_HELD_OUT = new Set(['hong-kong-march-2019-06-16', 'neymar-al-hilal-2023'])

interface Truth {
  quotes?: { variants: { file: string; text: string }[] }[]
}

/** The events to read: split.json's tuned list, or every folder not held out. */
function tunedEvents(): string[] {
  const splitFile = join(folder, 'split.json')
  const held = new Set(ALWAYS_HELD_OUT)
  let tuned: string[] | null = null
  if (existsSync(splitFile)) {
    const split = JSON.parse(readFileSync(splitFile, 'utf8')) as {
      tuned?: string[]
      heldOut?: string[]
    }
    for (const name of split.heldOut ?? []) held.add(name)
    tuned = split.tuned ?? null
  }
  const folders = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
  return folders
    .filter((name) => !held.has(name) && (tuned === null || tuned.includes(name)))
    .sort()
}

/** The article text as the story view reads it: without the index's date stamp. */
function articleText(raw: string): string {
  return raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '').replace(/\r\n?/g, '\n')
}

/** Units block by block, as `storyArticleFromText` splits a text. */
function units(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = []
  let offset = 0
  for (const block of text.split(BLOCK_SEPARATOR)) {
    for (const span of splitSentences(block)) {
      spans.push({ start: offset + span.start, end: offset + span.end })
    }
    offset += block.length + BLOCK_SEPARATOR.length
  }
  return spans
}

/** How many units the range [start, end) touches. */
function unitsTouched(spans: readonly SentenceSpan[], start: number, end: number): number {
  return spans.filter((span) => span.start < end && span.end > start).length
}

/** The closed double quotations of a text, one paragraph at a time: “…” and "…". */
function quotations(text: string): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = []
  let offset = 0
  for (const paragraph of text.split('\n')) {
    for (const match of paragraph.matchAll(/“[^“”]{1,2000}”|"[^"]{1,2000}"/g)) {
      const start = offset + (match.index ?? 0)
      found.push({ start, end: start + match[0].length })
    }
    offset += paragraph.length + 1
  }
  return found
}

if (!existsSync(folder)) {
  console.log(`No story fixtures in ${folder}: nothing to measure.`)
} else {
  let labelled = 0
  let labelledWhole = 0
  let closed = 0
  let closedWhole = 0
  let multiSentence = 0
  let multiSentenceWhole = 0
  let unitCount = 0
  let longUnits = 0
  let longest = 0
  const events = tunedEvents()
  for (const event of events) {
    const truthFile = join(folder, event, 'truth.json')
    if (!existsSync(truthFile)) continue
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Truth
    const texts = new Map<string, { text: string; spans: SentenceSpan[] }>()
    const read = (file: string): { text: string; spans: SentenceSpan[] } => {
      let entry = texts.get(file)
      if (!entry) {
        const text = articleText(readFileSync(join(folder, event, file), 'utf8'))
        entry = { text, spans: units(text) }
        texts.set(file, entry)
      }
      return entry
    }
    for (const file of readdirSync(join(folder, event)).filter((name) => name.endsWith('.txt'))) {
      const { text, spans } = read(file)
      unitCount += spans.length
      for (const span of spans) {
        longest = Math.max(longest, span.end - span.start)
        if (span.end - span.start > 600) longUnits += 1
      }
      for (const quote of quotations(text)) {
        closed += 1
        const whole = unitsTouched(spans, quote.start, quote.end) === 1
        if (whole) closedWhole += 1
        if (/[.?!]\s+\S/.test(text.slice(quote.start + 1, quote.end - 1))) {
          multiSentence += 1
          if (whole) multiSentenceWhole += 1
        }
      }
    }
    for (const quote of truth.quotes ?? []) {
      for (const variant of quote.variants) {
        const { text, spans } = read(variant.file)
        const start = text.indexOf(variant.text)
        if (start < 0) continue
        labelled += 1
        if (unitsTouched(spans, start, start + variant.text.length) === 1) labelledWhole += 1
      }
    }
  }
  console.log(`events read (tuned only): ${events.length}; units: ${unitCount}`)
  console.log(`units over 600 characters: ${longUnits}; longest: ${longest} characters`)
  console.log(`labelled quote texts inside one unit: ${labelledWhole} of ${labelled}`)
  console.log(`closed quotations inside one unit: ${closedWhole} of ${closed}`)
  console.log(
    `closed quotations of several sentences inside one unit: ${multiSentenceWhole} of ${multiSentence}`,
  )
}
