import { useEffect, useMemo, useState } from 'react'
import type { EvidencePassage, RatingScale } from '../../../shared/model/fact-check'
import { useAppState, useServices } from '../../app/service-context'
import { selectRatingScale } from '../../app/store/modules/fact-check'
import { articleById } from '../../app/store/modules/library'

/** What the fact-check fields need besides the tag: the scale, the claimants, the way to passages. */
export interface FactCheckContext {
  scale: RatingScale
  claimants: readonly string[]
  articleTitle: (id: string) => string
  onOpenPassage: (passage: EvidencePassage) => void
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
  useEffect(() => {
    let live = true
    setClaimants([])
    void factCheck.claimants(articleId).then((names) => {
      if (live) setClaimants(names)
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
      now: () => new Date().toISOString(),
    }),
    [scale, claimants, articles, factCheck],
  )
}
