import { FactmarkError } from '../ipc/result'

/**
 * Refuses a body without text: an article cannot be left empty. Kept apart from the store's
 * schemas, so that the import worker can call it without bundling zod.
 */
export function checkHasText(text: string): void {
  if (text.trim().length === 0) {
    throw new FactmarkError('invalid-argument', 'An article cannot be left without text.')
  }
}
