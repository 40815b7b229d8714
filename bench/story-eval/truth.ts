import { normalizeText } from '../../shared/text/normalize'
import type { Span } from './spans'

/** A passage of one article as `truth.json` gives it: the file and its exact words. */
export interface TruthPassage {
  file: string
  text: string
}

/** The hand labels of one story event (`test/fixtures/stories/<event>/truth.json`). */
export interface StoryTruth {
  event: string
  quotes: { speaker: string | null; variants: TruthPassage[] }[]
  figures: {
    quantity: string
    conflict: boolean
    values: (TruthPassage & { value: string })[]
  }[]
  distractors: (TruthPassage & { why: string })[]
  roles: { person: string; conflict: boolean; claims: (TruthPassage & { role: string })[] }[]
  debris: (TruthPassage & { kind: string })[]
}

/** A labelled passage found in its article's text. */
export interface Located extends Span {
  text: string
}

/** The labels with every passage placed in the article text the analysis reads. */
export interface LocatedTruth {
  quotes: { speaker: string | null; variants: Located[] }[]
  figures: { quantity: string; conflict: boolean; values: (Located & { value: string })[] }[]
  distractors: (Located & { why: string })[]
  roles: { person: string; conflict: boolean; claims: (Located & { role: string })[] }[]
  debris: (Located & { kind: string })[]
  /** Passages that could not be found in their article's text, as `file: text`. */
  unplaced: string[]
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * Every place `passage` occurs in `text`, in order and not overlapping: exactly, else with the
 * import's normalisation applied and any run of white space matching any other (the library joins
 * paragraphs with a blank line and trims lines, so "a\n·5 min" is "a\n\n·5 min" in the article's
 * text). Empty when absent.
 */
export function locatePassages(text: string, passage: string): { start: number; end: number }[] {
  const trimmed = passage.trim()
  if (trimmed.length === 0) return []
  const found: { start: number; end: number }[] = []
  for (let at = text.indexOf(trimmed); at >= 0; at = text.indexOf(trimmed, at + trimmed.length)) {
    found.push({ start: at, end: at + trimmed.length })
  }
  if (found.length > 0) return found
  const words = normalizeText(trimmed).trim().split(/\s+/).map(escapeRegExp)
  return [...text.matchAll(new RegExp(words.join('\\s+'), 'gu'))].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }))
}

/** Where `passage` first occurs in `text` (see {@link locatePassages}), or null. */
export function locatePassage(
  text: string,
  passage: string,
): { start: number; end: number } | null {
  return locatePassages(text, passage)[0] ?? null
}

/**
 * Places every labelled passage in its article's text (`texts`, by file name); a passage the
 * article repeats is placed at each place (an outlet quoting the same words twice quotes the same
 * remark). A passage that cannot be found is left out and named in `unplaced`, so that a bad label
 * shows instead of counting as a miss.
 */
export function locateTruth(truth: StoryTruth, texts: ReadonlyMap<string, string>): LocatedTruth {
  const unplaced: string[] = []
  const placeAll = <T extends TruthPassage>(passages: readonly T[]): (T & Located)[] =>
    passages.flatMap((passage) => {
      const text = texts.get(passage.file)
      const found = text === undefined ? [] : locatePassages(text, passage.text)
      if (found.length === 0) unplaced.push(`${passage.file}: ${passage.text}`)
      return found.map((span) => ({ ...passage, ...span }))
    })
  return {
    quotes: truth.quotes.map((quote) => ({
      speaker: quote.speaker,
      variants: placeAll(quote.variants),
    })),
    figures: truth.figures.map((figure) => ({
      quantity: figure.quantity,
      conflict: figure.conflict,
      values: placeAll(figure.values),
    })),
    distractors: placeAll(truth.distractors),
    roles: truth.roles.map((role) => ({
      person: role.person,
      conflict: role.conflict,
      claims: placeAll(role.claims),
    })),
    debris: placeAll(truth.debris),
    unplaced,
  }
}
