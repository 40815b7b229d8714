/** Which events the eval runs. */
export type SplitChoice = 'tuned' | 'heldout' | 'all'

/** The options of `npm run eval:story`. */
export interface EvalArgs {
  split: SplitChoice
  json: boolean
  verbose: boolean
  /** Run only these events (by folder name); empty for every event of the split. */
  events: string[]
}

/**
 * Reads `--split tuned|heldout|all` (default all), `--json`, `--verbose` and `--event NAME`
 * (repeatable; `--flag=value` works too). Throws on anything else, naming it.
 */
export function parseEvalArgs(argv: readonly string[]): EvalArgs {
  const args: EvalArgs = { split: 'all', json: false, verbose: false, events: [] }
  for (let index = 0; index < argv.length; index += 1) {
    const [flag = '', inline] = (argv[index] ?? '').split(/=(.*)/s, 2)
    const value = (): string => {
      const next = inline ?? argv[(index += 1)]
      if (next === undefined || next === '') throw new Error(`story-eval: ${flag} needs a value`)
      return next
    }
    if (flag === '--json') args.json = true
    else if (flag === '--verbose' || flag === '-v') args.verbose = true
    else if (flag === '--event') args.events.push(value())
    else if (flag === '--split') {
      const split = value().toLowerCase().replace('-', '')
      if (split !== 'tuned' && split !== 'heldout' && split !== 'all') {
        throw new Error(`story-eval: --split takes tuned, heldout or all, not “${split}”`)
      }
      args.split = split
    } else throw new Error(`story-eval: unknown option “${argv[index]}”`)
  }
  return args
}
