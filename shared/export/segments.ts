import type { ArticleBlock } from './article-blocks'
import type { PlacedTag, TaggedArticle } from './placed-tags'

/**
 * A run of a block's text covered by the same set of tags. Overlapping tags (two editors on one
 * sentence, a span across sentences, spans that cross) split the text into such runs, so that
 * each format can draw every tag over exactly its own text.
 */
export interface Segment {
  /** Offset of the run's first character in the article's plain text. */
  start: number
  /** Offset just past the run's last character (equal to `start` only for a tag on whitespace). */
  end: number
  /** The run's text. */
  text: string
  /** The tags covering the run, by lane (outermost first). */
  tags: PlacedTag[]
  /** The tags whose first run this is, by lane: where their label goes. */
  opening: PlacedTag[]
  /** The tags whose last run this is, innermost first: where they close. */
  closing: PlacedTag[]
}

/** An article block cut into segments. */
export interface SegmentedBlock {
  block: ArticleBlock
  segments: Segment[]
}

/** The segmented text of a tagged article, and the lane of each placed tag. */
export interface SegmentedArticle {
  blocks: SegmentedBlock[]
  /**
   * Each placed tag's lane (by tag number): the lowest lane free of every tag overlapping it that
   * comes before it in document order, so that overlapping tags keep apart (an underline each).
   */
  lanes: Map<number, number>
}

/**
 * Cuts every block of a tagged article into segments. A tag that crosses blocks is cut at each
 * block's edges (the "\n\n" between blocks is not drawn); a tag that covers only the whitespace
 * between two blocks shows as an empty segment at the start of the next block, so it is never lost.
 */
export function segmentArticle(tagged: TaggedArticle): SegmentedArticle {
  const lanes = tagLanes(tagged.placed)
  const byLane = (left: PlacedTag, right: PlacedTag) =>
    (lanes.get(left.number) ?? 0) - (lanes.get(right.number) ?? 0)
  const blocks: SegmentedBlock[] = []
  const hosts = whitespaceHosts(tagged)
  for (const [index, block] of tagged.blocks.entries()) {
    const within = tagged.placed.filter((tag) => tag.start < block.end && tag.end > block.start)
    const hosted = tagged.placed.filter((tag) => hosts.get(tag.number) === index)
    const segments: Segment[] = []
    if (hosted.length > 0) {
      const at = block.start
      segments.push({
        start: at,
        end: at,
        text: '',
        tags: hosted.sort(byLane),
        opening: [],
        closing: [],
      })
    }
    const points = new Set([block.start, block.end])
    for (const tag of within) {
      points.add(Math.max(tag.start, block.start))
      points.add(Math.min(tag.end, block.end))
    }
    const sorted = [...points].sort((left, right) => left - right)
    for (let point = 0; point + 1 < sorted.length; point += 1) {
      const start = sorted[point] as number
      const end = sorted[point + 1] as number
      const tags = within.filter((tag) => tag.start <= start && tag.end >= end).sort(byLane)
      segments.push({
        start,
        end,
        text: block.text.slice(start - block.start, end - block.start),
        tags,
        opening: [],
        closing: [],
      })
    }
    if (block.text.length === 0 && segments.length === 0) {
      segments.push({
        start: block.start,
        end: block.start,
        text: '',
        tags: [],
        opening: [],
        closing: [],
      })
    }
    blocks.push({ block, segments })
  }
  markEnds(blocks)
  return { blocks, lanes }
}

/**
 * For each placed tag that covers no character of any block (only the "\n\n" between two), the
 * index of the block it shows in: the next block (the last one, should none follow).
 */
function whitespaceHosts(tagged: TaggedArticle): Map<number, number> {
  const hosts = new Map<number, number>()
  for (const tag of tagged.placed) {
    if (tagged.blocks.some((block) => tag.start < block.end && tag.end > block.start)) continue
    const next = tagged.blocks.findIndex((block) => block.start >= tag.end)
    hosts.set(tag.number, next === -1 ? tagged.blocks.length - 1 : next)
  }
  return hosts
}

/** Fills each segment's `opening` and `closing` from the first and last segment of every tag. */
function markEnds(blocks: SegmentedBlock[]): void {
  const first = new Map<number, Segment>()
  const last = new Map<number, Segment>()
  for (const { segments } of blocks) {
    for (const segment of segments) {
      for (const tag of segment.tags) {
        if (!first.has(tag.number)) first.set(tag.number, segment)
        last.set(tag.number, segment)
      }
    }
  }
  for (const { segments } of blocks) {
    for (const segment of segments) {
      segment.opening = segment.tags.filter((tag) => first.get(tag.number) === segment)
      segment.closing = segment.tags.filter((tag) => last.get(tag.number) === segment).reverse()
    }
  }
}

/** Greedy interval colouring of the placed tags, which are in document order. */
function tagLanes(placed: readonly PlacedTag[]): Map<number, number> {
  const lanes = new Map<number, number>()
  const laneEnds: number[] = []
  for (const tag of placed) {
    let lane = laneEnds.findIndex((end) => end <= tag.start)
    if (lane === -1) lane = laneEnds.length
    laneEnds[lane] = tag.end
    lanes.set(tag.number, lane)
  }
  return lanes
}
