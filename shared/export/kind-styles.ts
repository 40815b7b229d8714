import { TAG_KIND_TABLE, type TagKind, type TagKindSpec } from '../model/tag-kinds'

/** How a tag kind looks in an export: the same letter, colours and underline style as in the app. */
export type KindStyle = Pick<
  TagKindSpec,
  'letter' | 'name' | 'colour' | 'background' | 'underline' | 'wordUnderline' | 'underlineName'
>

/**
 * The look of each tag kind in exports, taken from the one table (`shared/model/tag-kinds.ts`)
 * that the app's stylesheet, legend and keys also come from, so that every export reads like the
 * app. Light theme only: exports are printed.
 */
export const KIND_STYLES: Readonly<Record<TagKind, KindStyle>> = Object.fromEntries(
  TAG_KIND_TABLE.map(
    ({ kind, letter, name, colour, background, underline, wordUnderline, underlineName }) => [
      kind,
      { letter, name, colour, background, underline, wordUnderline, underlineName },
    ],
  ),
) as Record<TagKind, KindStyle>
