import type { PlacedTag, TaggedArticle } from '../../../shared/export/placed-tags'
import type { Segment, SegmentedArticle, SegmentedBlock } from '../../../shared/export/segments'

/**
 * `segmentArticle` as it was before the sweep: each block scanned every tag (quadratic). Kept,
 * unchanged, as the reference the sweep must agree with on random articles.
 */
export function referenceSegmentArticle(tagged: TaggedArticle): SegmentedArticle {
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
