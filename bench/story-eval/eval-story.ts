// `npm run eval:story`: how right the story view is on labelled coverage of real events, tuned
// and held-out events reported apart. Reports figures; never fails on one.
//
// Metric definitions (labels: test/fixtures/stories/<event>/truth.json; every labelled text is
// placed in its article's text; two passages are "the same spot" when they share at least half
// of the shorter one, and a suggestion "sits on" a passage when they share a character):
//
// - quote groups, pure (precision): of the analysis's quote groups that span two or more articles
//   and hold a version of a labelled remark, the share whose every occurrence is a version of
//   that one remark (an occurrence of no labelled remark, or of another, makes it impure).
// - quote groups, complete (recall): of the labelled versions of remarks, the share that sit in
//   the one group holding the most versions of their remark (when it holds at least two).
// - speakers, right (precision): of the labelled versions the analysis gives a speaker (the
//   speaker of the occurrence at the same spot), the share naming the labelled speaker (all words
//   of the given name are in the label, or the surnames match; titles and pronouns ignored).
// - speakers, found (recall): of the versions whose speaker is knowable (labelled), the share
//   given the right one.
// - figure conflicts: a flagged topic is right when each of its conflicting values is a value of
//   a labelled figure with conflict: true, backed by a value of the same figure in an article it
//   conflicts with; precision = right flagged topics / flagged topics; recall = labelled conflict
//   figures some right topic shows / labelled conflict figures.
// - role conflicts: a flagged role comparison is right when it is about a labelled role conflict
//   (same person, or one of its passages is a labelled claim of it); precision and recall as for
//   figures.
// - disputed: right only if it sits on a value of a conflict: true figure or a claim of a
//   conflict: true role; recall = such values and claims with a disputed suggestion on them.
// - quote sugg.: wrong when mostly on labelled debris, holding no quotation mark, or naming a
//   speaker other than the labelled one of a remark it covers; recall = labelled versions that a
//   quote suggestion sits on.
// - claim sugg.: wrong when mostly on labelled debris; recall = values of conflict: false figures
//   that a claim suggestion sits on.
// - debris: a finding is right when at least half of it is labelled debris, or it ends where a
//   labelled cut-off ends (labels give a cut sentence whole or only its last clause: the cut is
//   what counts); a labelled piece is found when at least half of it is under findings, or (a
//   cut-off) a finding ends where it ends.
// - distractors, calm: labelled distractors left alone (no figure at their spot set in a
//   conflict, no disputed suggestion on them) over all distractors.
//
// Under each block, its totals are set against the targets of issue 15 (which are for events
// never tuned on: read them on the held-out block).
//
// Totals add the counts of a block's events, then divide (micro-average).
//
// Flags: --split tuned|heldout|all (default all), --event NAME (repeatable), --json, --verbose
// (every wrong and missed item, to see classes of error). Events listed in neither list of
// split.json are reported (with --split all only) as "unassigned".
import { fileURLToPath } from 'node:url'
import { analyzeStory } from '../../shared/story/story-analysis'
import { parseEvalArgs } from './eval-args'
import { evalOutputFrom } from './eval-output-from-analysis'
import { eventNames, loadEvent, readSplit } from './load-event'
import { formatBlock, formatDetails, reportJson, type ReportBlock } from './report'
import { scoreEvent, sumScores } from './score-event'
import { formatTargets } from './targets'
import { locateTruth } from './truth'

const STORIES = fileURLToPath(new URL('../../test/fixtures/stories', import.meta.url))

function runBlock(title: string, names: readonly string[]): ReportBlock {
  const events = names.map((name) => {
    const event = loadEvent(STORIES, name)
    const texts = new Map(event.articles.map((article) => [article.id, article.text]))
    const truth = locateTruth(event.truth, texts)
    const analysis = analyzeStory(event.articles)
    const output = evalOutputFrom(event.articles, analysis, event.debris)
    return { name, score: scoreEvent(truth, output), unplaced: truth.unplaced }
  })
  return { title, events, total: sumScores(events.map((event) => event.score)) }
}

function main(): void {
  const args = parseEvalArgs(process.argv.slice(2))
  const split = readSplit(STORIES)
  const all = eventNames(STORIES)
  const missing = [...split.tuned, ...split.heldOut].filter((name) => !all.includes(name))
  if (missing.length > 0)
    console.error(`story-eval: split.json names no folder: ${missing.join(', ')}`)
  const unknown = args.events.filter((name) => !all.includes(name))
  if (unknown.length > 0) throw new Error(`story-eval: no event folder ${unknown.join(', ')}`)
  const wanted = (names: readonly string[]) =>
    names.filter(
      (name) => all.includes(name) && (args.events.length === 0 || args.events.includes(name)),
    )
  const blocks: ReportBlock[] = []
  if (args.split !== 'heldout') blocks.push(runBlock('tuned', wanted(split.tuned)))
  if (args.split !== 'tuned') blocks.push(runBlock('held-out', wanted(split.heldOut)))
  const unassigned = all.filter(
    (name) => !split.tuned.includes(name) && !split.heldOut.includes(name),
  )
  if (unassigned.length > 0) {
    if (args.split === 'all') blocks.push(runBlock('unassigned', wanted(unassigned)))
    else console.error(`story-eval: not in split.json, left out: ${unassigned.join(', ')}`)
  }
  const shown = blocks.filter((block) => block.events.length > 0)
  if (shown.length === 0) console.error(`story-eval: no event of the ${args.split} split selected`)
  if (args.json) {
    console.log(JSON.stringify(reportJson(shown, args.verbose), null, 2))
    return
  }
  for (const block of shown) {
    console.log(`\n${formatBlock(block)}`)
    console.log(formatTargets(block.total))
    if (args.verbose) console.log(`\n${formatDetails(block)}`)
  }
}

try {
  main()
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 2
}
