import { expect } from 'vitest'
import type { Annotation } from '../../../shared/model/annotation'
import { importSeed, run } from './cli-harness'

/** What {@link seededTag} makes: the seed article, its numbered sentences and the one tag. */
export interface SeededTag {
  /** The seed article's id. */
  id: string
  /** The tag's id, as `factmark tag` printed it. */
  tagId: string
  /** The article's sentences as `show` numbers them. */
  sentences: string[]
}

/** How {@link seededTag} tags the seed: sentence 1, a claim, by Ana Ruiz, unless told. */
export interface SeedTagOptions {
  sentence?: number
  kind?: string
  editor?: string
  /** More `tag` flags (`--speaker`, `--claimant` …). */
  flags?: readonly string[]
}

/**
 * A library in `dir` holding the seed article with one tag made through the CLI
 * (`factmark tag <id> --sentence N --kind K --editor E`), the setup the command tests share.
 */
export async function seededTag(dir: string, options: SeedTagOptions = {}): Promise<SeededTag> {
  const { id, sentences } = await importSeed(dir)
  const tagged = await run([
    '--data-dir',
    dir,
    'tag',
    id,
    '--sentence',
    String(options.sentence ?? 1),
    '--kind',
    options.kind ?? 'claim',
    '--editor',
    options.editor ?? 'Ana Ruiz',
    ...(options.flags ?? []),
  ])
  expect(tagged.code, tagged.stderr).toBe(0)
  return { id, tagId: tagged.stdout.trim(), sentences }
}

/** The article's tags as `factmark tags <id> --json` lists them, each with its sentence number. */
export async function tagsOf(
  dir: string,
  id: string,
): Promise<(Annotation & { sentence: number })[]> {
  const listed = await run(['--data-dir', dir, 'tags', id, '--json'])
  expect(listed.code, listed.stderr).toBe(0)
  return JSON.parse(listed.stdout) as (Annotation & { sentence: number })[]
}
