/** One article's word on a person's role. */
export interface RoleValue {
  articleId: string
  /** The exact passage ("Mexican President Claudia Sheinbaum"). */
  text: string
  /** The role as written, with "former" where the article says so. */
  role: string
  /** Offsets of the passage in the article's text. */
  start: number
  end: number
}

/** The {@link RoleValue} of a passage of article `articleId` that gives `role`. */
export function roleValue(
  articleId: string,
  passage: { text: string; start: number; end: number },
  role: string,
): RoleValue {
  return { articleId, text: passage.text, role, start: passage.start, end: passage.end }
}

/** How the story's articles name one person's role, and whether they disagree. */
export interface RoleComparison {
  person: string
  /**
   * True when the articles cannot all be right: a former holder called current, another person
   * holding the same office, or the person's given name changed.
   */
  conflict: boolean
  values: RoleValue[]
}

/** A {@link RoleComparison} with what the story view's suggestions need to know of it. */
export interface RoleFinding extends RoleComparison {
  /** The values an article got wrong by the majority's reading (empty without a conflict). */
  odd: RoleValue[]
  /** In words, for the editor: why the values conflict ('' without a conflict). */
  reason: string
}
