import { describe, expect, it } from 'vitest'
import { checkNoForeignIds } from '../../../shared/store/duplicate-ids'
import { ANA, SAM, tag } from '../exchange/exchange-fixtures'

describe('checkNoForeignIds', () => {
  it('lets an editor reuse their own ids', () => {
    const existing = [tag(ANA, 'a'), tag(SAM, 'b')]
    expect(() => checkNoForeignIds(existing, [tag(ANA, 'a', 5)], ANA.id, 'Tag')).not.toThrow()
  })

  it('refuses an id that another editor’s record uses, naming it', () => {
    const existing = [tag(SAM, 'b')]
    const taken = { ...tag(ANA, 'x'), id: existing[0]!.id }
    expect(() => checkNoForeignIds(existing, [taken], ANA.id, 'Review')).toThrow(
      expect.objectContaining({
        code: 'duplicate',
        message: `Review id ${taken.id} is already used by another editor.`,
      }),
    )
  })
})
