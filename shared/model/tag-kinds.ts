/**
 * The one table of tag kinds. Everything that names a kind derives from it: the annotation schema
 * (`TAG_KINDS`), the editor's keys (`renderer/editor/keymaps.ts`), the legend, the toolbar and the
 * context menu, the Tag menu (`electron/main/menu.ts`), every export's look (letters, colours,
 * underline styles, W3C motivations) and the app's CSS custom properties (`tagKindStyleSheet`, put
 * into `renderer/styles.css` at build time by `vite.config.ts`). A new kind is a new row here. This
 * module imports nothing, so that the build's config can load it as it is.
 */

/** How one tag kind is named, keyed and drawn. */
export interface TagKindSpec {
  /** The kind's id, stored in every annotation: lowercase letters only. */
  readonly kind: string
  /** The kind's display name: legend, toolbar, menus, exports. */
  readonly name: string
  /** The letter drawn at the start of each tag, so that kinds differ without colour. */
  readonly letter: string
  /** The editor's keys that tag the selection as this kind: a letter and a digit. */
  readonly keys: readonly [letter: string, digit: string]
  /** The kind's colour (underline and label), as `#rrggbb`, in the light theme and in exports. */
  readonly colour: string
  /** The tint behind tagged text, as `#rrggbb`, in the light theme and in exports. */
  readonly background: string
  /** The colour and tint in the app's dark theme. */
  readonly dark: { readonly colour: string; readonly background: string }
  /** The CSS underline style, so that kinds differ without colour. */
  readonly underline: 'double' | 'solid' | 'wavy' | 'dotted'
  /** The same underline as WordprocessingML writes it (`w:u/@w:val`). */
  readonly wordUnderline: 'double' | 'single' | 'wave' | 'dotted'
  /** How the underline is described in words, for legends. */
  readonly underlineName: string
  /** The W3C Web Annotation motivation of a tag of this kind. */
  readonly motivation: 'classifying' | 'assessing' | 'describing'
}

const TABLE = [
  {
    kind: 'quote',
    name: 'Quote',
    letter: 'Q',
    keys: ['q', '1'],
    colour: '#1c6fd1',
    background: '#e3efff',
    dark: { colour: '#8dbdff', background: '#1d3150' },
    underline: 'double',
    wordUnderline: 'double',
    underlineName: 'double underline',
    motivation: 'classifying',
  },
  {
    kind: 'claim',
    name: 'Claim',
    letter: 'C',
    keys: ['c', '2'],
    colour: '#8a5a00',
    background: '#fff1cc',
    dark: { colour: '#f2c463', background: '#3d3012' },
    underline: 'solid',
    wordUnderline: 'single',
    underlineName: 'solid underline',
    motivation: 'classifying',
  },
  {
    kind: 'disputed',
    name: 'Disputed',
    letter: 'D',
    keys: ['d', '3'],
    colour: '#c0262d',
    background: '#ffe3e3',
    dark: { colour: '#ff9a9a', background: '#4a1f22' },
    underline: 'wavy',
    wordUnderline: 'wave',
    underlineName: 'wavy underline',
    motivation: 'assessing',
  },
  {
    kind: 'context',
    name: 'Context',
    letter: 'X',
    keys: ['x', '4'],
    colour: '#2e7d4f',
    background: '#e0f4e8',
    dark: { colour: '#8fd6a9', background: '#183626' },
    underline: 'dotted',
    wordUnderline: 'dotted',
    underlineName: 'dotted underline',
    motivation: 'describing',
  },
] as const satisfies readonly TagKindSpec[]

/** A tag's kind. */
export type TagKind = (typeof TABLE)[number]['kind']

/** Every kind, in the order the toolbar, legend, menus and keys (1–4) use. */
export const TAG_KIND_TABLE: readonly (TagKindSpec & { readonly kind: TagKind })[] = TABLE

/** The kinds' ids in table order (a tuple, for `z.enum`). */
export const TAG_KINDS = TABLE.map((spec) => spec.kind) as unknown as readonly [
  TagKind,
  ...TagKind[],
]

/** Each kind's row of the table, by id. */
export const TAG_KIND_SPECS: Readonly<Record<TagKind, TagKindSpec>> = Object.fromEntries(
  TABLE.map((spec) => [spec.kind, spec]),
) as Record<TagKind, TagKindSpec>

/** The display name of each tag kind (legend, toolbar, menus, exports). */
export const KIND_NAMES: Readonly<Record<TagKind, string>> = Object.fromEntries(
  TABLE.map((spec) => [spec.kind, spec.name]),
) as Record<TagKind, string>

/** The letter drawn at the start of each tag, by kind. */
export const KIND_LETTERS: Readonly<Record<TagKind, string>> = Object.fromEntries(
  TABLE.map((spec) => [spec.kind, spec.letter]),
) as Record<TagKind, string>

/** Whether a string is a tag kind's id. */
export function isTagKind(value: string): value is TagKind {
  return (TAG_KINDS as readonly string[]).includes(value)
}

/** The comment in `renderer/styles.css` that the build replaces with {@link tagKindStyleSheet}. */
export const TAG_KIND_CSS_MARKER = '/* @tag-kinds: generated from shared/model/tag-kinds.ts */'

/** The name of a kind's CSS custom property: `--kind-quote-colour`, `--kind-quote-background`. */
export function kindProperty(kind: string, part: 'colour' | 'background'): string {
  return `--kind-${kind}-${part}`
}

/**
 * The app's CSS for the tag kinds, made from the table: each kind's custom properties (light and
 * dark theme), its tagged-text rule (`.tag-<kind>`: tint, underline colour and style) and its
 * label rule (`.tag-<kind>` letter box, `.tag-label-<kind>`). The renderer's build puts it where
 * `renderer/styles.css` has {@link TAG_KIND_CSS_MARKER}, so the stylesheet names no kind itself.
 */
export function tagKindStyleSheet(): string {
  const light = TAG_KIND_TABLE.flatMap((spec) => [
    `  ${kindProperty(spec.kind, 'colour')}: ${spec.colour};`,
    `  ${kindProperty(spec.kind, 'background')}: ${spec.background};`,
  ])
  const dark = TAG_KIND_TABLE.flatMap((spec) => [
    `    ${kindProperty(spec.kind, 'colour')}: ${spec.dark.colour};`,
    `    ${kindProperty(spec.kind, 'background')}: ${spec.dark.background};`,
  ])
  const rules = TAG_KIND_TABLE.flatMap((spec) => [
    `.tag-${spec.kind} {`,
    `  background: var(${kindProperty(spec.kind, 'background')});`,
    `  text-decoration-color: var(${kindProperty(spec.kind, 'colour')});`,
    `  text-decoration-style: ${spec.underline};`,
    `}`,
    `.tag-label-${spec.kind} {`,
    `  background: var(${kindProperty(spec.kind, 'colour')});`,
    `}`,
  ])
  return [
    ':root {',
    ...light,
    '}',
    '@media (prefers-color-scheme: dark) {',
    '  :root {',
    ...dark,
    '  }',
    '}',
    ...rules,
  ].join('\n')
}
