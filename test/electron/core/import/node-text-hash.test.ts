import { describe, expect, it } from 'vitest'
import { nodeTextHash } from '../../../../electron/core/import/node-text-hash'
import { textHash } from '../../../../shared/text/hash'

describe('nodeTextHash', () => {
  it('gives the same hex digest as the shared pure-JS hash, lone surrogates included', () => {
    const texts = [
      '',
      'Plain ASCII text.',
      'Accents: café, naïve, Straße; quotes “like” ‘these’; emoji 🗞️ and CJK 新聞.',
      'A lone high surrogate \uD800 and a lone low one \uDC00 in the middle.',
      'x'.repeat(100_000),
    ]
    for (const text of texts) expect(nodeTextHash(text)).toBe(textHash(text))
    expect(nodeTextHash('a')).not.toBe(nodeTextHash('b'))
  })
})
