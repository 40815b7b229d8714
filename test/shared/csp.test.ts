import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../shared/csp'

/** Splits a policy into a map of directive name → source list. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) map.set(name, sources)
  }
  return map
}

describe('CONTENT_SECURITY_POLICY (S3)', () => {
  const parsed = directives(CONTENT_SECURITY_POLICY)

  it.each([
    ['default-src', ["'none'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['frame-src', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ])('has %s %j', (name, sources) => {
    expect(parsed.get(name)).toEqual(sources)
  })

  it('has exactly the required directives, each once', () => {
    const names = CONTENT_SECURITY_POLICY.split(';').map((part) => part.trim().split(/\s+/)[0])
    expect(names).toHaveLength(11)
    expect(new Set(names).size).toBe(names.length)
  })

  it('allows no inline code, no eval and no remote or wildcard source', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline')
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval')
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-hashes')
    expect(CONTENT_SECURITY_POLICY).not.toContain('*')
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/)
    expect(CONTENT_SECURITY_POLICY).not.toContain('blob:')
  })

  it('is one line that fits in an HTTP header and a meta tag', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/[\r\n"<>]/)
  })
})
