/** The kinds of web-copy debris the detector recognises. */
export const DEBRIS_KINDS = [
  'comment-form',
  'share-widget',
  'advertisement',
  'photo-caption',
  'photo-credit',
  'image-residue',
  'embedded-post',
  'truncated',
  'related-link',
  'page-meta',
  'copyright',
  'source-credit',
  'notice',
  'page-code',
  'repeated-text',
] as const

/** One kind of web-copy debris. */
export type DebrisKind = (typeof DEBRIS_KINDS)[number]

/** What each kind is called in the editor's words ("Possible debris: photo credit"). */
export const DEBRIS_LABELS: Readonly<Record<DebrisKind, string>> = {
  'comment-form': 'comment form',
  'share-widget': 'share or subscribe widget',
  advertisement: 'advertisement marker',
  'photo-caption': 'photo caption',
  'photo-credit': 'photo credit',
  'image-residue': 'image residue',
  'embedded-post': 'embedded post',
  truncated: 'cut-off sentence',
  'related-link': 'link to another article',
  'page-meta': 'byline, date or reading time',
  copyright: 'copyright notice',
  'source-credit': 'source or agency credit',
  notice: 'editorial notice',
  'page-code': 'leftover page code',
  'repeated-text': 'text printed twice',
}

/**
 * A piece of possible debris inside one block: offsets into the block's text (`to` exclusive),
 * its kind and why it was flagged, in words for the editor.
 */
export interface BlockDebris {
  from: number
  to: number
  kind: DebrisKind
  reason: string
  /**
   * Set on a cut-off ending that is plainly cut (a word broken off, a dangling "the", an unclosed
   * quotation, words after a finished sentence), which is flagged even in a block marked as a
   * heading.
   */
  plain?: boolean
  /**
   * Set on a short cut-off ending with no other sign of the cut than its missing full stop ("Many
   * of the remains"), which is flagged only when a paragraph of prose comes before it.
   */
  afterProse?: boolean
}
