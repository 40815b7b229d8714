import type { Node } from 'prosemirror-model'
import { Step, StepMap, StepResult, type Mappable } from 'prosemirror-transform'
import type { PlacedTag } from './tag-record'

/**
 * A change to the article's tags as a ProseMirror step: it leaves the document alone, records
 * which tags were removed and which added, and inverts exactly. Being a step, it goes through the
 * same history as text edits, so undo and redo cover tag changes and typing alike, in order.
 */
export class TagStep extends Step {
  /** `removed` tags are taken out and `added` tags put in, both in the document's positions. */
  constructor(
    readonly removed: readonly PlacedTag[],
    readonly added: readonly PlacedTag[],
  ) {
    super()
  }

  /** The document is unchanged; the tag plugin reads the step from the transaction. */
  apply(doc: Node): StepResult {
    return StepResult.ok(doc)
  }

  /** The step that puts back what this one removed and removes what it added. */
  invert(): Step {
    return new TagStep(this.added, this.removed)
  }

  /** Tag steps take no room in the document. */
  override getMap(): StepMap {
    return StepMap.empty
  }

  /** Moves the tags' positions through later edits; a tag whose text was deleted becomes unplaced. */
  map(mapping: Mappable): Step {
    const move = (tag: PlacedTag): PlacedTag => {
      if (tag.from === null || tag.to === null) return tag
      if (tag.from === tag.to)
        return { ...tag, from: mapping.map(tag.from), to: mapping.map(tag.to) }
      const from = mapping.map(tag.from, 1)
      const to = mapping.map(tag.to, -1)
      return from < to ? { ...tag, from, to } : { ...tag, from: null, to: null }
    }
    return new TagStep(this.removed.map(move), this.added.map(move))
  }

  /** Tag steps never merge; each is one undoable change. */
  override merge(): Step | null {
    return null
  }

  /** A JSON form (for debugging and step serialisation). */
  override toJSON(): {
    stepType: string
    removed: readonly PlacedTag[]
    added: readonly PlacedTag[]
  } {
    return { stepType: 'factmarkTags', removed: this.removed, added: this.added }
  }

  /** Rebuilds a step from {@link TagStep.toJSON}. */
  static override fromJSON(
    _schema: unknown,
    json: { removed: PlacedTag[]; added: PlacedTag[] },
  ): TagStep {
    return new TagStep(json.removed, json.added)
  }
}

Step.jsonID('factmarkTags', TagStep)
