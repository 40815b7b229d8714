import type { Node } from 'prosemirror-model'
import { Step, StepMap, StepResult } from 'prosemirror-transform'
import type { Review } from '../../shared/model/review'

/**
 * A change to the acting editor's reviews as a ProseMirror step, like `TagStep` for tags: it
 * leaves the document alone, records which reviews were removed and which added, and inverts
 * exactly. Accepting a tag puts a `TagStep` (the editor's copy) and a review step (the accept) in
 * one transaction, so one undo takes both back.
 */
export class ReviewStep extends Step {
  /** `removed` reviews are taken out and `added` reviews put in. */
  constructor(
    readonly removed: readonly Review[],
    readonly added: readonly Review[],
  ) {
    super()
  }

  /** The document is unchanged; the review plugin reads the step from the transaction. */
  apply(doc: Node): StepResult {
    return StepResult.ok(doc)
  }

  /** The step that puts back what this one removed and removes what it added. */
  invert(): Step {
    return new ReviewStep(this.added, this.removed)
  }

  /** Review steps take no room in the document. */
  override getMap(): StepMap {
    return StepMap.empty
  }

  /** Reviews have no positions: mapping changes nothing. */
  map(): Step {
    return this
  }

  /** Review steps never merge; each is one undoable change. */
  override merge(): Step | null {
    return null
  }

  /** A JSON form (for debugging and step serialisation). */
  override toJSON(): { stepType: string; removed: readonly Review[]; added: readonly Review[] } {
    return { stepType: 'factmarkReviews', removed: this.removed, added: this.added }
  }

  /** Rebuilds a step from {@link ReviewStep.toJSON}. */
  static override fromJSON(
    _schema: unknown,
    json: { removed: Review[]; added: Review[] },
  ): ReviewStep {
    return new ReviewStep(json.removed, json.added)
  }
}

Step.jsonID('factmarkReviews', ReviewStep)
