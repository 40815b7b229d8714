import type { FigureScope } from './figure-scope'
import type { FigureValue } from './figure-value'
import type { QuantityKind } from './quantity-kinds'

/** A figure found in an article: what it says, normalised, what it measures and its scope. */
export interface Figure {
  /** Offsets of the figure's words ("at least 21 strikes") in the article's text. */
  start: number
  end: number
  /** The figure's words as the article writes them. */
  text: string
  value: FigureValue
  /**
   * What is measured, as a key under which figures are compared across articles ("strike",
   * "deaths", "magnitude", "distance:epicentre:marra", "vote share:milei").
   */
  topic: string
  /** What the figure measures, for people to read ("strikes", "people killed"). */
  about: string
  /** The kind of quantity ("killed", "magnitude", "count"). */
  kind: QuantityKind
  /** Which event, part, place, time and source the figure is of. */
  scope: FigureScope
  /**
   * Whether what is measured is known well enough to set the figure against other articles'
   * ("241 people" alone is not: killed, on board, or survivors?).
   */
  comparable: boolean
  /**
   * The sentence the figure stands in, as the article writes it: shown beside other articles'
   * passages when their values differ. Set by `extractFigures`.
   */
  passage?: string
  /** Words before the counted noun ("road" in "eight road workers"): which of its kind. */
  modifiers?: string[]
  /**
   * For a count of people by a role noun ("12 firefighters"), what happened to them ("injured",
   * "deployed"), or null when the text does not say: then it is never surely the same quantity
   * as another article's count.
   */
  fate?: string | null
}
