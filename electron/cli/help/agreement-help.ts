import { argumentsFrom, type CommandHelp } from '../command-help'

/** `factmark agreement`. */
export const agreementHelp: CommandHelp = {
  name: 'agreement',
  synopsis: ['agreement <id>|--all [--json]'],
  summary: 'how far the editors agree, sentence by sentence',
  description:
    'Sentence-by-sentence agreement between the editors who tagged the article (or the library, with --all): conflicts (different kinds) and coverage gaps (tagged by some editors only), percent agreement, Cohen’s kappa (two editors) and Krippendorff’s alpha with their usual readings, and the confusion matrix.',
  options: [
    { name: 'all', type: 'boolean', text: 'the whole library' },
    { name: 'json', type: 'boolean', text: 'print the report as JSON' },
  ],
  articleIds: argumentsFrom(0),
}
