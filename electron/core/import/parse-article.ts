import { Node } from 'prosemirror-model'
import { articleSchema } from '../../../shared/editor/schema'
import { checkHasText } from '../../../shared/store/has-text'
import { declaresWindows1252 } from '../../../shared/import/declared-charset'
import { parsePlainText, type ArticleDraft } from '../../../shared/import/plain-text'
import { decodeText, InvalidEncodingError } from '../../../shared/import/sniff'
import { decodeWindows1252 } from '../../../shared/import/windows-1252'
import { FactmarkError } from '../../../shared/ipc/result'
import type { DocNodeJson } from '../../../shared/model/doc-json'
import type { PreparedBody, PreparedDraft } from '../../../shared/store/prepared-article'
import { BLOCK_SEPARATOR, textBlocks } from '../../../shared/text/article-text'
import { splitSentences } from '../../../shared/text/sentences'
import type { ImportFile } from './import-file'
import { messageOf } from './import-message'
import { nodeTextHash } from './node-text-hash'

/** How a file's text is decoded: strictly (UTF-8/UTF-16), or as Windows-1252 when it is not. */
export type Decoding = 'strict' | 'windows-1252'

/** Told how far the preparation of one file has come, from 0 to 1. */
export type PartProgress = (part: number) => void

/** Decodes bytes as UTF-8/UTF-16; a text that is neither throws {@link InvalidEncodingError}. */
export function decodeStrict(bytes: Uint8Array): string {
  try {
    return decodeText(bytes)
  } catch (error) {
    if (error instanceof InvalidEncodingError) throw error
    throw new FactmarkError('unsupported-file', messageOf(error))
  }
}

/** Decodes a text file or web page; throws {@link InvalidEncodingError} for strict decoding. */
function decodeFile(file: ImportFile, decoding: Decoding): string {
  try {
    return decodeStrict(file.bytes)
  } catch (error) {
    const declared = file.format === 'html' && declaresWindows1252(file.bytes)
    if (error instanceof InvalidEncodingError && (decoding === 'windows-1252' || declared)) {
      return decodeWindows1252(file.bytes)
    }
    throw error
  }
}

/**
 * The article a file holds, parsed by its format. The readers of web pages, Word documents and
 * PDFs (Readability, mammoth, pdf.js: megabytes of code) are loaded the first time they are
 * needed (in the import worker, see `import-worker.ts`), not when the app or the CLI starts.
 */
export async function parseArticle(file: ImportFile, decoding: Decoding): Promise<ArticleDraft> {
  try {
    switch (file.format) {
      case 'text':
        return parsePlainText(decodeFile(file, decoding))
      case 'html': {
        const text = decodeFile(file, decoding)
        return (await import('./read-html')).readHtml(text)
      }
      case 'docx':
        return await (await import('./read-docx')).readDocx(file.bytes)
      case 'pdf':
        return await (await import('./read-pdf')).readPdf(file.bytes)
      case 'annotations':
        throw new FactmarkError(
          'unsupported-file',
          'This is an annotation file: its tags are placed in the library’s articles, it is not an article.',
        )
    }
  } catch (error) {
    if (error instanceof FactmarkError || error instanceof InvalidEncodingError) throw error
    throw new FactmarkError('unsupported-file', messageOf(error))
  }
}

/** How often, in blocks, {@link prepareBody} reports its progress. */
const PROGRESS_EVERY_BLOCKS = 256

/**
 * Checks an article body against the editor's schema once, and measures it as the store would:
 * the body becomes the checked document's JSON, the text's SHA-256 (Node's native hash) and the
 * number of sentences are taken block by block, telling `onPart` how far it has come. An
 * `invalid-argument` {@link FactmarkError} when the body is not a valid document (its message
 * starts with `what`) or has no text. Run by the import worker for a draft, and for the edited
 * text of a big article the store saves (see `prepareBodyOffThread`).
 */
export function prepareBody(
  json: DocNodeJson,
  onPart: PartProgress = () => {},
  what = 'The article',
): PreparedBody {
  let doc: Node
  try {
    doc = Node.fromJSON(articleSchema, json)
    doc.check()
  } catch (error) {
    throw new FactmarkError('invalid-argument', `${what} is not valid: ${messageOf(error)}`)
  }
  const blocks = textBlocks(doc)
  let sentenceCount = 0
  for (const [index, block] of blocks.entries()) {
    sentenceCount += splitSentences(block.text).length
    if (index % PROGRESS_EVERY_BLOCKS === 0) onPart(index / blocks.length)
  }
  const text = blocks.map((block) => block.text).join(BLOCK_SEPARATOR)
  checkHasText(text)
  onPart(1)
  return { body: doc.toJSON() as DocNodeJson, textHash: nodeTextHash(text), sentenceCount }
}

/** A draft whose body {@link prepareBody} checked and measured, telling `onPart` its progress. */
export function prepareDraft(draft: ArticleDraft, onPart: PartProgress = () => {}): PreparedDraft {
  const { body, textHash, sentenceCount } = prepareBody(draft.body, onPart)
  return { draft: { ...draft, body }, textHash, sentenceCount }
}
