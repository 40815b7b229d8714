import type { Notice } from '../model/notice'
import type { StoryAnalysis } from './story-analysis'
import type { Story } from './story-record'
import type { StoryCandidate } from './story-similarity'

/** The library's saved stories, and the groups of articles that look like stories. */
export interface StoryList {
  /** Messages about the stories file (a damaged one was moved aside), shown once. */
  notices: Notice[]
  /** Saved stories, newest first. */
  stories: Story[]
  /** Groups of articles that seem to report the same event and are not saved as a story. */
  suggested: StoryCandidate[]
}

/** A story as the story view shows it: the analysis, less the suggestions the editor dismissed. */
export interface StoryView extends StoryAnalysis {
  /** The saved story, when the view is of one. */
  story: Story | null
  /** How many suggestions are hidden because the editor dismissed them. */
  dismissedCount: number
}
