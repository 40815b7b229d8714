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
 *
 * One sweep over the blocks and the tags sorted by start: each block sees only the tags that
 * overlap it, and each run only the tags open across it, so the work grows with the blocks, the
 * tags and the runs drawn (linear in sentences plus tags), never with blocks times tags.
 */
export function segmentArticle(tagged: TaggedArticle): SegmentedArticle {
  const lanes = tagLanes(tagged.placed)
  const rank = new Map<PlacedTag, number>(tagged.placed.map((tag, index) => [tag, index]))
  // Outermost lane first; between equal lanes, document order (the order of `placed`).
  const byLane = (left: PlacedTag, right: PlacedTag) =>
    (lanes.get(left.number) ?? 0) - (lanes.get(right.number) ?? 0) ||
    (rank.get(left) ?? 0) - (rank.get(right) ?? 0)
  const hosted = whitespaceHosts(tagged)
  const byStart = [...tagged.placed].sort((left, right) => left.start - right.start)
  let next = 0
  let open: PlacedTag[] = []
  const blocks: SegmentedBlock[] = []
  for (const [index, block] of tagged.blocks.entries()) {
    while (next < byStart.length && (byStart[next] as PlacedTag).start < block.end) {
      open.push(byStart[next] as PlacedTag)
      next += 1
    }
    // The tags that overlap this block; those that ended before it are dropped for good.
    open = open.filter((tag) => tag.end > block.start)
    const segments: Segment[] = []
    const guests = hosted.get(index)
    if (guests) {
      const at = block.start
      segments.push({
        start: at,
        end: at,
        text: '',
        tags: guests.sort(byLane),
        opening: [],
        closing: [],
      })
    }
    segments.push(...blockRuns(block, open, byLane))
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
 * One block's runs: cut at every edge of the tags overlapping it, each run carrying the tags open
 * across it (by lane). A sweep over the edges in order keeps the open tags.
 */
function blockRuns(
  block: ArticleBlock,
  within: readonly PlacedTag[],
  byLane: (left: PlacedTag, right: PlacedTag) => number,
): Segment[] {
  const clippedStart = (tag: PlacedTag) => Math.max(tag.start, block.start)
  const clippedEnd = (tag: PlacedTag) => Math.min(tag.end, block.end)
  const points = [block.start, block.end]
  for (const tag of within) points.push(clippedStart(tag), clippedEnd(tag))
  points.sort((left, right) => left - right)
  const starting = [...within].sort((left, right) => clippedStart(left) - clippedStart(right))
  let next = 0
  let current: PlacedTag[] = []
  const runs: Segment[] = []
  for (let point = 0; point + 1 < points.length; point += 1) {
    const start = points[point] as number
    const end = points[point + 1] as number
    if (start === end) continue
    if (current.some((tag) => clippedEnd(tag) <= start)) {
      current = current.filter((tag) => clippedEnd(tag) > start)
    }
    while (next < starting.length && clippedStart(starting[next] as PlacedTag) <= start) {
      const tag = starting[next] as PlacedTag
      next += 1
      let at = current.length
      while (at > 0 && byLane(current[at - 1] as PlacedTag, tag) > 0) at -= 1
      current.splice(at, 0, tag)
    }
    runs.push({
      start,
      end,
      text: block.text.slice(start - block.start, end - block.start),
      tags: [...current],
      opening: [],
      closing: [],
    })
  }
  return runs
}

/**
 * For each block, the placed tags that cover no character of any block (only the "\n\n" between
 * two) and show in it: the next block (the last one, should none follow), in document order.
 */
function whitespaceHosts(tagged: TaggedArticle): Map<number, PlacedTag[]> {
  const { blocks } = tagged
  const hosts = new Map<number, PlacedTag[]>()
  for (const tag of tagged.placed) {
    // Blocks are in order and apart: only the first block ending after the tag starts can overlap.
    const first = firstIndex(blocks, (block) => block.end > tag.start)
    const candidate = blocks[first]
    if (candidate && candidate.start < tag.end) continue
    const following = firstIndex(blocks, (block) => block.start >= tag.end)
    const host = following === blocks.length ? blocks.length - 1 : following
    const guests = hosts.get(host)
    if (guests) guests.push(tag)
    else hosts.set(host, [tag])
  }
  return hosts
}

/** The first index whose item passes `test` (which, once true, stays true), or `items.length`. */
function firstIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  let low = 0
  let high = items.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (test(items[middle] as T)) high = middle
    else low = middle + 1
  }
  return low
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
