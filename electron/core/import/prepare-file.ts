import type { ErrorCode } from '../../../shared/ipc/result'
import { FactmarkError } from '../../../shared/ipc/result'
import { InvalidEncodingError } from '../../../shared/import/sniff'
import { decodeWindows1252 } from '../../../shared/import/windows-1252'
import type { PreparedDraft } from '../../../shared/store/prepared-article'
import { readImportFile } from './import-file'
import { messageOf } from './import-message'
import {
  decodeStrict,
  parseArticle,
  prepareDraft,
  type Decoding,
  type PartProgress,
} from './parse-article'

/** How many characters of a file an encoding offer shows, read as Windows-1252. */
const PREVIEW_LENGTH = 160

/** Where each step of preparing a file ends, as a part of the whole file's work (0 to 1). */
const READ_ENDS = 0.05
const PARSE_ENDS = 0.6

/**
 * What reading one import file came to, as plain data (it crosses from the import worker):
 * an article ready for the store, the text of an annotation file, a file that is not UTF-8
 * (with a preview read as Windows-1252), or a failure in plain words.
 */
export type PreparedFile =
  | { kind: 'article'; prepared: PreparedDraft }
  | { kind: 'annotations'; text: string }
  | { kind: 'encoding'; preview: string }
  | { kind: 'failure'; code: ErrorCode; message: string; details?: string }

/** A failure as {@link PreparedFile} data. */
export function failureOf(error: unknown): PreparedFile & { kind: 'failure' } {
  if (error instanceof FactmarkError) {
    return error.details === undefined
      ? { kind: 'failure', code: error.code, message: error.message }
      : { kind: 'failure', code: error.code, message: error.message, details: error.details }
  }
  return { kind: 'failure', code: 'unsupported-file', message: messageOf(error) }
}

/**
 * Reads, parses and prepares one import file: everything an import does before the store's add,
 * run in the import worker (and in process by the benchmarks' baseline). `onPart` hears how far
 * it has come, from 0 to 1. Never throws: a failure is a {@link PreparedFile} too.
 */
export async function prepareFile(
  path: string,
  decoding: Decoding,
  onPart: PartProgress = () => {},
): Promise<PreparedFile> {
  try {
    onPart(0)
    const read = await readImportFile(path)
    onPart(READ_ENDS)
    if (read.format === 'annotations') {
      return { kind: 'annotations', text: decodeStrict(read.bytes) }
    }
    let draft
    try {
      draft = await parseArticle(read, decoding)
    } catch (error) {
      if (!(error instanceof InvalidEncodingError)) throw error
      const preview = decodeWindows1252(read.bytes.subarray(0, PREVIEW_LENGTH * 2))
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, PREVIEW_LENGTH)
      return { kind: 'encoding', preview }
    }
    onPart(PARSE_ENDS)
    const prepared = prepareDraft(draft, (part) => onPart(PARSE_ENDS + part * (1 - PARSE_ENDS)))
    return { kind: 'article', prepared }
  } catch (error) {
    return failureOf(error)
  }
}
