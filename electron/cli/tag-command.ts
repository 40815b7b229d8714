import { randomUUID } from 'node:crypto'
import { anchor, describe } from '../../shared/anchoring'
import { FactmarkError } from '../../shared/ipc/result'
import {
  annotationSchema,
  editorRefSchema,
  TAG_KINDS,
  type Annotation,
  type EditorRef,
  type TagKind,
} from '../../shared/model/annotation'
import { editorIdFor } from '../../shared/model/editor-id'
import { applyFactCheckChange } from '../../shared/fact-check/apply-fact-check-change'
import {
  parseFactCheckFlags,
  type FactCheckFlagValues,
} from '../../shared/fact-check/parse-fact-check-flags'
import {
  DEFAULT_RATING_SCALE,
  type FactCheck,
  type RatingScale,
} from '../../shared/model/fact-check'
import type { LibraryStore } from '../core/store/library-store'
import { loginName, openSettings } from './acting-editor'
import { text, texts, type CommandContext } from './command-context'
import { loadArticle } from './load-article'
import { UsageError } from './usage-error'
import { withLibrary } from './with-library'

/** The options `tag` reads, as `parseArgs` returns them. */
export interface TagOptionValues extends FactCheckFlagValues {
  sentence?: string | undefined
  'to-sentence'?: string | undefined
  kind?: string | undefined
  note?: string | undefined
  speaker?: string | undefined
  reason?: string | undefined
  evidence?: readonly string[] | undefined
  editor?: string | undefined
}

/** A checked `tag` command line (the fact-check flags are checked against the library's scale). */
export interface TagRequest {
  articleId: string
  /** The first sentence's number as `show` prints it, counting from 0. */
  sentence: number
  /** The last sentence of the span (the same as `sentence` for one sentence). */
  toSentence: number
  kind: TagKind
  note: string
  speaker?: string | undefined
  reason?: string | undefined
  evidence?: string[] | undefined
  /** The fact-check flags as typed; checked when the library's rating scale is known. */
  factCheck: FactCheckFlagValues
  /** The `--editor` name, trimmed; absent to tag as the library's editor. */
  editorName?: string | undefined
}

function isTagKind(value: string): value is TagKind {
  return (TAG_KINDS as readonly string[]).includes(value)
}

function sentenceNumber(value: string, flag: string): number {
  if (!/^\d+$/.test(value)) {
    throw new UsageError(`${flag} must be a whole number counting from 0, got “${value}”`)
  }
  return Number(value)
}

type Parsed<T> =
  { success: true; data: T } | { success: false; error: { issues: { message: string }[] } }

/** A field checked against the annotation schema, or a usage error naming its flag. */
function field<T>(flag: string, parsed: Parsed<T>): T {
  if (!parsed.success) {
    throw new UsageError(`${flag} is not valid: ${parsed.error.issues[0]?.message ?? 'bad value'}`)
  }
  return parsed.data
}

/** Refuses a flag given for a kind of tag that does not carry its field. */
function onlyFor(given: boolean, flag: string, kinds: readonly TagKind[], kind: TagKind): void {
  if (given && !kinds.includes(kind)) {
    throw new UsageError(`${flag} is for ${kinds.join(' and ')} tags, not ${kind}`)
  }
}

/** Checks the arguments of `tag` without touching the library; a {@link UsageError} if wrong. */
export function parseTagRequest(
  positionals: readonly string[],
  values: TagOptionValues,
): TagRequest {
  if (positionals.length !== 1) {
    throw new UsageError(`tag takes exactly one article id, got ${positionals.length}`)
  }
  const articleId = positionals[0] ?? ''
  if (values.sentence === undefined) {
    throw new UsageError('tag needs --sentence N, the sentence number that show prints')
  }
  const sentence = sentenceNumber(values.sentence, '--sentence')
  const toSentence =
    values['to-sentence'] === undefined
      ? sentence
      : sentenceNumber(values['to-sentence'], '--to-sentence')
  if (toSentence < sentence) {
    throw new UsageError(
      `--to-sentence ${toSentence} comes before --sentence ${sentence}: a span runs forwards`,
    )
  }
  if (values.kind === undefined) {
    throw new UsageError(`tag needs --kind K, one of ${TAG_KINDS.join(', ')}`)
  }
  if (!isTagKind(values.kind)) {
    throw new UsageError(`unknown kind “${values.kind}”: use one of ${TAG_KINDS.join(', ')}`)
  }
  const kind = values.kind
  const note = field('--note', annotationSchema.shape.note.safeParse(values.note ?? ''))
  onlyFor(values.speaker !== undefined, '--speaker', ['quote'], kind)
  onlyFor(values.reason !== undefined, '--reason', ['disputed'], kind)
  onlyFor((values.evidence?.length ?? 0) > 0, '--evidence', ['disputed'], kind)
  const factCheck: FactCheckFlagValues = {
    claimant: values.claimant,
    status: values.status,
    verdict: values.verdict,
    summary: values.summary,
  }
  for (const name of ['claimant', 'status', 'verdict', 'summary'] as const) {
    onlyFor(factCheck[name] !== undefined, `--${name}`, ['claim', 'disputed'], kind)
  }
  const speaker =
    values.speaker === undefined
      ? undefined
      : field('--speaker', annotationSchema.shape.speaker.safeParse(values.speaker.trim()))
  const reason =
    values.reason === undefined
      ? undefined
      : field('--reason', annotationSchema.shape.reason.safeParse(values.reason.trim()))
  const evidence =
    values.evidence === undefined || values.evidence.length === 0
      ? undefined
      : field(
          '--evidence',
          annotationSchema.shape.evidence.safeParse(values.evidence.map((link) => link.trim())),
        )
  let editorName: string | undefined
  if (values.editor !== undefined) {
    editorName = field('--editor', editorRefSchema.shape.name.safeParse(values.editor))
  }
  return {
    articleId,
    sentence,
    toSentence,
    kind,
    note,
    speaker,
    reason,
    evidence,
    factCheck,
    editorName,
  }
}

