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
import type { LibraryStore } from '../core/store/library-store'
import { loginName, openSettings } from './acting-editor'
import type { CliIo } from './cli-io'
import { loadArticle } from './load-article'
import { UsageError } from './usage-error'
import { withLibrary } from './with-library'

/** The options `tag` reads, as `parseArgs` returns them. */
export interface TagOptionValues {
  sentence?: string | undefined
  kind?: string | undefined
  note?: string | undefined
  editor?: string | undefined
}

/** A checked `tag` command line. */
export interface TagRequest {
  articleId: string
  /** The sentence's number as `show` prints it, counting from 0. */
  sentence: number
  kind: TagKind
  note: string
  /** The `--editor` name, trimmed; absent to tag as the library's editor. */
  editorName?: string | undefined
}

function isTagKind(value: string): value is TagKind {
  return (TAG_KINDS as readonly string[]).includes(value)
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
  if (!/^\d+$/.test(values.sentence)) {
    throw new UsageError(
      `--sentence must be a whole number counting from 0, got “${values.sentence}”`,
    )
  }
  if (values.kind === undefined) {
    throw new UsageError(`tag needs --kind K, one of ${TAG_KINDS.join(', ')}`)
  }
  if (!isTagKind(values.kind)) {
    throw new UsageError(`unknown kind “${values.kind}”: use one of ${TAG_KINDS.join(', ')}`)
  }
  const note = annotationSchema.shape.note.safeParse(values.note ?? '')
  if (!note.success) {
    throw new UsageError(`--note is not valid: ${note.error.issues[0]?.message ?? 'bad note'}`)
  }
  let editorName: string | undefined
  if (values.editor !== undefined) {
    const name = editorRefSchema.shape.name.safeParse(values.editor)
    if (!name.success) {
      throw new UsageError(
        `--editor is not valid: ${name.error.issues[0]?.message ?? 'bad editor name'}`,
      )
    }
    editorName = name.data
  }
  return {
    articleId,
    sentence: Number(values.sentence),
    kind: values.kind,
    note: note.data,
    editorName,
  }
}

async function actingEditor(dataDir: string, name: string | undefined): Promise<EditorRef> {
  if (name !== undefined) return { id: editorIdFor(name), name }
  return (await openSettings(dataDir, loginName())).editor
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

/**
 * Tags one sentence of an article for one editor and saves it, returning the tag. An editor has
 * one tag per sentence: if their tag already lands exactly on that sentence in the current text,
 * its kind and note are replaced (its id and creation time kept); otherwise a new tag is added.
 * Other editors' tags are never touched.
 */
export async function tagSentence(store: LibraryStore, request: TagRequest): Promise<Annotation> {
  const { text, sentences } = await loadArticle(store, request.articleId)
  const span = sentences[request.sentence]
  if (!span) {
    throw new UsageError(
      sentences.length === 0
        ? `article ${request.articleId} has no sentences to tag`
        : `sentence ${request.sentence} is out of range: article ${request.articleId} has ${sentences.length} sentences, numbered 0 to ${sentences.length - 1}`,
    )
  }
  const editor = await actingEditor(store.dataDir, request.editorName)
  const now = new Date().toISOString()
  const mine = (await store.tags(request.articleId)).filter((tag) => tag.author.id === editor.id)
  const existing = mine.findIndex((tag) => {
    const result = anchor(text, tag.target)
    return (
      (result.status === 'anchored' || result.status === 'changed') &&
      result.start === span.start &&
      result.end === span.end
    )
  })
  let tag: Annotation
  let tags: Annotation[]
  if (existing >= 0) {
    const previous = mine[existing] as Annotation
    tag = checkedTag({ ...previous, kind: request.kind, note: request.note, modified: now })
    tags = mine.map((other, index) => (index === existing ? tag : other))
  } else {
    tag = checkedTag({
      id: randomUUID(),
      articleId: request.articleId,
      author: editor,
      kind: request.kind,
      target: describe(text, span.start, span.end),
      note: request.note,
      created: now,
      modified: now,
    })
    tags = [...mine, tag]
  }
  await store.saveWork(request.articleId, { tags }, editor)
  return tag
}

/** `factmark tag <id> --sentence N --kind K [--note TEXT] [--editor NAME]`: prints the tag id. */
export async function tagCommand(
  dataDir: string,
  positionals: readonly string[],
  values: TagOptionValues,
  io: CliIo,
): Promise<number> {
  const request = parseTagRequest(positionals, values)
  const tag = await withLibrary(dataDir, io, (store) => tagSentence(store, request))
  io.stdout(`${tag.id}\n`)
  return 0
}
