import type { Handlers } from '../../../shared/ipc/contract'
import type { SettingsStore } from '../store/settings-store'

/**
 * The handlers of the library's fact-check settings (rating scale, publisher, fact-check address
 * pattern), kept in the library's `settings.json`. The argument was checked against
 * `factCheckSettingsSchema` by dispatch; the store checks it again before writing.
 */
export function factCheckHandlers(
  settings: SettingsStore,
): Pick<Handlers, 'getFactCheckSettings' | 'setFactCheckSettings'> {
  return {
    getFactCheckSettings: () => settings.factCheck,
    setFactCheckSettings: (value) => settings.setFactCheck(value),
  }
}
