import {
  DEFAULT_RATING_SCALE,
  factCheckSettingsSchema,
  type FactCheckSettings,
} from '../model/fact-check'

/**
 * The Settings dialog's fact-check section as typed (every field a string), and its checking
 * into library settings with errors in plain words that name the rating at fault. A rating keeps
 * its id when renamed (verdicts point to it); a new rating's id is made from its name.
 */

/** One rating as typed. */
export interface RatingDraft {
  /** The stored id, or '' for a rating added in the dialog. */
  id: string
  name: string
  value: string
  key: string
}

/** The fact-check settings as typed. */
export interface FactCheckDraft {
  ratings: RatingDraft[]
  best: string
  worst: string
  publisherName: string
  publisherUrl: string
  reviewUrlPattern: string
}

/** The draft of the library's settings (the default scale when it has none). */
export function draftOf(settings: FactCheckSettings | null): FactCheckDraft {
  const scale = settings?.ratingScale ?? DEFAULT_RATING_SCALE
  return {
    ratings: scale.ratings.map((rating) => ({
      id: rating.id,
      name: rating.name,
      value: String(rating.value),
      key: rating.key ?? '',
    })),
    best: String(scale.best),
    worst: String(scale.worst),
    publisherName: settings?.publisher?.name ?? '',
    publisherUrl: settings?.publisher?.url ?? '',
    reviewUrlPattern: settings?.reviewUrlPattern ?? '',
  }
}

/** A rating id made from a name: `Pants on fire!` → `pants-on-fire`, unique among `taken`. */
export function ratingIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 36) || 'rating'
  let id = base
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`
  return id
}

function whole(text: string): number | null {
  return /^-?\d+$/.test(text.trim()) ? Number(text.trim()) : null
}

/** The checked settings, or the first problem in plain words. */
export function settingsFromDraft(
  draft: FactCheckDraft,
): { ok: true; value: FactCheckSettings } | { ok: false; message: string } {
  const label = (index: number) => {
    const name = draft.ratings[index]?.name.trim()
    return name ? `The rating “${name}”` : `Rating ${index + 1}`
  }
  for (const [index, rating] of draft.ratings.entries()) {
    if (whole(rating.value) === null) {
      return { ok: false, message: `${label(index)} needs a whole number.` }
    }
  }
  const best = whole(draft.best)
  const worst = whole(draft.worst)
  if (best === null || worst === null) {
    return { ok: false, message: 'The best and worst ratings need whole numbers.' }
  }
  const taken = new Set(draft.ratings.map((rating) => rating.id).filter(Boolean))
  const ratings = draft.ratings.map((rating) => {
    const id = rating.id || ratingIdFor(rating.name, taken)
    taken.add(id)
    const key = rating.key.trim().toLowerCase()
    return {
      id,
      name: rating.name.trim(),
      value: whole(rating.value) ?? 0,
      ...(key ? { key } : {}),
    }
  })
  const candidate: FactCheckSettings = {
    ratingScale: { ratings, best, worst },
    ...(draft.publisherName.trim()
      ? {
          publisher: {
            name: draft.publisherName.trim(),
            ...(draft.publisherUrl.trim() ? { url: draft.publisherUrl.trim() } : {}),
          },
        }
      : {}),
    ...(draft.reviewUrlPattern.trim() ? { reviewUrlPattern: draft.reviewUrlPattern.trim() } : {}),
  }
  if (!draft.publisherName.trim() && draft.publisherUrl.trim()) {
    return { ok: false, message: 'The publisher’s address needs the publisher’s name too.' }
  }
  const parsed = factCheckSettingsSchema.safeParse(candidate)
  if (parsed.success) return { ok: true, value: parsed.data }
  const issue = parsed.error.issues[0]
  const path = issue?.path ?? []
  const text = issue?.message ?? 'not valid'
  if (path[0] === 'ratingScale' && path[1] === 'ratings' && typeof path[2] === 'number') {
    const field = path[3] === 'key' ? 'key' : path[3] === 'name' ? 'name' : String(path[3] ?? '')
    if (field === 'key') {
      return { ok: false, message: `${label(path[2])}: its key must be one digit or letter.` }
    }
    if (path[3] === 'value') {
      return {
        ok: false,
        message: `${label(path[2])}: its number lies outside the scale, from ${worst} (worst) to ${best} (best).`,
      }
    }
    return { ok: false, message: `${label(path[2])}: ${text}.` }
  }
  if (path[0] === 'ratingScale') {
    if (text === 'two ratings share a key') {
      return { ok: false, message: 'Two ratings have the same key: give each its own.' }
    }
    if (text === 'two ratings share an id') {
      return { ok: false, message: 'Two ratings have the same name: give each its own.' }
    }
    return { ok: false, message: `The scale: ${text}.` }
  }
  if (path[0] === 'publisher') {
    return { ok: false, message: `The publisher: ${text}.` }
  }
  if (path[0] === 'reviewUrlPattern') {
    return {
      ok: false,
      message:
        'The fact-check address pattern must be an http(s) link holding {id}, e.g. https://example.org/checks/{id}.',
    }
  }
  return { ok: false, message: text }
}
