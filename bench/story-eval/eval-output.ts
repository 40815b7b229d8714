/**
 * What the eval reads of one event's analysis, in plain spans, so that scorers can be fed
 * hand-made outputs in tests. `file` is the article's id (its file name).
 */
export interface EvalOutput {
  quotes: { occurrences: { file: string; start: number; end: number; speaker: string | null }[] }[]
  numbers: {
    about: string
    conflict: boolean
    values: { file: string; start: number; end: number; text: string; conflictsWith: string[] }[]
  }[]
  roles: {
    person: string
    conflict: boolean
    values: { file: string; start: number; end: number; text: string; role: string }[]
  }[]
  suggestions: {
    id: string
    file: string
    kind: string
    start: number
    end: number
    text: string
    speaker: string | null
  }[]
  debris: { file: string; start: number; end: number; kind: string; text: string }[]
}
