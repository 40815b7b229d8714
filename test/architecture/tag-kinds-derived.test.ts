import { readFileSync } from 'node:fs'
import { renderToStaticMarkup } from 'react-dom/server'
import { createElement } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { menuTemplate, TAG_MENU_ITEMS } from '../../electron/main/menu'
import { KIND_STYLES } from '../../shared/export/kind-styles'
import { HTML_STYLES } from '../../shared/export/html-styles'
import { KIND_MOTIVATIONS } from '../../shared/export/w3c'
import { exportOptionsSchema } from '../../shared/ipc/validate'
import {
  TAG_KIND_CSS_MARKER,
  TAG_KIND_TABLE,
  tagKindStyleSheet,
} from '../../shared/model/tag-kinds'
import { Legend } from '../../renderer/components/article/Legend'
import { shortcutGroups } from '../../renderer/components/window/shortcut-list'
import { TAG_KEYS } from '../../renderer/editor/keymaps'
import { KIND_LABELS } from '../../renderer/editor/tag-plugin'
import { isTagMenuCommand } from '../../renderer/app/dispatcher'

// Every place that names tag kinds derives them from shared/model/tag-kinds.ts: each must cover
// exactly the table's kinds, so that a new kind is a one-file change.
const kinds = TAG_KIND_TABLE.map((spec) => spec.kind)
const sorted = (values: Iterable<string>) => [...values].sort()

describe('every place that names tag kinds covers exactly the table’s kinds', () => {
  it('export styles and W3C motivations', () => {
    expect(sorted(Object.keys(KIND_STYLES))).toEqual(sorted(kinds))
    expect(sorted(Object.keys(KIND_MOTIVATIONS))).toEqual(sorted(kinds))
    for (const spec of TAG_KIND_TABLE) {
      expect(KIND_STYLES[spec.kind].colour).toBe(spec.colour)
      expect(KIND_STYLES[spec.kind].letter).toBe(spec.letter)
      expect(KIND_MOTIVATIONS[spec.kind]).toBe(spec.motivation)
    }
  })

  it('the HTML export’s stylesheet', () => {
    const ruled = sorted(new Set([...HTML_STYLES.matchAll(/\.tag-([a-z]+) \{/g)].map((m) => m[1]!)))
    expect(ruled).toEqual(sorted([...kinds, 'changed']))
  })

  it('export options accept every kind and no other', () => {
    expect(exportOptionsSchema.shape.kinds.safeParse(kinds).success).toBe(true)
    expect(exportOptionsSchema.shape.kinds.safeParse(['verdict']).success).toBe(false)
  })

  it('the editor’s keys and labels', () => {
    expect(sorted(Object.keys(TAG_KEYS))).toEqual(sorted(kinds))
    expect(sorted(Object.keys(KIND_LABELS))).toEqual(sorted(kinds))
    for (const spec of TAG_KIND_TABLE) expect(TAG_KEYS[spec.kind]).toEqual(spec.keys)
  })

  it('the Tag menu and its commands', () => {
    const kindItems = TAG_MENU_ITEMS.filter((item) => item.command.startsWith('tag-'))
    expect(kindItems.map((item) => item.command)).toEqual(kinds.map((kind) => `tag-${kind}`))
    expect(kindItems.map((item) => item.key)).toEqual(
      TAG_KIND_TABLE.map((spec) => spec.keys[0].toUpperCase()),
    )
    for (const item of TAG_MENU_ITEMS) expect(isTagMenuCommand(item.command)).toBe(true)
    const send = vi.fn()
    const tagMenu = menuTemplate({
      appName: 'Factmark',
      isPackaged: true,
      platform: 'linux',
      send,
    }).find((menu) => menu.label === '&Tag')
    const labels = (tagMenu?.submenu as MenuItemConstructorOptions[]).map((item) => item.label)
    for (const spec of TAG_KIND_TABLE) expect(labels).toContain(spec.name)
  })

  it('the keyboard shortcut sheet and the legend', () => {
    const actions = shortcutGroups().flatMap((group) => group.shortcuts.map((s) => s.action))
    const legend = renderToStaticMarkup(createElement(Legend))
    for (const spec of TAG_KIND_TABLE) {
      expect(actions).toContain(`Tag as ${spec.name}, or untag`)
      expect(legend).toContain(`tag-label-${spec.kind}`)
      expect(legend).toContain(`>${spec.name}<`)
      expect(legend).toContain(`<kbd>${spec.keys[0].toUpperCase()}</kbd>`)
    }
    expect(legend.match(/<li>/g)).toHaveLength(kinds.length)
  })

  it('the app’s stylesheet: no kind named by hand, every kind property it uses defined', () => {
    const styles = readFileSync(new URL('../../renderer/styles.css', import.meta.url), 'utf8')
    expect(styles).toContain(TAG_KIND_CSS_MARKER)
    for (const kind of kinds) {
      expect(styles).not.toMatch(new RegExp(`\\.tag(-label)?-${kind}\\b`))
      expect(styles).not.toMatch(new RegExp(`--${kind}(-bg)?\\s*:`))
    }
    const built = styles.replace(TAG_KIND_CSS_MARKER, tagKindStyleSheet())
    const defined = new Set([...built.matchAll(/(--kind-[a-z-]+)\s*:/g)].map((m) => m[1]))
    const used = new Set([...built.matchAll(/var\((--kind-[a-z-]+)\)/g)].map((m) => m[1]))
    expect(used.size).toBeGreaterThan(0)
    for (const property of used) expect(defined).toContain(property)
    const tagged = sorted(
      new Set([...built.matchAll(/\.tag-label-([a-z]+) \{/g)].map((m) => m[1]!)),
    )
    expect(tagged).toEqual(sorted(kinds))
  })
})