/** Whether any fact-check flag was given. */
function hasFactCheck(flags: FactCheckFlagValues): boolean {
  return Object.values(flags).some((value) => value !== undefined)
}

/** Who tags (and whether that is the library's editor, by default) and the rating scale. */
async function librarySettings(
  dataDir: string,
  name: string | undefined,
): Promise<{ editor: EditorRef; byDefault: boolean; scale: RatingScale }> {
  const settings = await openSettings(dataDir, loginName())
  const scale = settings.factCheck.ratingScale ?? DEFAULT_RATING_SCALE
  if (name !== undefined)
    return { editor: { id: editorIdFor(name), name }, byDefault: false, scale }
  return { editor: settings.editor, byDefault: true, scale }
}

function checkedTag(tag: Annotation): Annotation {
  const parsed = annotationSchema.safeParse(tag)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new FactmarkError(
      'invalid-argument',
      `The tag cannot be saved: ${issue?.path.join('.') || '(tag)'}: ${issue?.message ?? 'invalid'}`,
    )
  }
  return parsed.data
}

/** What `tagSentence` did: the tag, and who it was credited to. */
export interface TagOutcome {
  tag: Annotation
  editor: EditorRef
  /** True when the editor is the library's (no --editor given). */
  byDefault: boolean
}

/**
 * Tags a sentence (or a span of sentences) of an article for one editor and saves it. An editor
 * has one tag per span: if their tag already lands exactly on it in the current text, it is
 * replaced by the new one (its id and creation time kept); otherwise a new tag is added. Other
 * editors' tags are never touched. The fact-check flags are checked against the library's rating
 * scale and applied by `applyFactCheckChange`, the rule the app's fields follow.
 */
export async function tagSentence(store: LibraryStore, request: TagRequest): Promise<TagOutcome> {
  const { text, sentences } = await loadArticle(store, request.articleId)
  const first = sentences[request.sentence]
  const last = sentences[request.toSentence]
  if (!first || !last) {
    const wrong = first ? request.toSentence : request.sentence
    throw new UsageError(
      sentences.length === 0
        ? `article ${request.articleId} has no sentences to tag`
        : `sentence ${wrong} is out of range: article ${request.articleId} has ${sentences.length} sentences, numbered 0 to ${sentences.length - 1}`,
    )
  }
  const span = { start: first.start, end: last.end }
  const { editor, byDefault, scale } = await librarySettings(store.dataDir, request.editorName)
  const now = new Date().toISOString()
  let factCheck: FactCheck | undefined
  if (hasFactCheck(request.factCheck)) {
    const change = parseFactCheckFlags(request.factCheck, scale)
    if (!change.ok) throw new UsageError(change.message)
    try {
      factCheck = applyFactCheckChange(undefined, change.value, now)
    } catch (error) {
      throw new UsageError((error as Error).message.replace(/^fact-check: /, ''))
    }
  }
  const mine = (await store.tags(request.articleId)).filter((tag) => tag.author.id === editor.id)
  const existing = mine.findIndex((tag) => {
    const result = anchor(text, tag.target)
    return (
      (result.status === 'anchored' || result.status === 'changed') &&
      result.start === span.start &&
      result.end === span.end
    )
  })
  const previous = existing >= 0 ? mine[existing] : undefined
  const tag = checkedTag({
    id: previous?.id ?? randomUUID(),
    articleId: request.articleId,
    author: editor,
    kind: request.kind,
    target: previous?.target ?? describe(text, span.start, span.end),
    note: request.note,
    ...(request.speaker ? { speaker: request.speaker } : {}),
    ...(request.reason ? { reason: request.reason } : {}),
    ...(request.evidence ? { evidence: request.evidence } : {}),
    ...(factCheck ? { factCheck } : {}),
    created: previous?.created ?? now,
    modified: now,
  })
  const tags = previous
    ? mine.map((other, index) => (index === existing ? tag : other))
    : [...mine, tag]
  await store.saveWork(request.articleId, { tags }, editor)
  return { tag, editor, byDefault }
}

/**
 * `factmark tag <id> --sentence N --kind K [...]`: prints the tag id, and on stderr whom the tag
 * is credited to when that is the library's editor by default.
 */
export async function tagCommand(context: CommandContext): Promise<number> {
  const request = parseTagRequest(context.args, {
    sentence: text(context, 'sentence'),
    'to-sentence': text(context, 'to-sentence'),
    kind: text(context, 'kind'),
    note: text(context, 'note'),
    speaker: text(context, 'speaker'),
    reason: text(context, 'reason'),
    evidence: context.values.evidence === undefined ? undefined : texts(context, 'evidence'),
    claimant: text(context, 'claimant'),
    status: text(context, 'status'),
    verdict: text(context, 'verdict'),
    summary: text(context, 'summary'),
    editor: text(context, 'editor'),
  })
  const outcome = await withLibrary(context.dataDir, context.io, (store) =>
    tagSentence(store, request),
  )
  context.io.stdout(`${outcome.tag.id}\n`)
  if (outcome.byDefault) {
    context.io.stderr(
      `factmark: tagged as ${outcome.editor.name}, the library’s editor (--editor NAME tags as someone else)\n`,
    )
  }
  return 0
}
