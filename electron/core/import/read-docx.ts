import mammoth from 'mammoth'
import { unzipSync } from 'fflate'
import { draftFromBlocks } from '../../../shared/import/draft-from-blocks'
import { htmlBlocks, type InertNode } from '../../../shared/import/html-blocks'
import type { ArticleDraft } from '../../../shared/import/plain-text'
import { FactmarkError } from '../../../shared/ipc/result'
import { inertDocument } from './read-html'

/** The most a Word document may unpack to: a larger one is refused before it is unpacked. */
export const MAX_DOCX_UNPACKED_BYTES = 200 * 1024 * 1024

/** How Word's paragraph styles map to HTML, besides mammoth's own headings and lists. */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => h2:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
]

/**
 * Checks a Word document's ZIP directory without unpacking anything: it must hold the main
 * document part and must not unpack to more than {@link MAX_DOCX_UNPACKED_BYTES} (a zip bomb).
 */
function checkPackage(bytes: Uint8Array): void {
  let unpacked = 0
  let hasDocument = false
  try {
    unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize
        if (file.name === 'word/document.xml') hasDocument = true
        return false
      },
    })
  } catch (error) {
    throw new FactmarkError(
      'unsupported-file',
      `This Word document is damaged and cannot be read (${(error as Error).message}).`,
    )
  }
  if (!hasDocument) {
    throw new FactmarkError(
      'unsupported-file',
      'This .docx file is a ZIP archive but not a Word document (it has no word/document.xml).',
    )
  }
  if (unpacked > MAX_DOCX_UNPACKED_BYTES) {
    throw new FactmarkError(
      'too-large',
      `This Word document unpacks to ${Math.round(unpacked / 1024 / 1024)} MB; the limit is ${MAX_DOCX_UNPACKED_BYTES / 1024 / 1024} MB.`,
    )
  }
}

/**
 * Reads a Word document (.docx): mammoth turns it into HTML (headings, paragraphs, lists, quotes,
 * links; images dropped, no external file read), which becomes the article's blocks the same way
 * a web page's do. The headline is the document's first heading (its Title), else its opening
 * words.
 */
export async function readDocx(bytes: Uint8Array): Promise<ArticleDraft> {
  checkPackage(bytes)
  let html: string
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        ignoreEmptyParagraphs: true,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    )
    html = result.value
  } catch (error) {
    const message = (error as Error).message
    // An XML entity in a Word part is an XXE attempt (Word never writes one): refused in plain
    // words, without the parser's internals.
    if (/entity|doctype/i.test(message)) {
      throw new FactmarkError(
        'unsupported-file',
        'This Word document was refused: it declares its own XML entities, which Word never writes and which can be used to read other files on the computer.',
      )
    }
    throw new FactmarkError(
      'unsupported-file',
      `This Word document could not be read: its contents are damaged or were not written by a word processor.\nDetail: ${message}`,
    )
  }
  const document = inertDocument(html)
  const body = document.body as unknown as InertNode | null
  return draftFromBlocks(body ? htmlBlocks(body) : [], {})
}
