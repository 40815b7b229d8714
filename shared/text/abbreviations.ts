import { isLowercaseChar, isUppercaseChar } from './characters'

/**
 * Abbreviations that end in a full stop, grouped by what the full stop tells us when the next word
 * is capitalised or a number. Lists are lowercase and without the final full stop.
 */

/** What a word's final full stop means, as far as its spelling tells. */
export type AbbreviationKind =
  /** A title before a name (Mr., Gen., Sen., Mt.): never ends a sentence before a name. */
  | 'title'
  /** Precedes a number (No. 5, p. 55, Fig. 2): a number after it continues the sentence. */
  | 'numberPrefix'
  /**
   * Can end a sentence (Inc., Jr., etc., Jan., Calif.): only a typical sentence opener after it
   * starts a new one.
   */
  | 'postpositive'
  /** Never ends a sentence (e.g., i.e., vs.). */
  | 'continuation'
  /** a.m. or p.m. */
  | 'time'
  /** Letters separated by full stops (U.S., E.U., Ph.D., D.C.). */
  | 'dottedAcronym'
  /** One capital letter, usually an initial (J. R. R. Tolkien). */
  | 'initial'
  /** One lowercase letter (p., a.). */
  | 'letter'

const titles = new Set([
  'adm',
  'amb',
  'atty',
  'brig',
  'capt',
  'cdr',
  'cmdr',
  'col',
  'cpl',
  'det',
  'dr',
  'drs',
  'ens',
  'fr',
  'ft',
  'gen',
  'gens',
  'gov',
  'govs',
  'hon',
  'insp',
  'lt',
  'maj',
  'messrs',
  'mlle',
  'mme',
  'mmes',
  'mr',
  'mrs',
  'ms',
  'msgr',
  'mt',
  'pres',
  'prof',
  'pvt',
  'rep',
  'reps',
  'rev',
  'rt',
  'sen',
  'sens',
  'sgt',
  'spc',
  'supt',
])

const numberPrefixes = new Set([
  'art',
  'arts',
  'ch',
  'chap',
  'est',
  'ext',
  'fig',
  'figs',
  'n°',
  'nº',
  'no',
  'nos',
  'nr',
  'op',
  'p',
  'para',
  'pp',
  'pt',
  'sec',
  'tel',
  'vol',
  'vols',
])

const postpositives = new Set([
  // Companies, families, degrees.
  'al',
  'assn',
  'bros',
  'co',
  'corp',
  'cos',
  'dept',
  'esq',
  'etc',
  'govt',
  'inc',
  'jr',
  'ltd',
  'plc',
  'sr',
  'univ',
  // Streets and places.
  'ave',
  'blvd',
  'hwy',
  'rd',
  'sq',
  'st',
  // Months (AP style).
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  // U.S. states (AP style), the ones without inner full stops.
  'ala',
  'alta',
  'ariz',
  'ark',
  'calif',
  'colo',
  'conn',
  'del',
  'fla',
  'ga',
  'ill',
  'ind',
  'kan',
  'kans',
  'ky',
  'la',
  'mass',
  'md',
  'mich',
  'minn',
  'miss',
  'mo',
  'mont',
  'neb',
  'nev',
  'okla',
  'ore',
  'pa',
  'tenn',
  'tex',
  'va',
  'vt',
  'wash',
  'wis',
  'wyo',
])

const continuations = new Set([
  'approx',
  'ca',
  'cf',
  'e.g',
  'eg',
  'esp',
  'i.e',
  'ie',
  'incl',
  'v',
  'viz',
  'vs',
])

const timeAbbreviations = new Set(['a.m', 'p.m'])

/** Letters separated by full stops, each group one or two letters: U.S, U.S.A, Ph.D, W.Va. */
const dottedAcronymPattern = /^\p{L}{1,2}(?:\.\p{L}{1,2})+$/u

/**
 * The kind of abbreviation `word` is when a full stop follows it, or `undefined` for an ordinary
 * word. `word` is given without that final full stop ("U.S" for "U.S.").
 */
export function abbreviationKind(word: string): AbbreviationKind | undefined {
  if (word.length === 0) return undefined
  const lower = word.toLowerCase()
  if (continuations.has(lower)) return 'continuation'
  if (timeAbbreviations.has(lower)) return 'time'
  if (word.length === 1) {
    if (numberPrefixes.has(word)) return 'numberPrefix'
    if (isUppercaseChar(word)) return 'initial'
    if (isLowercaseChar(word)) return 'letter'
    return undefined
  }
  if (titles.has(lower) && isUppercaseChar(word[0] ?? '')) return 'title'
  if (numberPrefixes.has(lower)) return 'numberPrefix'
  if (postpositives.has(lower)) return 'postpositive'
  if (word.length <= 8 && dottedAcronymPattern.test(word)) return 'dottedAcronym'
  return undefined
}

/** Whether `word` (without its final full stop) is a known abbreviation of any kind. */
export function isAbbreviation(word: string): boolean {
  return abbreviationKind(word) !== undefined
}
