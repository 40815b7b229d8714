import type { ExportFormat } from '../../../shared/export/types'

/** How the export dialog names and explains each format, in the order it lists them. */
export const FORMAT_CHOICES: readonly { format: ExportFormat; name: string; hint: string }[] = [
  { format: 'html', name: 'Web page (HTML)', hint: 'One file to open, print or publish.' },
  { format: 'pdf', name: 'PDF', hint: 'The web page, printed.' },
  { format: 'docx', name: 'Word (DOCX)', hint: 'Each tag as a Word comment.' },
  { format: 'md', name: 'Markdown', hint: 'Plain text with tags inline and notes as footnotes.' },
  { format: 'csv', name: 'CSV', hint: 'One row per tag, for spreadsheets.' },
  { format: 'jsonl', name: 'JSON Lines', hint: 'One JSON object per tag.' },
  { format: 'w3c', name: 'W3C Web Annotations', hint: 'JSON-LD for annotation tools.' },
  {
    format: 'claimreview',
    name: 'ClaimReview (fact-checks)',
    hint: 'schema.org JSON-LD for search engines: one per claim with a verdict.',
  },
]
