import { randomBytes } from 'node:crypto'
import type { PreparedDraft } from '../../../shared/store/prepared-article'

/** What the main process keeps for an offer made to the editor, behind its token. */
export type PendingOffer =
  | {
      kind: 'encoding'
      /** The file to read again as Windows-1252: a path the editor chose or dropped. */
      path: string
      file: string
    }
  | {
      kind: 'newer-version'
      file: string
      /**
       * The article as the import worker read and prepared it, to add or to put in place of the
       * existing one without parsing it again.
       */
      prepared: PreparedDraft
      existingId: string
    }

/** How many offers wait at most; the oldest are forgotten beyond it. */
export const MAX_PENDING_OFFERS = 200

/**
 * The offers an import made that wait for the editor's answer, each behind an opaque random token.
 * The renderer only ever holds tokens: the paths and parsed articles stay here, so a page cannot
 * make main read a file the editor did not choose. A token is good for one answer.
 */
export class ImportOffers {
  private readonly pending = new Map<string, PendingOffer>()

  constructor(private readonly limit = MAX_PENDING_OFFERS) {}

  /** Keeps `offer` and returns its new token (32 hex digits). */
  add(offer: PendingOffer): string {
    const token = randomBytes(16).toString('hex')
    this.pending.set(token, offer)
    while (this.pending.size > this.limit) {
      const oldest = this.pending.keys().next().value
      if (oldest === undefined) break
      this.pending.delete(oldest)
    }
    return token
  }

  /** The offer behind `token`, without answering it; undefined for an unknown or used token. */
  peek(token: string): PendingOffer | undefined {
    return this.pending.get(token)
  }

  /** The offer behind `token`, forgotten from now on; undefined for an unknown or used token. */
  take(token: string): PendingOffer | undefined {
    const offer = this.pending.get(token)
    this.pending.delete(token)
    return offer
  }

  /** How many offers wait. */
  get size(): number {
    return this.pending.size
  }
}
