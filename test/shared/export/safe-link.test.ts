import { describe, expect, it } from 'vitest'
import { safeLink } from '../../../shared/export/safe-link'

describe('safeLink', () => {
  it.each([
    ['https://example.org/a?b=1&c=2', 'https://example.org/a?b=1&c=2'],
    ['  http://example.org  ', 'http://example.org'],
    ['HTTPS://EXAMPLE.ORG', 'HTTPS://EXAMPLE.ORG'],
    ['mailto:desk@example.org', 'mailto:desk@example.org'],
    ['javascript:alert(1)', null],
    ['JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox(1)', null],
    ['file:///etc/passwd', null],
    ['//example.org', null],
    ['https://example.org/"onmouseover="alert(1)', null],
    ["https://example.org/'x", null],
    ['https://example.org/<x>', null],
    ['https://exa mple.org', null],
    ['https://example.org\\@evil.example', null],
    ['', null],
  ])('%j → %j', (url, link) => {
    expect(safeLink(url)).toBe(link)
  })
})
