import { FactmarkError } from '../ipc/result'
import type { EditorRef } from '../model/annotation'

/** A record that belongs to one editor: a tag or a review. */
interface AuthoredRecord {
  id: string
  author: Pick<EditorRef, 'id'>
}

/**
 * Refuses an editor's records (`mine`) when one of them takes an id that another editor's record
 * in `existing` already uses: ids are never taken over. `noun` names the records in the error
 * (`Tag`, `Review`). Throws a `duplicate` {@link FactmarkError}.
 */
export function checkNoForeignIds(
  existing: readonly AuthoredRecord[],
  mine: readonly { id: string }[],
  editorId: string,
  noun: 'Tag' | 'Review',
): void {
  const taken = new Set(
    existing.filter((record) => record.author.id !== editorId).map((record) => record.id),
  )
  const clash = mine.find((record) => taken.has(record.id))
  if (clash) {
    throw new FactmarkError(
      'duplicate',
      `${noun} id ${clash.id} is already used by another editor.`,
    )
  }
}
