/** Nouns that close the name of an organisation described in lowercase ("the interior ministry"). */
export const ORGANISATION_NOUNS = new Set([
  'administration',
  'agency',
  'army',
  'authority',
  'commission',
  'committee',
  'council',
  'department',
  'embassy',
  'government',
  'military',
  'ministry',
  'police',
  'regulator',
  'secretariat',
])

/**
 * The organisation a description names, when it names one that a reader can tell apart: "the"
 * and at least one word that says which before a noun of {@link ORGANISATION_NOUNS} ("the French
 * interior ministry" → "French interior ministry", "the state news agency"). A bare "the
 * ministry", an indefinite "a local authority", a possessive's owner ("the country’s electoral
 * chamber") or a description running on ("the union for the sector") names no one: null.
 */
export function organisationSpeaker(description: string): string | null {
  const match = /^the ((?:[\p{L}-]+ )+)([\p{Ll}]+)$/u.exec(description)
  if (!match || !ORGANISATION_NOUNS.has(match[2] ?? '')) return null
  return `${match[1] ?? ''}${match[2] ?? ''}`
}
