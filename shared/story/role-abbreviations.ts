/**
 * Abbreviated titles that news agencies write before a name ("Gov. Ana Ruiz", "Lt. Gov. Bo
 * Lee"), each with the office it stands for. Two-word titles come first, so that "Lt. Gov." is
 * read as the lieutenant governor and "Atty. Gen." as the attorney general, never as the governor
 * or a general.
 */
const ROLE_ABBREVIATIONS: readonly (readonly [pattern: RegExp, office: string])[] = [
  [/(?<![\p{L}])lt\.?[ -]gov\.?(?![\p{L}])/gu, 'lieutenant governor'],
  [/(?<![\p{L}])lieut\.?[ -]gov\.?(?![\p{L}])/gu, 'lieutenant governor'],
  [/(?<![\p{L}])atty\.?[ -]gen\.?(?![\p{L}])/gu, 'attorney general'],
  [/(?<![\p{L}])sec\.? of state(?![\p{L}])/gu, 'secretary of state'],
  [/(?<![\p{L}])gov\.(?![\p{L}])/gu, 'governor'],
  [/(?<![\p{L}])sen\.(?![\p{L}])/gu, 'senator'],
  [/(?<![\p{L}])rep\.(?![\p{L}])/gu, 'representative'],
  [/(?<![\p{L}])sec\.(?![\p{L}])/gu, 'secretary'],
  [/(?<![\p{L}])pres\.(?![\p{L}])/gu, 'president'],
  [/(?<![\p{L}])amb\.(?![\p{L}])/gu, 'ambassador'],
  [/(?<![\p{L}])cmdr\.(?![\p{L}])/gu, 'commander'],
  [/(?<![\p{L}])supt\.(?![\p{L}])/gu, 'superintendent'],
]

/** One abbreviated title word ("Gov.", "Atty.", "Lt."), as it stands before a name. */
const TITLE_ABBREVIATION = /^(?:lt|lieut|atty|gen|sec|gov|sen|rep|pres|amb|cmdr|supt)\.$/iu

/** Whether a word is an abbreviated title ("Gov.", "Atty."): part of a role, never of a name. */
export function isTitleAbbreviation(word: string): boolean {
  return TITLE_ABBREVIATION.test(word)
}

/** A cheap test that a role phrase may hold an abbreviated title at all. */
const MAY_ABBREVIATE = /(?:lt|lieut|atty|sec|gov|sen|rep|pres|amb|cmdr|supt)\.?(?:[ -]|$)/u

/**
 * A lowercase role phrase with its abbreviated titles written out ("hawaii gov." → "hawaii
 * governor", "lt. gov." → "lieutenant governor"); a phrase without one is returned as it is.
 */
export function expandRoleAbbreviations(role: string): string {
  if (!MAY_ABBREVIATE.test(role)) return role
  let expanded = role
  for (const [pattern, office] of ROLE_ABBREVIATIONS) expanded = expanded.replace(pattern, office)
  return expanded
}
