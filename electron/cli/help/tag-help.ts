import type { CommandHelp } from '../command-help'

/** `factmark tag`. */
export const tagHelp: CommandHelp = {
  name: 'tag',
  synopsis: [
    'tag <id> --sentence N --kind K [--to-sentence M] [--note TEXT] [--speaker NAME]',
    '    [--reason TEXT] [--evidence URL]... [--claimant NAME] [--status S] [--verdict V]',
    '    [--summary TEXT] [--editor NAME]',
  ],
  summary: 'tag a sentence (or a span of them) as quote, claim, disputed or context',
  description:
    'Tags sentence N of an article (numbered as show prints it), or sentences N to M with --to-sentence, as a quote, claim, disputed or context, and prints the tag’s id. An editor’s new tag on exactly that text replaces their previous one there; other editors’ tags are never touched.\n\nThe tag is credited to the library’s editor (from its settings), and the command says who that is; --editor NAME credits someone else. Claim and disputed tags can carry a fact-check: a claimant, a status and a verdict from the library’s rating scale, and a one-line summary.',
  options: [
    {
      name: 'sentence',
      type: 'string',
      value: 'N',
      text: 'the sentence to tag, as show numbers it',
    },
    {
      name: 'to-sentence',
      type: 'string',
      value: 'M',
      text: 'tag the span from sentence N to sentence M, both included',
    },
    { name: 'kind', type: 'string', value: 'K', text: 'quote, claim, disputed or context' },
    { name: 'note', type: 'string', value: 'TEXT', text: 'a note on the tag' },
    { name: 'speaker', type: 'string', value: 'NAME', text: 'who is quoted (quote tags)' },
    {
      name: 'reason',
      type: 'string',
      value: 'TEXT',
      text: 'why the sentence is disputed (disputed tags)',
    },
    {
      name: 'evidence',
      type: 'string',
      multiple: true,
      value: 'URL',
      text: 'a link to evidence, http(s) or mailto (disputed tags)',
    },
    {
      name: 'claimant',
      type: 'string',
      value: 'NAME',
      text: 'who made the claim (claim and disputed tags)',
    },
    {
      name: 'status',
      type: 'string',
      value: 'S',
      text: 'the check’s status: to-check, researching, verdict, published or not-checkable',
    },
    {
      name: 'verdict',
      type: 'string',
      value: 'V',
      text: 'a rating of the library’s scale (default: true, mostly-true, half-true, mostly-false, false, misleading, unverifiable)',
    },
    { name: 'summary', type: 'string', value: 'TEXT', text: 'the claim in one line' },
    {
      name: 'editor',
      type: 'string',
      value: 'NAME',
      text: 'tag as NAME (default: the library’s editor, printed)',
    },
  ],
  examples: [
    'factmark tag 40a7 --sentence 3 --kind quote --speaker "Donald Trump"',
    'factmark tag 40a7 --sentence 5 --to-sentence 6 --kind disputed --reason "No source" \\',
    '    --evidence https://example.org/a --evidence https://example.org/b',
    'factmark tag 40a7 --sentence 8 --kind claim --claimant "The White House" --verdict false',
  ],
  articleIds: () => [0],
}
