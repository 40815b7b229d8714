import type { z } from 'zod'
import type { Notice } from '../../../shared/model/notice'

const STRING = String.raw`"((?:[^"\\]|\\.)*)"`

function unescape(literal: string | undefined): string | undefined {
  if (literal === undefined) return undefined
  try {
    const value: unknown = JSON.parse(`"${literal}"`)
    return typeof value === 'string' ? value : undefined
  } catch {
    return undefined
  }
}

function parsedObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text)
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

/**
 * What can still be read from a damaged `settings.json` (`text`): each field of `schema` that
 * holds a valid value on its own, so that one bad field (or a file cut short after the editor)
 * does not cost the editor who they are, their other identities or their team folder. A file that
 * is no longer JSON is searched for the editor and the team folder by their keys.
 */
export function salvageSettings<S extends z.ZodObject>(
  text: string,
  schema: S,
): Partial<z.infer<S>> {
  const shape = schema.shape as Record<string, z.ZodType>
  const object = parsedObject(text) ?? {
    editor: (() => {
      const match = new RegExp(
        `"editor"\\s*:\\s*\\{\\s*"id"\\s*:\\s*${STRING}\\s*,\\s*"name"\\s*:\\s*${STRING}`,
      ).exec(text)
      return match ? { id: unescape(match[1]), name: unescape(match[2]) } : undefined
    })(),
    teamFolder: unescape(new RegExp(`"teamFolder"\\s*:\\s*${STRING}`).exec(text)?.[1]),
  }
  const kept: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(shape)) {
    if (key === 'version' || object[key] === undefined) continue
    const parsed = field.safeParse(object[key])
    if (parsed.success && parsed.data !== undefined) kept[key] = parsed.data
  }
  return kept as Partial<z.infer<S>>
}

/** The notice that the settings were damaged and restored from their backup of `when`. */
export function settingsRestoredNotice(
  reason: string,
  aside: string | null,
  when: string,
  editorName: string,
): Notice {
  const damaged = aside
    ? `were damaged (${reason}); the damaged copy was kept as ${aside}`
    : 'were missing'
  return {
    level: 'warning',
    message: `Your settings (settings.json) ${damaged}. They have been restored from their backup of ${when}: you are still working as ${editorName}.`,
  }
}

/**
 * The notice that the settings were damaged with no backup to restore: what was read back from
 * the damaged copy, and what starts again from the defaults, the editor's identity first.
 */
export function settingsLostNotice(
  reason: string,
  aside: string,
  editorName: string,
  keptEditor: boolean,
): Notice {
  const who = keptEditor
    ? `Your name, ${editorName}, was read back from it.`
    : `Who you are could not be read from it: Factmark now works as ${editorName} until you choose your name again (File > Switch Editor, or factmark --editor).`
  return {
    level: keptEditor ? 'warning' : 'error',
    message: `Your settings (settings.json) were damaged (${reason}) and had no backup that could be verified; the damaged copy was kept as ${aside}. ${who} Settings that could not be read start again from their defaults.`,
  }
}
