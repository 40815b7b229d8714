import { singular } from './figure-topic'
import { lower } from './figure-words'
import { KIND_PARTICIPLES, KIND_VERBS_BEFORE } from './quantity-kinds'
import type { StoryToken } from './story-words'

/**
 * Nouns that count people by their role or condition ("12 firefighters", "300 soldiers"): such
 * a count is of people something happened to (killed, injured, deployed), and two counts of one
 * role noun are one quantity only when that is the same.
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'firefighter',
  'fireman',
  'officer',
  'police',
  'policeman',
  'policewoman',
  'trooper',
  'soldier',
  'troop',
  'marine',
  'sailor',
  'guard',
  'agent',
  'worker',
  'employee',
  'miner',
  'student',
  'pupil',
  'teacher',
  'child',
  'civilian',
  'tourist',
  'visitor',
  'journalist',
  'reporter',
  'nurse',
  'doctor',
  'medic',
  'paramedic',
  'rescuer',
  'responder',
  'volunteer',
  'migrant',
  'refugee',
  'prisoner',
  'inmate',
  'hostage',
  'patient',
  'pilot',
  'climber',
  'hiker',
  'fan',
  'spectator',
  'player',
])

/** Verbs and participles that say people were sent to the scene ("200 police were deployed"). */
const DEPLOYED = new Set([
  'deployed',
  'dispatched',
  'mobilised',
  'mobilized',
  'sent',
  'battled',
  'fought',
  'tackled',
  'responded',
])

/**
 * Participles that say people were rescued, treated or are on a staff ("40 workers were
 * rescued", "2,400 workers are employed there").
 */
const OTHER_FATES: ReadonlyMap<string, string> = new Map([
  ['rescued', 'rescued'],
  ['saved', 'rescued'],
  ['hospitalised', 'hospitalised'],
  ['hospitalized', 'hospitalised'],
  ['treated', 'hospitalised'],
  ['employed', 'employed'],
])

/**
 * Verbs before a count that say the people are a body's staff ("the port employs 2,400
 * workers"): a workforce, one quantity at one time, like a death toll's victims.
 */
const EMPLOYED_BEFORE = new Set(['employ', 'employs', 'employed', 'employing'])

/** How far after the noun a fate is read ("12 firefighters, all of them off duty, were hurt"). */
const REACH = 10

function fateWord(word: string): string | null {
  if (DEPLOYED.has(word)) return 'deployed'
  return OTHER_FATES.get(word) ?? KIND_PARTICIPLES.get(word) ?? null
}

/**
 * What happened to the people a role noun counts: the verb before the count ("killing 12
 * firefighters") or the first verb of what happened in its clause after the noun (`phraseEnd`:
 * "12 firefighters, were injured", "300 soldiers were deployed"), read up to a number or the
 * clause's end; null when the text does not say ("it took 1,000 firefighters 24 hours").
 */
export function fateOf(
  tokens: readonly StoryToken[],
  startIndex: number,
  phraseEnd: number,
): string | null {
  const verb = lower(tokens, startIndex - 1)
  const before = KIND_VERBS_BEFORE.get(verb)
  if (before) return before
  if (EMPLOYED_BEFORE.has(verb)) return 'employed'
  for (let at = phraseEnd; at < tokens.length && at < phraseEnd + REACH; at += 1) {
    const word = lower(tokens, at)
    if (/^[.;:!?()]$/u.test(word) || /^\d/u.test(word)) return null
    const fate = fateWord(word)
    if (fate) return fate
    if (word === 'lost' && lower(tokens, at + 1) === 'their' && lower(tokens, at + 2) === 'lives')
      return 'killed'
  }
  return null
}

/** Whether a count's head noun counts people by their role ("firefighters", "students"). */
export function isRoleNoun(head: string): boolean {
  return ROLE_NOUNS.has(singular(head.toLowerCase()))
}
