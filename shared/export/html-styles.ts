import { TAG_KINDS } from '../model/annotation'
import { KIND_STYLES } from './kind-styles'

/** How far below the text each lane of overlapping tags draws its underline, in em. */
const LANE_OFFSETS = [0.22, 0.5, 0.78, 1.06]

/** The alpha of each kind's tint: light enough that overlapping tints stay readable. */
const TINT_ALPHA = 0.14

function rgba(hex: string, alpha: number): string {
  const value = Number.parseInt(hex.slice(1), 16)
  return `rgba(${(value >> 16) & 255}, ${(value >> 8) & 255}, ${value & 255}, ${alpha})`
}

const kindRules = TAG_KINDS.map((kind) => {
  const style = KIND_STYLES[kind]
  return [
    `.tag-${kind} { background: ${rgba(style.colour, TINT_ALPHA)}; text-decoration-color: ${style.colour}; text-decoration-style: ${style.underline}; }`,
    `.marker-${kind} { background: ${style.colour}; }`,
    `.legend .tag-${kind} { background: ${style.background}; }`,
  ].join('\n')
}).join('\n')

const laneRules = LANE_OFFSETS.map(
  (offset, lane) => `.lane-${lane} { text-underline-offset: ${offset}em; }`,
).join('\n')

/**
 * The stylesheet of the standalone HTML export: a light, print-friendly newsroom page whose tags
 * look as in the app (tint, underline style and lettered label per kind), with a print section.
 */
