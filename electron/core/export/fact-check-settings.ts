import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { factCheckSettingsSchema, type FactCheckSettings } from '../../../shared/model/fact-check'

/**
 * The fact-check settings of the library in `dataDir` (rating scale, publisher, fact-check address
 * pattern), read from its `settings.json`; none when the file or the section is absent, or the
 * section is not valid (a ClaimReview export then lists what it lacks).
 */
export async function readFactCheckSettings(dataDir: string): Promise<FactCheckSettings> {
  let raw: string
  try {
    raw = await readFile(join(dataDir, 'settings.json'), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {}
    throw error
  }
  try {
    const parsed = factCheckSettingsSchema.safeParse(
      (JSON.parse(raw) as { factCheck?: unknown } | null)?.factCheck ?? {},
    )
    return parsed.success ? parsed.data : {}
  } catch {
    return {}
  }
}
