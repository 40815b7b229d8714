import { MEASURES, type EventScore } from './score-event'
import { ratio, type Tally } from './tally'

/** One block of the report: a set of events and their total. */
export interface ReportBlock {
  title: string
  events: { name: string; score: EventScore; unplaced: string[] }[]
  total: EventScore
}

const NAME_WIDTH = 34
const CELL_WIDTH = 9

function percent(tally: Tally): string {
  const value = ratio(tally)
  return value === null ? '–' : `${Math.round(value * 100)}%`
}

function count(tally: Tally): string {
  return tally.total === 0 ? '–' : `${tally.right}/${tally.total}`
}

function row(name: string, cells: readonly string[]): string {
  const cut = name.length > NAME_WIDTH ? `${name.slice(0, NAME_WIDTH - 1)}…` : name
  return `${cut.padEnd(NAME_WIDTH)}${cells.map((cell) => cell.padStart(CELL_WIDTH)).join('')}`
}

function cellsOf(score: EventScore, format: (tally: Tally) => string): string[] {
  return MEASURES.flatMap(({ key }) => [format(score[key].precision), format(score[key].recall)])
}

/**
 * A block as a table: one row per event with right/total counts for each measure's precision and
 * recall, then the block's total as counts and as percentages.
 */
export function formatBlock(block: ReportBlock): string {
  const headings = MEASURES.map(({ heading }) => heading.padStart(CELL_WIDTH * 2)).join('')
  const subheadings = MEASURES.flatMap(({ precision, recall }) => [precision, recall])
  const lines = [
    `== ${block.title} (${block.events.length} event${block.events.length === 1 ? '' : 's'})`,
    `${''.padEnd(NAME_WIDTH)}${headings}`,
    row('event', subheadings),
  ]
  for (const event of block.events) lines.push(row(event.name, cellsOf(event.score, count)))
  lines.push(row('total', cellsOf(block.total, count)))
  lines.push(row('total %', cellsOf(block.total, percent)))
  return lines.join('\n')
}

/** Every wrong and missed item of each event of a block, measure by measure. */
export function formatDetails(block: ReportBlock): string {
  const lines: string[] = []
  for (const event of block.events) {
    lines.push(`-- ${block.title}: ${event.name}`)
    for (const passage of event.unplaced) lines.push(`   label not found in text: ${passage}`)
    for (const { key, heading } of MEASURES) {
      const measure = event.score[key]
      for (const item of measure.wrong) lines.push(`   ${heading} WRONG   ${item}`)
      for (const item of measure.missed) lines.push(`   ${heading} MISSED  ${item}`)
    }
  }
  return lines.join('\n')
}

function measuresJson(score: EventScore, verbose: boolean) {
  return Object.fromEntries(
    MEASURES.map(({ key }) => {
      const { precision, recall, wrong, missed } = score[key]
      return [
        key,
        {
          precision: { ...precision, ratio: ratio(precision) },
          recall: { ...recall, ratio: ratio(recall) },
          ...(verbose ? { wrong, missed } : {}),
        },
      ]
    }),
  )
}

/** The blocks as JSON: per event and per block total, each measure's counts and ratios. */
export function reportJson(blocks: readonly ReportBlock[], verbose: boolean): unknown {
  return {
    blocks: blocks.map((block) => ({
      title: block.title,
      events: block.events.map((event) => ({
        name: event.name,
        unplaced: event.unplaced,
        measures: measuresJson(event.score, verbose),
      })),
      total: measuresJson(block.total, false),
    })),
  }
}
