import type { TagKind } from '../model/annotation'

/** How a tag kind looks: the same letter, colours and underline style as in the app. */
export interface KindStyle {
  /** The letter drawn at the start of each tag (the app's `KIND_LABELS`). */
  letter: string
  /** The kind's display name (the app's `KIND_NAMES`). */
  name: string
  /** The kind's colour (underline and label), as `#rrggbb`: the app's light theme. */
  colour: string
  /** The tint behind tagged text, as `#rrggbb`: the app's light theme. */
  background: string
  /** The CSS underline style, so that kinds differ without colour. */
  underline: 'double' | 'solid' | 'wavy' | 'dotted'
  /** The same underline as WordprocessingML writes it (`w:u/@w:val`). */
  wordUnderline: 'double' | 'single' | 'wave' | 'dotted'
  /** How the underline is described in words, for legends. */
  underlineName: string
}

/**
 * The look of each tag kind, mirroring `renderer/styles.css` (`.tag-*`, `.tag-label-*`) and the
 * renderer, whose `KIND_LABELS` and `KIND_NAMES` are taken from here, so that every export reads
 * like the app.
 */
export const KIND_STYLES: Readonly<Record<TagKind, KindStyle>> = {
  quote: {
    letter: 'Q',
    name: 'Quote',
    colour: '#1c6fd1',
    background: '#e3efff',
    underline: 'double',
    wordUnderline: 'double',
    underlineName: 'double underline',
  },
  claim: {
    letter: 'C',
    name: 'Claim',
    colour: '#8a5a00',
    background: '#fff1cc',
    underline: 'solid',
    wordUnderline: 'single',
    underlineName: 'solid underline',
  },
  disputed: {
    letter: 'D',
    name: 'Disputed',
    colour: '#c0262d',
    background: '#ffe3e3',
    underline: 'wavy',
    wordUnderline: 'wave',
    underlineName: 'wavy underline',
  },
  context: {
    letter: 'X',
    name: 'Context',
    colour: '#2e7d4f',
    background: '#e0f4e8',
    underline: 'dotted',
    wordUnderline: 'dotted',
    underlineName: 'dotted underline',
  },
}
