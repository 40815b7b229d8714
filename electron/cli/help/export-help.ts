import { argumentsFrom, type CommandHelp } from '../command-help'

/** `factmark export`. */
export const exportHelp: CommandHelp = {
  name: 'export',
  synopsis: [
    'export <id> --format F --out PATH [--editor NAME]... [--kind K]... [--no-notes] [--force]',
    'export --all --format F --out DIR [options]',
  ],
  summary: 'write an annotated copy (html, md, w3c, csv, jsonl, docx, pdf)',
  description:
    'Writes an annotated copy of an article to the file PATH (or into PATH when it is a folder), or with --all of every article into the folder DIR, one file per article, and prints each path written. PDF is printed with Chrome or Chromium ($FACTMARK_CHROMIUM picks one). An existing file is never replaced unless --force.',
  options: [
    { name: 'all', type: 'boolean', text: 'export every article' },
    {
      name: 'format',
      type: 'string',
      value: 'F',
      text: 'html, md, w3c, csv, jsonl, docx or pdf',
    },
    { name: 'out', type: 'string', value: 'PATH', text: 'the file or folder to write' },
    {
      name: 'editor',
      type: 'string',
      multiple: true,
      value: 'NAME',
      text: 'include NAME’s tags (default: every editor’s)',
    },
    {
      name: 'kind',
      type: 'string',
      multiple: true,
      value: 'K',
      text: 'include only tags of kind K',
    },
    { name: 'no-notes', type: 'boolean', text: 'leave the notes out' },
    { name: 'force', type: 'boolean', text: 'replace existing files' },
  ],
  examples: ['factmark export 40a7 --format html --out report.html'],
  articleIds: argumentsFrom(0),
}
