import { mkdir } from 'node:fs/promises'
import { Node } from 'prosemirror-model'
import { join } from 'node:path'
import { importCheckedPackage } from '../../../../electron/core/exchange/checked-import'
import { exportSignedPackage } from '../../../../electron/core/exchange/signed-export'
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { ExchangeError } from '../../../../shared/exchange/exchange-error'
import {
  packageChecksum,
  parsePackage,
  type FactmarkPackage,
} from '../../../../shared/exchange/package'
import { articleSchema } from '../../../../shared/editor/schema'
import { parsePlainText } from '../../../../shared/import/plain-text'
import type { Annotation, EditorRef } from '../../../../shared/model/annotation'
import { articleText } from '../../../../shared/text/article-text'
import { KILL_EDITOR } from './kill-work'

/** A real editor of another library, whose signed work the kill test's library accepted. */
export const RIA: EditorRef = { id: 'ria-santos', name: 'Ria Santos' }

/** The article Ria tagged: the kill test's saves never touch it. */
export const RIA_TEXT = 'Harbour Reopens\n\nThe harbour reopened on Friday. Ships came back.'

/** A forged package, as the file a forger hands over, and the refusal it must meet. */
export interface Forgery {
  /** What was forged, for the test's messages. */
  label: string
  /** The package file's text. */
  text: string
  /** The `ExchangeError` reason that must refuse it. */
  reason: string
}

/** The kill test's library after {@link prepareForgeries}: Ria's article, and the forgeries. */
export interface ForgeryDesk {
  articleId: string
  forgeries: Forgery[]
}

function tagOn(articleId: string, text: string, author: EditorRef, note: string): Annotation {
  const quote = 'The harbour reopened on Friday.'
  const start = text.indexOf(quote)
  const time = new Date(Date.UTC(2026, 2, 1, 9, 0)).toISOString()
  return {
    id: `${author.id.slice(0, 3)}-harbour`,
    articleId,
    author,
    kind: 'quote',
    target: describeSpan(text, start, start + quote.length),
    note,
    created: time,
    modified: time,
  }
}

/** `pkg` as its file carries it, edited by a forger who then recomputes the checksum. */
function edited(pkg: FactmarkPackage, edit: (raw: FactmarkPackage) => void): string {
  const raw = JSON.parse(JSON.stringify(pkg)) as FactmarkPackage
  edit(raw)
  const { checksum: _checksum, ...content } = raw
  const text = JSON.stringify({ ...content, checksum: packageChecksum(content) })
  parsePackage(text) // A well-formed package with a valid checksum: only the signature can tell.
  return text
}

/** A library in `dir` holding Ria's article, tagged by `editor` with `note`; its signed package. */
async function signedWorkOf(
  dir: string,
  editor: EditorRef,
  note: string,
): Promise<FactmarkPackage> {
  await mkdir(dir, { recursive: true })
  const store = await LibraryStore.open(dir)
  try {
    const { id } = await store.add(parsePlainText(RIA_TEXT), 'harbour.txt')
    const text = articleText(Node.fromJSON(articleSchema, (await store.get(id)).body))
    await store.saveWork(id, { tags: [tagOn(id, text, editor, note)] }, editor)
    return await exportSignedPackage(store, editor, 'all')
  } finally {
    await store.close()
  }
}

/**
 * Gives the library at `dataDir` (closed) Ria's real, signed work, accepted on first use, and
 * makes in `scratch` the three forgeries #21 names: a valid package from another library whose
 * editor also calls themselves Ria (signed by another key), Ria's own package with a tag's kind,
 * note and time changed and the checksum recomputed, and the same without its signature.
 */
export async function prepareForgeries(dataDir: string, scratch: string): Promise<ForgeryDesk> {
  const real = await signedWorkOf(join(scratch, 'ria'), RIA, 'Checked against the port log.')
  const impostor = await signedWorkOf(join(scratch, 'impostor'), RIA, 'Forged: never said.')
  const store = await LibraryStore.open(dataDir)
  let articleId: string
  try {
    articleId = (await store.add(parsePlainText(RIA_TEXT), 'harbour.txt')).id
    const report = await importCheckedPackage(store, real, KILL_EDITOR, false)
    if (report.trust?.status !== 'first-use') throw new Error('Ria’s real package was not accepted')
  } finally {
    await store.close()
  }
  const later = new Date(Date.UTC(2026, 5, 1)).toISOString()
  return {
    articleId,
    forgeries: [
      { label: 'another library’s Ria', text: JSON.stringify(impostor), reason: 'other-key' },
      {
        label: 'Ria’s package changed, checksum recomputed',
        text: edited(real, (raw) => {
          const tag = raw.articles[0]?.annotations[0]
          if (!tag) throw new Error('Ria’s package holds no tag')
          tag.kind = 'disputed'
          tag.note = 'Forged: disputed.'
          tag.modified = later
          raw.createdAt = later
        }),
        reason: 'forged',
      },
      {
        label: 'Ria’s package unsigned, checksum recomputed',
        text: edited(real, (raw) => delete raw.signature),
        reason: 'unsigned',
      },
    ],
  }
}

/**
 * Imports the forged package `forgery` into `store` as the kill test's editor, as a file they
 * chose. Resolves to the refusal's reason; rejects if the package was accepted.
 */
export async function importForged(store: LibraryStore, forgery: Forgery): Promise<string> {
  try {
    await importCheckedPackage(store, parsePackage(forgery.text), KILL_EDITOR, false)
  } catch (error) {
    if (error instanceof ExchangeError) return error.reason
    throw error
  }
  throw new Error(`the forged package (${forgery.label}) was accepted`)
}
