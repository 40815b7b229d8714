// How long splitSentences takes on 1, 5 and 10 MB of news text (the seed articles repeated) and on
// pathological inputs, and whether the time grows linearly. Reports figures; never fails on one.
import { readFileSync, readdirSync } from 'node:fs'
import { splitSentences } from '../shared/text/sentences'

const RUNS = 3
const MEGABYTE = 1024 * 1024

/** Used when the seeds cannot be read (the bench is run from another folder). */
const FALLBACK_TEXT = [
  'President Donald Trump has opened the door to launching military strikes inside Mexico—and he hasn’t ruled out sending U.S. troops to assist.',
  '“Would I knock out those factories? I would be proud to do it personally,” he said.',
  'The U.S. began striking alleged drug boats on Sept. 2, when the first operation killed 11 people. Gen. J. R. Smith said at 5 p.m. that $100.00 was 3.5% of it.',
  'These vessels were carrying narcotics, and… pic.twitter.com/ocUoGzwwDO — Secretary of War Pete Hegseth (@SecWar) November 10, 2025',
  'Mexican President Claudia Sheinbaum Carlos Santiago/Pixelnews/Future Publishing via Getty Images',
].join('\n\n')

function seedText(): { text: string; source: string } {
  try {
    const names = readdirSync('seeds')
      .filter((name) => name.endsWith('.txt'))
      .sort()
    const text = names.map((name) => readFileSync(`seeds/${name}`, 'utf8')).join('\n')
    if (text.trim() !== '') return { text, source: `${names.length} seed articles` }
  } catch {
    // Fall through to the built-in sample.
  }
  return { text: FALLBACK_TEXT, source: 'built-in sample (seeds/ not found)' }
}

function repeatTo(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length)
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc
  if (gc) gc()
}

/** Median time in milliseconds to split `text`, and the number of sentences found. */
function measure(text: string): { milliseconds: number; sentences: number } {
  const times: number[] = []
  let sentences = 0
  for (let run = 0; run < RUNS; run += 1) {
    collectGarbage()
    const started = performance.now()
    sentences = splitSentences(text).length
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return { milliseconds: times[Math.floor(times.length / 2)] ?? NaN, sentences }
}

function report(label: string, text: string): number {
  try {
    const { milliseconds, sentences } = measure(text)
    const size = (text.length / MEGABYTE).toFixed(2)
    console.log(
      `${label}: ${milliseconds.toFixed(1)} ms (${size} M chars, ${sentences} sentences, median of ${RUNS})`,
    )
    return milliseconds
  } catch (error) {
    console.log(
      `${label}: could not run (${error instanceof Error ? error.message : String(error)})`,
    )
    return NaN
  }
}

const { text: seeds, source } = seedText()
console.log(`news text: ${source}, repeated`)
splitSentences(repeatTo(seeds, MEGABYTE)) // warm up
report('1 MB of news text', repeatTo(seeds, MEGABYTE))
const fiveMegabytes = report('5 MB of news text', repeatTo(seeds, 5 * MEGABYTE))
const tenMegabytes = report('10 MB of news text', repeatTo(seeds, 10 * MEGABYTE))
console.log(
  `10 MB / 5 MB time ratio: ${(tenMegabytes / fiveMegabytes).toFixed(2)} (2.00 is linear, limit 2.5)`,
)

const singleLine = repeatTo(seeds.replace(/\s+/g, ' '), 5 * MEGABYTE)
report('5 MB single line', singleLine)
report('1 MB token without spaces', 'a.B'.repeat(MEGABYTE / 3) + 'x'.repeat(MEGABYTE % 3))
report('1 MB of one letter', 'a'.repeat(MEGABYTE))
report("'a'.repeat(1e5) + '!'", 'a'.repeat(1e5) + '!')
report('1 MB of full stops', '.'.repeat(MEGABYTE))
report('1 MB of ". " (a spaced ellipsis)', '. '.repeat(MEGABYTE / 2))
report('1 MB of “Why? A', '“Why? A '.repeat(MEGABYTE / 8))
report('1 MB of “Is it? Yes, ”', '“Is it? Yes, ” '.repeat(MEGABYTE / 15))
report('1 MB of U.S.', 'U.S. '.repeat(MEGABYTE / 5))
report('1 MB of newlines', '\n'.repeat(MEGABYTE))

// The pathological inputs test/shared/text/sentences.test.ts checks for well-formed spans: their
// cost is reported here (the test once asserted each under 1,500 ms).
report("'ab.Cd' × 200,000", 'ab.Cd'.repeat(200_000))
report("'a.B' × 350,000", 'a.B'.repeat(350_000))
report("'x ' × 500,000 + '?'", 'x '.repeat(500_000) + '?')
report("'“Why? ' + 'Mr. ' × 250,000", '“Why? ' + 'Mr. '.repeat(250_000))
report("'. ' × 500,000", '. '.repeat(500_000))
report("'\\n' × 1,000,000", '\n'.repeat(1_000_000))
