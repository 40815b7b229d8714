import { applyFactCheckChange } from '../../shared/fact-check/apply-fact-check-change'
import {
  parseFactCheckFlags,
  type FactCheckChange,
  type FactCheckFlagValues,
} from '../../shared/fact-check/parse-fact-check-flags'
import { FactmarkError } from '../../shared/ipc/result'
import { annotationSchema, tagIdSchema, type Annotation } from '../../shared/model/annotation'
import {
  DEFAULT_RATING_SCALE,
  carriesFactCheck,
  claimStatusName,
  ratingById,
  type RatingScale,
} from '../../shared/model/fact-check'
import type { LibraryStore } from '../core/store/library-store'
import { SettingsStore } from '../core/store/settings-store'
import { actingEditor, loginName } from './acting-editor'
import type { CliIo } from './cli-io'
import { UsageError } from './usage-error'
import { withLibrary } from './with-library'

/** The options `verdict` reads, as `parseArgs` returns them. */
export interface VerdictOptionValues extends FactCheckFlagValues {
  editor?: string | undefined
  json?: boolean | undefined
}

/** A checked `verdict` command line, before the library's scale is known. */
export interface VerdictRequest {
  tagId: string
  flags: FactCheckFlagValues
  editorName?: string | undefined
  json: boolean
}

/** Checks the shape of a `verdict` command line; a {@link UsageError} if wrong. */
export function parseVerdictRequest(
  positionals: readonly string[],
  values: VerdictOptionValues,
): VerdictRequest {
  if (positionals.length !== 1) {
    throw new UsageError(`verdict takes exactly one tag id, got ${positionals.length}`)
  }
  const tagId = positionals[0] ?? ''
  if (!tagIdSchema.safeParse(tagId).success) {
    throw new UsageError(`“${tagId}” is not a tag id: tags --json prints each tag’s id`)
  }
  const flags: FactCheckFlagValues = {
    status: values.status,
    verdict: values.verdict,
    claimant: values.claimant,
    summary: values.summary,
  }
  if (Object.values(flags).every((value) => value === undefined)) {
    throw new UsageError('verdict needs at least one of --status, --verdict, --claimant, --summary')
  }
  return { tagId, flags, editorName: values.editor, json: values.json ?? false }
}

/** Where a tag was found: its article and the whole tag. */
interface FoundTag {
  articleId: string
  tag: Annotation
}

async function findTag(store: LibraryStore, tagId: string): Promise<FoundTag> {
  for (const meta of store.list()) {
    const tag = (await store.tags(meta.id)).find((entry) => entry.id === tagId)
    if (tag) return { articleId: meta.id, tag }
  }
  throw new FactmarkError('not-found', `No tag with id ${tagId} is in the library.`)
}

/** The result `verdict` prints. */
export interface VerdictResult {
  tag: Annotation
  articleId: string
  scale: RatingScale
}

/**
 * Changes the fact-check of one tag of the acting editor's (claim or disputed) and saves it: the
 * same rule as the app's fields and keys (a verdict moves the status to "verdict", a status
 * before "verdict" drops the verdict, a new verdict is stamped). Status and verdict names are
 * checked against the statuses' table and the library's rating scale.
 */
export async function changeVerdict(
  store: LibraryStore,
  request: VerdictRequest,
): Promise<VerdictResult> {
  const settings = await SettingsStore.open(store.dataDir, loginName())
  const scale = settings.factCheck.ratingScale ?? DEFAULT_RATING_SCALE
  const parsed = parseFactCheckFlags(request.flags, scale)
  if (!parsed.ok) throw new UsageError(parsed.message)
  const editor =
    request.editorName === undefined
      ? settings.editor
      : await actingEditor(store.dataDir, request.editorName)
  const { articleId, tag } = await findTag(store, request.tagId)
  if (!carriesFactCheck(tag.kind)) {
    throw new FactmarkError(
      'invalid-argument',
      `Tag ${tag.id} is a ${tag.kind} tag: only claim and disputed tags carry a verdict.`,
    )
  }
  if (tag.author.id !== editor.id) {
    throw new FactmarkError(
      'forbidden',
      `Tag ${tag.id} is ${tag.author.name}’s: only its author changes its fact-check (you are ${editor.name}; --editor acts as someone else).`,
    )
  }
  const change: FactCheckChange = parsed.value
  const now = new Date().toISOString()
  let factCheck
  try {
    factCheck = applyFactCheckChange(tag.factCheck, change, now)
  } catch {
    throw new UsageError(
      `--verdict needs the status verdict or published, not ${change.status ?? 'none'}: leave out --status, or give one of those`,
    )
  }
  const updated = annotationSchema.parse({ ...tag, factCheck, modified: now })
  const mine = (await store.tags(articleId)).filter((entry) => entry.author.id === editor.id)
  await store.saveWork(
    articleId,
    { tags: mine.map((entry) => (entry.id === updated.id ? updated : entry)) },
    editor,
  )
  return { tag: updated, articleId, scale }
}

/** One line saying where a fact-check stands: `status: Verdict, verdict: False, claimant: …`. */
export function describeFactCheck(result: VerdictResult): string {
  const check = result.tag.factCheck
  if (!check) return 'no fact-check'
  const parts = [`status: ${claimStatusName(check.status)}`]
  if (check.verdict) {
    parts.push(`verdict: ${ratingById(result.scale, check.verdict)?.name ?? check.verdict}`)
  }
  if (check.claimant) parts.push(`claimant: ${check.claimant}`)
  if (check.summary) parts.push(`summary: ${check.summary}`)
  return parts.join(', ')
}

/**
 * `factmark verdict <tag-id> [--status S] [--verdict V] [--claimant C] [--summary T] [--editor
 * NAME] [--json]`: prints the tag's id and where its fact-check now stands, or the tag as JSON.
 */
export async function verdictCommand(
  dataDir: string,
  positionals: readonly string[],
  values: VerdictOptionValues,
  io: CliIo,
): Promise<number> {
  const request = parseVerdictRequest(positionals, values)
  const result = await withLibrary(dataDir, io, (store) => changeVerdict(store, request))
  if (request.json) {
    io.stdout(`${JSON.stringify({ articleId: result.articleId, tag: result.tag }, null, 2)}\n`)
  } else {
    io.stdout(`${result.tag.id} ${describeFactCheck(result)}\n`)
  }
  return 0
}
