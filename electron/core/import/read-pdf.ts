import { extractTextItems, getDocumentProxy } from 'unpdf'
import { draftFromBlocks } from '../../../shared/import/draft-from-blocks'
import { pdfParagraphs, type PdfTextItem } from '../../../shared/import/pdf-paragraphs'
import type { ArticleDraft } from '../../../shared/import/plain-text'
import { FactmarkError } from '../../../shared/ipc/result'

/** The most pages read from one PDF. */
export const MAX_PDF_PAGES = 2000

/** The message for a PDF that has pages but no text to take from them. */
export const NO_TEXT_LAYER =
  'This PDF has no text layer: its pages are pictures (a scan, or text turned into outlines), so there is no text to import. Run it through text recognition (OCR) first, or import the article from its web page or Word document.'

/**
 * Reads the text of a PDF with pdf.js (through unpdf, in this process, no worker), with
 * `eval` off, no font loading and no network, and rebuilds its paragraphs from the lines
 * (`pdfParagraphs`). A PDF without a text layer, with a password, or damaged, is refused with a
 * message that says so.
 */
export async function readPdf(bytes: Uint8Array): Promise<ArticleDraft> {
  let pages: PdfTextItem[][]
  try {
    // pdf.js takes over (detaches) the buffer it is given: give it a copy.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), {
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      enableXfa: false,
      verbosity: 0,
    })
    try {
      if (pdf.numPages > MAX_PDF_PAGES) {
        throw new FactmarkError(
          'too-large',
          `This PDF has ${pdf.numPages} pages; Factmark reads at most ${MAX_PDF_PAGES}.`,
        )
      }
      const { items } = await extractTextItems(pdf)
      pages = items.map((page) =>
        page.map((item) => ({
          str: item.str,
          x: item.x,
          y: item.y,
          width: item.width,
          height: item.fontSize || item.height,
          hasEOL: item.hasEOL,
        })),
      )
    } finally {
      await pdf.destroy()
    }
  } catch (error) {
    if (error instanceof FactmarkError) throw error
    const name = (error as Error).name
    if (name === 'PasswordException') {
      throw new FactmarkError(
        'unsupported-file',
        'This PDF is protected by a password; open it, save a copy without one, and import that.',
      )
    }
    throw new FactmarkError(
      'unsupported-file',
      `This PDF could not be read: ${(error as Error).message}`,
    )
  }
  const blocks = pdfParagraphs(pages)
  if (blocks.length === 0) throw new FactmarkError('unsupported-file', NO_TEXT_LAYER)
  return draftFromBlocks(blocks, {})
}
