import { useEffect, useMemo, useState } from 'react'
import type { Annotation } from '../../../shared/model/annotation'
import type { EvidencePassage, RatingScale } from '../../../shared/model/fact-check'
import type { StoryTarget } from '../../app/store/modules/story'
import { useAppState, useServices } from '../../app/service-context'
import { selectRatingScale } from '../../app/store/modules/fact-check'
import { articleById } from '../../app/store/modules/library'

/** What the fact-check fields need besides the tag: the scale, the claimants, the way to passages. */
export interface FactCheckContext {
  scale: RatingScale
  claimants: readonly string[]
  articleTitle: (id: string) => string
  onOpenPassage: (passage: EvidencePassage) => void
  /** Opens the story view to pick evidence for this claim; absent when the article is in no story. */
  onPickEvidence?: ((annotation: Annotation) => void) | undefined
  now: () => string
}

/**
 * The fact-check fields' context for the open article: the library's rating scale, the speakers
 * of the article's story (read once per article; none while they load or without a story), the
 * library's titles, and opening a passage's article at the passage.
 */
export function useFactCheckContext(articleId: string): FactCheckContext {
  const { factCheck } = useServices()
  const scale = useAppState(selectRatingScale)
  const articles = useAppState((state) => state.library)
  const [claimants, setClaimants] = useState<readonly string[]>([])
  const [story, setStory] = useState<StoryTarget | null>(null)
  useEffect(() => {
    let live = true
    setClaimants([])
    setStory(null)
    void factCheck.claimants(articleId).then((names) => {
      if (live) setClaimants(names)
    })
    void factCheck.storyOf(articleId).then((found) => {
      if (live) setStory(found)
    })
    return () => {
      live = false
    }
  }, [factCheck, articleId])
  return useMemo(
    () => ({
      scale,
      claimants,
      articleTitle: (id: string) => articleById(articles, id)?.title || 'Another article',
      onOpenPassage: (passage: EvidencePassage) => void factCheck.openPassage(passage),
      onPickEvidence: story
        ? (annotation: Annotation) =>
            void factCheck.pickEvidence(
              { articleId, tagId: annotation.id, exact: annotation.target.quote.exact },
              story,
            )
        : undefined,
      now: () => new Date().toISOString(),
    }),
    [scale, claimants, articles, factCheck, story, articleId],
  )
}
