import { XML_DECLARATION } from './docx-runs'
import type { PlacedTag, TaggedArticle } from './placed-tags'
import { outcomeOf, type DiscussionEntry } from './review-outcome'

/** The `w14`/`w15` namespaces Word's threaded comments live in. */
export const W14_NAMESPACE = 'http://schemas.microsoft.com/office/word/2010/wordml'

/** See {@link W14_NAMESPACE}. */
export const W15_NAMESPACE = 'http://schemas.microsoft.com/office/word/2012/wordml'

/** The markup-compatibility namespace, which lets older readers ignore `w14`/`w15`. */
export const MC_NAMESPACE = 'http://schemas.openxmlformats.org/markup-compatibility/2006'

/** One comment of a tag's discussion as a Word reply to the tag's comment. */
export interface DocxReply {
  /** The reply's comment id, after every tag's. */
  id: number
  /** The `w14:paraId` of the reply's paragraph. */
  paraId: string
  /** The `w14:paraId` of the tag comment's last paragraph, which the reply threads under. */
  parentParaId: string
  comment: DiscussionEntry
}

/**
 * The `w14:paraId` of the last paragraph of comment `id`: eight hex digits, unique in the package
 * and below 0x80000000 as the format requires.
 */
export function commentParaId(id: number): string {
  return (0x10000000 + id).toString(16).toUpperCase().padStart(8, '0')
}

/**
 * The replies of each placed tag's comment, by tag number: its discussion in time order, the
 * way Word threads comments (each reply a comment of its own over the same text, tied to its
 * parent in `commentsExtended.xml` by `w15:paraIdParent`). Reply ids follow every tag's number.
 */
export function docxReplies(tagged: TaggedArticle): Map<number, DocxReply[]> {
  const replies = new Map<number, DocxReply[]>()
  let next = tagged.placed.length + tagged.unplaced.length
  for (const tag of tagged.placed) {
    const { discussion } = outcomeOf(tagged.outcomes, tag.annotation.id)
    if (discussion.length === 0) continue
    const parentParaId = commentParaId(tag.number - 1)
    replies.set(
      tag.number,
      discussion.map((comment) => {
        const id = next++
        return { id, paraId: commentParaId(id), parentParaId, comment }
      }),
    )
  }
  return replies
}

/** The replies of one placed tag (none when it has no discussion). */
export function repliesOf(replies: ReadonlyMap<number, DocxReply[]>, tag: PlacedTag): DocxReply[] {
  return replies.get(tag.number) ?? []
}

/**
 * `word/commentsExtended.xml`: one `w15:commentEx` per comment, by the paraId of its last
 * paragraph, a reply naming its parent's in `w15:paraIdParent`; none marked done.
 */
export function commentsExtendedXml(
  tagged: TaggedArticle,
  replies: ReadonlyMap<number, DocxReply[]>,
): string {
  const entries: string[] = []
  for (const tag of tagged.placed) {
    entries.push(`<w15:commentEx w15:paraId="${commentParaId(tag.number - 1)}" w15:done="0"/>`)
    for (const reply of repliesOf(replies, tag)) {
      entries.push(
        `<w15:commentEx w15:paraId="${reply.paraId}" w15:paraIdParent="${reply.parentParaId}" w15:done="0"/>`,
      )
    }
  }
  return [
    XML_DECLARATION,
    `<w15:commentsEx xmlns:mc="${MC_NAMESPACE}" xmlns:w15="${W15_NAMESPACE}" mc:Ignorable="w15">`,
    ...entries,
    '</w15:commentsEx>',
    '',
  ].join('\n')
}
