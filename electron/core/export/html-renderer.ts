/**
 * Turns a standalone HTML document (an export) into a PDF or a picture of its first screen. The
 * app prints with an offscreen Electron window, the CLI with headless Chromium, the end-to-end
 * tests with Playwright's page: the export code only sees this interface.
 */
export interface HtmlRenderer {
  /** The document printed to PDF (A4, backgrounds on, the document's print stylesheet). */
  pdf(html: string): Promise<Uint8Array>
  /** A PNG of the document's top, `width` CSS pixels wide, for the export dialog's preview. */
  png(html: string, width: number): Promise<Uint8Array>
}
