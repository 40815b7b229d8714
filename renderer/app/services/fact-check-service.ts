import type { Api } from '../../../shared/ipc/contract'
import type { EvidencePassage, FactCheckSettings } from '../../../shared/model/fact-check'
import { storyClaimants } from '../../../shared/fact-check/story-claimants'
import { unwrap } from '../../api'
import type { AppStore } from '../store/app-store'
import type { EvidenceTarget } from '../store/modules/fact-check'
import type { StoryTarget } from '../store/modules/story'
import type { ArticleSession } from './article-session'

/** The library's fact-check settings: read once at start, saved from the Settings dialog. */
export class FactCheckService {
  constructor(
    private readonly api: Api,
    private readonly store: AppStore,
    private readonly session: ArticleSession,
  ) {}

  /**
   * Opens the article of an evidence passage (saving the open one first) and asks its editor to
   * select the passage's sentences once it is shown.
   */
  async openPassage(passage: EvidencePassage): Promise<void> {
    this.store.actions.factCheck.passageRequested(passage)
    await this.session.open(passage.articleId)
  }

  /**
   * The saved story this article belongs to, as the story view shows it, or null (an article in
   * no saved story, or only in a suggested group, has no story view to pick evidence from).
   */
  async storyOf(articleId: string): Promise<StoryTarget | null> {
    try {
      const list = await unwrap(this.api.listStories())
      const story = list.stories.find((entry) => entry.articleIds.includes(articleId))
      return story ? { storyId: story.id, name: story.name, articleIds: story.articleIds } : null
    } catch {
      return null
    }
  }

  /**
   * Picks evidence for a claim: saves the open article, closes it and shows its story, where the
   * story view lists the other articles' passages to add.
   */
  async pickEvidence(target: EvidenceTarget, story: StoryTarget): Promise<void> {
    await this.session.open(null)
    this.store.actions.factCheck.evidenceTargeted(target)
    this.store.actions.story.shown(story)
  }

  /** Stops picking evidence (the story view stays). */
  cancelEvidence(): void {
    this.store.actions.factCheck.evidenceTargeted(null)
  }

  /** Adds a picked passage to the claim: reopens the claim's article, whose editor adds it. */
  async addEvidence(target: EvidenceTarget, passage: EvidencePassage): Promise<void> {
    this.store.actions.factCheck.evidencePicked({
      articleId: target.articleId,
      tagId: target.tagId,
      passage,
    })
    await this.session.open(target.articleId)
  }

  /** The picked passage was added to its claim (or could not be). */
  evidenceAdded(): void {
    this.store.actions.factCheck.evidencePicked(null)
  }

  /** The passage request was carried out (or given up). */
  passageShown(): void {
    this.store.actions.factCheck.passageRequested(null)
  }

  /** Reads the settings into the store; on failure the default scale stays in use. */
  async load(): Promise<void> {
    try {
      this.store.actions.factCheck.settingsLoaded(await unwrap(this.api.getFactCheckSettings()))
    } catch (error) {
      this.store.actions.notices.added([
        {
          level: 'error',
          message: `The rating scale could not be read: ${(error as Error).message}`,
        },
      ])
    }
  }

  /** Saves new settings (the main process checks them again) and puts them in the store. */
  async save(settings: FactCheckSettings): Promise<FactCheckSettings> {
    const saved = await unwrap(this.api.setFactCheckSettings(settings))
    this.store.actions.factCheck.settingsLoaded(saved)
    return saved
  }

  /**
   * The people a claim in this article can be attributed to: the speakers of the story the
   * article belongs to (a saved story first, else a suggested group), or none when it is in no
   * story. Never fails: without a story the claimant is typed by hand.
   */
  async claimants(articleId: string): Promise<string[]> {
    try {
      const list = await unwrap(this.api.listStories())
      const story = list.stories.find((entry) => entry.articleIds.includes(articleId))
      const articleIds =
        story?.articleIds ??
        list.suggested.find((group) => group.articleIds.includes(articleId))?.articleIds
      if (!articleIds) return []
      const view = await unwrap(this.api.storyView({ articleIds, storyId: story?.id ?? null }))
      return storyClaimants(view)
    } catch {
      return []
    }
  }
}
