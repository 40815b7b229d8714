import type { CommandHelp } from '../command-help'

/** `factmark import`. */
export const importHelp: CommandHelp = {
  name: 'import',
  synopsis: ['import <file>... [--json] [--encoding windows-1252] [--update]'],
  summary: 'add articles (web pages, Word, PDF, text, Markdown) to the library',
  description:
    'Adds articles to the library from web pages (.html), Word documents (.docx), PDFs, and .txt or .md files, and prints the new ids. A file whose text is already in the library is skipped. When the library folder does not exist yet, import creates it and says so.',
  options: [
    { name: 'json', type: 'boolean', text: 'print an array of { id, title }' },
    {
      name: 'encoding',
      type: 'string',
      value: 'windows-1252',
      text: 'read files that are not valid UTF-8 as Windows-1252',
    },
    {
      name: 'update',
      type: 'boolean',
      text: 'replace an article a file is a newer version of (same web address, or same headline and outlet), keeping its tags',
    },
  ],
  examples: ['factmark import report.html notes.txt', 'factmark --data-dir ~/desk import *.docx'],
  createsLibrary: () => true,
}
