/** Words that mark a claimant as an organisation rather than a person. */
const ORGANISATION_WORDS =
  /\b(ministry|ministries|department|government|office|agency|council|committee|commission|party|police|army|union|university|institute|association|bank|company|corporation|corp|inc|ltd|llc|plc|gmbh|group|foundation|trust|authority|board|court|parliament|senate|congress|campaign|administration|service|organi[sz]ation|federation|league|club|news|times|post|press|tv|radio|network|embassy|who|nato|un|eu)\b/iu

/**
 * Whether a claimant is a schema.org `Organization` or a `Person`: an organisation when the name
 * holds a word such as "Ministry", "Party" or "Inc", or is an acronym of two to six capitals
 * ("WHO", "NHS"); a person otherwise.
 */
export function claimantType(claimant: string): 'Person' | 'Organization' {
  const name = claimant.trim()
  if (/^[A-Z]{2,6}$/u.test(name)) return 'Organization'
  return ORGANISATION_WORDS.test(name) ? 'Organization' : 'Person'
}
