import { describe, expect, it } from 'vitest'
import { annotationSchema } from '../../../shared/model/annotation'
import {
  isTagKind,
  kindProperty,
  tagKindStyleSheet,
  KIND_LETTERS,
  KIND_NAMES,
  TAG_KIND_SPECS,
  TAG_KIND_TABLE,
  TAG_KINDS,
} from '../../../shared/model/tag-kinds'

const kinds = TAG_KIND_TABLE.map((spec) => spec.kind)

describe('the table of tag kinds', () => {
  it('gives every kind a distinct id, name, letter and pair of keys', () => {
    expect(kinds.length).toBeGreaterThan(0)
    for (const field of ['kind', 'name', 'letter'] as const) {
      expect(new Set(TAG_KIND_TABLE.map((spec) => spec[field])).size).toBe(kinds.length)
    }
    const keys = TAG_KIND_TABLE.flatMap((spec) => spec.keys)
    expect(new Set(keys).size).toBe(keys.length)
    for (const spec of TAG_KIND_TABLE) {
      expect(spec.kind).toMatch(/^[a-z]+$/)
      expect(spec.keys[0]).toMatch(/^[a-z]$/)
      expect(spec.keys[1]).toMatch(/^[1-9]$/)
      for (const colour of [spec.colour, spec.background, spec.dark.colour, spec.dark.background]) {
        expect(colour).toMatch(/^#[0-9a-f]{6}$/)
      }
    }
  })

  it('derives the ids, names, letters and lookups in table order', () => {
    expect([...TAG_KINDS]).toEqual(kinds)
    expect(Object.keys(TAG_KIND_SPECS)).toEqual(kinds)
    expect(Object.keys(KIND_NAMES)).toEqual(kinds)
    expect(Object.keys(KIND_LETTERS)).toEqual(kinds)
    for (const spec of TAG_KIND_TABLE) {
      expect(KIND_NAMES[spec.kind]).toBe(spec.name)
      expect(KIND_LETTERS[spec.kind]).toBe(spec.letter)
      expect(isTagKind(spec.kind)).toBe(true)
    }
    expect(isTagKind('verdict')).toBe(false)
  })

  it('makes the annotation schema accept exactly the table’s kinds', () => {
    const kindSchema = annotationSchema.shape.kind
    for (const kind of kinds) expect(kindSchema.safeParse(kind).success).toBe(true)
    expect(kindSchema.safeParse('verdict').success).toBe(false)
    expect([...kindSchema.options].sort()).toEqual([...kinds].sort())
  })
})

describe('tagKindStyleSheet', () => {
  it('defines each kind’s colour and background in both themes, and its rules', () => {
    const css = tagKindStyleSheet()
    const [light, dark] = css.split('@media (prefers-color-scheme: dark)')
    for (const spec of TAG_KIND_TABLE) {
      expect(light).toContain(`${kindProperty(spec.kind, 'colour')}: ${spec.colour};`)
      expect(light).toContain(`${kindProperty(spec.kind, 'background')}: ${spec.background};`)
      expect(dark).toContain(`${kindProperty(spec.kind, 'colour')}: ${spec.dark.colour};`)
      expect(dark).toContain(`${kindProperty(spec.kind, 'background')}: ${spec.dark.background};`)
      expect(css).toMatch(
        new RegExp(`\\.tag-${spec.kind} \\{[^}]*text-decoration-style: ${spec.underline};`),
      )
      expect(css).toContain(`.tag-label-${spec.kind} {`)
    }
  })
})