export const HTML_STYLES = `
:root {
  color-scheme: light;
  --ink: #1d1d1f;
  --muted: #5f6368;
  --rule: #dedbd4;
  --panel: #f7f6f3;
  --accent: #1a5fb4;
  --changed: #c0262d;
  --serif: 'Iowan Old Style', 'Palatino Linotype', Palatino, Georgia, 'DejaVu Serif', serif;
  --sans: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif;
}
* { box-sizing: border-box; }
html { background: #fff; }
body { margin: 0; color: var(--ink); font: 16px/1.5 var(--sans); }
a { color: var(--accent); }
.page { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.5rem 3rem; }
.masthead { border-bottom: 1px solid var(--rule); padding-bottom: 1.1rem; margin-bottom: 1.25rem; }
.kicker { margin: 0 0 0.6rem; font: 700 0.72rem/1.2 var(--sans); letter-spacing: 0.09em; text-transform: uppercase; color: var(--accent); }
.doc-title { margin: 0 0 0.8rem; font: 700 2rem/1.2 var(--serif); }
.meta { display: flex; flex-wrap: wrap; gap: 0.3rem 1.6rem; margin: 0; font-size: 0.85rem; color: var(--muted); }
.meta div { display: flex; gap: 0.4rem; min-width: 0; }
.meta dt { font-weight: 600; color: var(--ink); }
.meta dd { margin: 0; overflow-wrap: anywhere; }
.legend { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1.2rem; margin: 0 0 2rem; padding: 0.55rem 0.9rem; background: var(--panel); border: 1px solid var(--rule); border-radius: 6px; font-size: 0.85rem; }
.legend h2 { margin: 0; font: 700 0.72rem/1.2 var(--sans); letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); }
.legend ul { display: flex; flex-wrap: wrap; gap: 0.4rem 1.1rem; margin: 0; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 0.35rem; }
.legend-style { color: var(--muted); }
.article { font: 1.125rem/1.85 var(--serif); overflow-wrap: break-word; }
.article p { margin: 0 0 1em; white-space: pre-wrap; }
.article h1, .article h2, .article h3, .article h4, .article h5, .article h6 { font-family: var(--sans); line-height: 1.35; margin: 1.4em 0 0.5em; white-space: pre-wrap; }
.article h1 { font: 700 2rem/1.25 var(--serif); margin-top: 0; }
.article h2 { font-size: 1.3rem; }
.article h3 { font-size: 1.1rem; }
.article h4, .article h5, .article h6 { font-size: 1rem; }
.article blockquote { margin: 0 0 1em; padding-left: 1.1rem; border-left: 3px solid var(--rule); color: #333; }
.tag { text-decoration-line: underline; text-decoration-thickness: 2px; text-decoration-skip-ink: none; border-radius: 2px; -webkit-box-decoration-break: clone; box-decoration-break: clone; }
${kindRules}
${laneRules}
.tag-changed { outline: 1px dashed var(--changed); outline-offset: 1px; }
.rejected-tag { text-decoration-line: underline line-through; color: #6b6b70; }
.marker-rejected { opacity: 0.6; }
.note-rejected .note-excerpt { text-decoration: line-through; text-decoration-color: rgba(192, 38, 45, 0.6); }
.note-review { margin: 0.3rem 0 0; padding: 0.3rem 0.6rem; background: var(--panel); border-radius: 4px; }
.note-review p { margin: 0.1rem 0; }
.review-state { font-weight: 700; }
.review-state-rejected, .review-state-contested { color: var(--changed); }
.review-state-accepted { color: #26734d; }
.review-thread { margin: 0.2rem 0 0; padding-left: 1.1rem; }
.review-thread li { margin: 0.1rem 0; white-space: pre-wrap; overflow-wrap: anywhere; }
.marker { display: inline-block; min-width: 1.35em; margin: 0 0.2em 0 0.05em; padding: 0.22em 0.32em; border-radius: 4px; font: 700 0.68rem/1 var(--sans); color: #fff; text-align: center; text-decoration: none; vertical-align: 0.22em; white-space: nowrap; }
a.marker:hover, a.marker:focus-visible { outline: 2px solid var(--ink); outline-offset: 1px; }
.marker-number { font-weight: 500; }
.notes-section { margin-top: 2.5rem; border-top: 1px solid var(--rule); padding-top: 1.25rem; }
.notes-section h2 { margin: 0 0 0.4rem; font: 700 1.15rem/1.3 var(--sans); }
.section-help { margin: 0 0 1rem; font-size: 0.85rem; color: var(--muted); }
.notes { margin: 0; padding-left: 2.1rem; font-size: 0.92rem; }
.notes > li { margin: 0 0 1rem; padding-left: 0.2rem; }
.notes > li::marker { color: var(--muted); font-variant-numeric: tabular-nums; }
.notes > li:target { background: #fff4d6; box-shadow: 0 0 0 0.4rem #fff4d6; border-radius: 2px; }
.note-head { margin: 0; }
.note-head .marker { vertical-align: 0.1em; }
.note-author { font-weight: 600; }
.unverified-author { display: inline-block; margin-left: 0.3em; padding: 0 0.4em; border: 1px dashed var(--changed); border-radius: 3px; font: 600 0.72rem/1.4 var(--sans); color: var(--changed); white-space: nowrap; vertical-align: 0.08em; }
.note-time { color: var(--muted); }
.backref { margin-left: 0.3rem; text-decoration: none; }
.note-excerpt { margin: 0.3rem 0 0; padding-left: 0.7rem; border-left: 2px solid var(--rule); font-family: var(--serif); color: #3c3c3f; }
.note-old { text-decoration: line-through; text-decoration-color: rgba(192, 38, 45, 0.5); }
.note-field, .note-text, .note-changed, .note-status { margin: 0.25rem 0 0; }
.note-field-name { font-weight: 600; }
.note-text { white-space: pre-wrap; overflow-wrap: anywhere; }
.note-changed, .note-status { color: var(--changed); }
.colophon { margin-top: 2.5rem; padding-top: 0.8rem; border-top: 1px solid var(--rule); font-size: 0.8rem; color: var(--muted); }
@media print {
  @page { margin: 18mm 16mm; }
  html, body { background: #fff; }
  body { font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .page { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .masthead { border-bottom-color: #999; }
  .doc-title, .article h1 { font-size: 20pt; }
  .article { font-size: 11.5pt; line-height: 1.75; }
  .legend, .notes > li, .article blockquote { break-inside: avoid; }
  .article h1, .article h2, .article h3, .article h4, .notes-section h2 { break-after: avoid; }
  .notes > li:target { background: none; box-shadow: none; }
  .backref { display: none; }
}
`.trim()
