import { describe, expect, it } from 'vitest'
import { escapeMarkup } from '../../../shared/export/escape-markup'
import { stripIllegalCharacters } from '../../../shared/export/illegal-characters'
import { parseXml } from './xml-tree'

describe('stripIllegalCharacters', () => {
  it('drops controls, lone surrogates and noncharacters, and keeps everything else', () => {
    const kept = 'tab\t LF\n CR\r é 漢 👩‍💻 \u202Ebidi\u202C \u00A0 \uFFFD \u{10FFFD}'
    expect(stripIllegalCharacters(kept)).toBe(kept)
    const dropped =
      '\u0000\u0001\u0008\u000B\u000C\u000E\u001F\u007F\u0080\u0085\u009F\uDFFF\uD800\uFDD0\uFDEF\uFFFE\uFFFF\u{1FFFE}\u{10FFFF}'
    expect(stripIllegalCharacters(`a${dropped}b`)).toBe('ab')
  })
})

describe('escapeMarkup', () => {
  it('makes any string a well-formed XML text and attribute value that reads back the same', () => {
    const hostile = `<a href="x" onclick='y'>&amp; ]]> \u2028 \u2029 \u0000 \uD800</a>`
    const escaped = escapeMarkup(hostile)
    expect(escaped).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp; ]]&gt; &#x2028; &#x2029;  &lt;/a&gt;',
    )
    const document = parseXml(`<r a="${escaped}">${escaped}</r>`)
    const expected = stripIllegalCharacters(hostile)
    expect(document.documentElement.textContent).toBe(expected)
    expect(document.documentElement.getAttribute('a')).toBe(expected)
  })
})
