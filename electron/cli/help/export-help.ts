import { argumentsFrom, type CommandHelp } from '../command-help'

/** `factmark export`. */
export const exportHelp: CommandHelp = {
  name: 'export',
  synopsis: [
    'export <id> --format F --out PATH [--editor NAME]... [--kind K]... [--no-notes] [--force]',
    'export --all --format F --out DIR [options]',
    'export <id>|--all --format claimreview --out PATH [--publisher NAME] [--review-url PATTERN]',
    'export ... [--rejected omit|mark] [--preset publishable]',
  ],
  summary: 'write an annotated copy (html, md, w3c, csv, jsonl, docx, pdf) or ClaimReview',
  description:
    'Writes an annotated copy of an article to the file PATH (or into PATH when it is a folder), or with --all of every article into the folder DIR, one file per article, and prints each path written. PDF is printed with Chrome or Chromium ($FACTMARK_CHROMIUM picks one). An existing file is never replaced unless --force.\n\nEvery copy carries each tag’s review outcome: rejected tags are struck through (--rejected mark, the default) or left out (--rejected omit), and --preset publishable keeps only accepted and unreviewed tags.\n\n--format claimreview writes one schema.org ClaimReview (JSON-LD) per claim with a verdict; --publisher and --review-url (e.g. https://example.org/checks/{id}) go over the library’s settings. It exits 1 listing every required field that is missing, and warns about recommended ones.',
  options: [
    { name: 'all', type: 'boolean', text: 'export every article' },
    {
      name: 'format',
      type: 'string',
      value: 'F',
      text: 'html, md, w3c, csv, jsonl, docx, pdf or claimreview',
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
    {
      name: 'rejected',
      type: 'string',
      value: 'omit|mark',
      text: 'leave rejected tags out, or strike them through (default)',
    },
    {
      name: 'preset',
      type: 'string',
      value: 'publishable',
      text: 'only accepted and unreviewed tags',
    },
    {
      name: 'publisher',
      type: 'string',
      value: 'NAME',
      text: 'ClaimReview’s publishing organisation',
    },
    {
      name: 'review-url',
      type: 'string',
      value: 'PATTERN',
      text: 'the fact-check page’s address, with {id} for the tag’s id',
    },
  ],
  examples: ['factmark export 40a7 --format html --out report.html'],
  articleIds: argumentsFrom(0),
}
