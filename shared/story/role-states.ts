/**
 * The states of the United States (and its capital district), each with its postal code and the
 * news agencies' abbreviation where it has one ("Calif.", "N.C."), as they follow a lawmaker's name.
 */
const STATES: readonly (readonly [name: string, postal: string, abbreviation?: string])[] = [
  ['Alabama', 'AL', 'Ala.'],
  ['Alaska', 'AK'],
  ['Arizona', 'AZ', 'Ariz.'],
  ['Arkansas', 'AR', 'Ark.'],
  ['California', 'CA', 'Calif.'],
  ['Colorado', 'CO', 'Colo.'],
  ['Connecticut', 'CT', 'Conn.'],
  ['Delaware', 'DE', 'Del.'],
  ['Florida', 'FL', 'Fla.'],
  ['Georgia', 'GA', 'Ga.'],
  ['Hawaii', 'HI'],
  ['Idaho', 'ID'],
  ['Illinois', 'IL', 'Ill.'],
  ['Indiana', 'IN', 'Ind.'],
  ['Iowa', 'IA'],
  ['Kansas', 'KS', 'Kan.'],
  ['Kentucky', 'KY', 'Ky.'],
  ['Louisiana', 'LA', 'La.'],
  ['Maine', 'ME'],
  ['Maryland', 'MD', 'Md.'],
  ['Massachusetts', 'MA', 'Mass.'],
  ['Michigan', 'MI', 'Mich.'],
  ['Minnesota', 'MN', 'Minn.'],
  ['Mississippi', 'MS', 'Miss.'],
  ['Missouri', 'MO', 'Mo.'],
  ['Montana', 'MT', 'Mont.'],
  ['Nebraska', 'NE', 'Neb.'],
  ['Nevada', 'NV', 'Nev.'],
  ['New Hampshire', 'NH', 'N.H.'],
  ['New Jersey', 'NJ', 'N.J.'],
  ['New Mexico', 'NM', 'N.M.'],
  ['New York', 'NY', 'N.Y.'],
  ['North Carolina', 'NC', 'N.C.'],
  ['North Dakota', 'ND', 'N.D.'],
  ['Ohio', 'OH'],
  ['Oklahoma', 'OK', 'Okla.'],
  ['Oregon', 'OR', 'Ore.'],
  ['Pennsylvania', 'PA', 'Pa.'],
  ['Rhode Island', 'RI', 'R.I.'],
  ['South Carolina', 'SC', 'S.C.'],
  ['South Dakota', 'SD', 'S.D.'],
  ['Tennessee', 'TN', 'Tenn.'],
  ['Texas', 'TX', 'Tex.'],
  ['Utah', 'UT'],
  ['Vermont', 'VT', 'Vt.'],
  ['Virginia', 'VA', 'Va.'],
  ['Washington', 'WA', 'Wash.'],
  ['West Virginia', 'WV', 'W.Va.'],
  ['Wisconsin', 'WI', 'Wis.'],
  ['Wyoming', 'WY', 'Wyo.'],
  ['District of Columbia', 'DC', 'D.C.'],
]

/** Every way of writing a state after a lawmaker's name, lowercase and without dots → its name. */
const BY_SPELLING: ReadonlyMap<string, string> = new Map(
  STATES.flatMap(([name, postal, abbreviation]) => [
    [key(name), name],
    [key(postal), name],
    ...(abbreviation ? [[key(abbreviation), name] as const] : []),
  ]),
)

/** State names by their first word, for reading a name of one or two words from tokens. */
const NAMES_BY_FIRST_WORD: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>()
  for (const [name] of STATES) {
    const first = name.split(' ')[0] ?? name
    map.set(first, [...(map.get(first) ?? []), name])
  }
  return map
})()

function key(spelling: string): string {
  return spelling.toLowerCase().replace(/[.\s]/gu, '')
}

/**
 * The state a spelling names ("Calif.", "CA", "California", "N.C." → "North Carolina"), or null.
 * Names must be written in full and capitalised; codes in capitals.
 */
export function stateOf(spelling: string): string | null {
  const trimmed = spelling.trim()
  if (!/^\p{Lu}/u.test(trimmed)) return null
  // Two-letter codes only in capitals: "Ga" or "Pa" without their dot are not states.
  if (/^\p{L}{2}$/u.test(trimmed) && trimmed !== trimmed.toUpperCase()) return null
  return BY_SPELLING.get(key(trimmed)) ?? null
}

/**
 * The full state name that starts at word `words[index]` ("New" "York" → "New York"), with how
 * many words it takes, or null.
 */
export function stateNameAt(
  words: readonly string[],
  index: number,
): { name: string; length: number } | null {
  const candidates = NAMES_BY_FIRST_WORD.get(words[index] ?? '') ?? []
  let best: { name: string; length: number } | null = null
  for (const name of candidates) {
    const parts = name.split(' ')
    if (parts.every((part, offset) => words[index + offset] === part)) {
      if (!best || parts.length > best.length) best = { name, length: parts.length }
    }
  }
  return best
}
