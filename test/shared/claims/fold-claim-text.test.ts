import { describe, expect, it } from 'vitest'
import { foldClaimQuery, foldClaimText } from '../../../shared/claims/fold-claim-text'
import { foldForSearch } from '../../../shared/library/search-text'

describe('folding for the claims search', () => {
  it('lowers case, strips accents and makes typographic quotes and special letters plain', () => {
    expect(foldClaimText('Président MÉXICO')).toBe('president mexico')
    expect(foldClaimText('Łódź, Ørsted, “quoted” ‘text’')).toBe('lodz, orsted, "quoted" \'text\'')
    expect(foldClaimText('plain ascii')).toBe('plain ascii')
    expect(foldClaimQuery('  Nicolás   Maduro ')).toBe('nicolas maduro')
  })

  it('agrees with the library search’s fold on accented text', () => {
    for (const text of ['Élysée', 'Núñez López', 'Ça va', 'Zoë Brontë', 'ﬁnance']) {
      expect(foldClaimText(text)).toBe(foldForSearch(text).text)
    }
  })
})
