import { Low } from 'lowdb'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import type { Notice } from '../../../shared/model/notice'
import { FactmarkError } from '../../../shared/ipc/result'
import {
  MAX_DISMISSED,
  STORIES_VERSION,
  storiesFileSchema,
  type StoriesFile,
  type Story,
} from '../../../shared/story/story-record'
import { BackupRotation } from '../store/backup-rotation'
import { CorruptFileError, JsonFileAdapter, NewerFileError } from '../store/json-file'
import { quarantineFile } from '../store/quarantine'
import { nodeStoreFs, type StoreFs } from '../store/store-fs'
import { writeFailure } from '../store/write-failure'

/** The stories file's name in the library folder. */
export const STORIES_FILE = 'stories.json'

function parseStories(data: unknown): StoriesFile {
  const version = (data as { version?: unknown } | null)?.version
  if (typeof version === 'number' && version > STORIES_VERSION) {
    throw new NewerStoriesError(version)
  }
  return storiesFileSchema.parse(data)
}

/** Thrown by the parser for a stories file a newer Factmark wrote (kept as it is). */
class NewerStoriesError extends RangeError {
  constructor(readonly version: number) {
    super(`the stories file was written by a newer Factmark (format ${version})`)
  }
}

/**
 * The library's stories (`stories.json`): groups of articles the editor compares, with the
 * suggestions they dismissed. Written the store's way: atomically and durably through the
 * store's JSON adapter, one save after the other, each saved version kept in `backups/stories/`.
 * A damaged file is moved aside (never overwritten) and the stories start again from empty,
 * with a notice; a file from a newer Factmark is left alone and refused.
 */
export class StoryStore {
  private constructor(
    private readonly db: Low<StoriesFile>,
    private readonly notices: Notice[],
    private readonly readOnlyReason: string | null,
  ) {}

  /** Opens (without creating) the stories of the library in `dataDir`. */
  static async open(dataDir: string, fs: StoreFs = nodeStoreFs): Promise<StoryStore> {
    const path = join(dataDir, STORIES_FILE)
    const adapter = new JsonFileAdapter(path, parseStories, {
      fs,
      backups: new BackupRotation(join(dataDir, 'backups'), undefined, fs),
      backupKey: 'stories',
    })
    const empty: StoriesFile = { version: STORIES_VERSION, stories: [] }
    const notices: Notice[] = []
    let data = empty
    let readOnly: string | null = null
    try {
      data = (await adapter.read()) ?? empty
    } catch (error) {
      if (error instanceof NewerFileError || error instanceof NewerStoriesError) {
        readOnly = `The stories file (${path}) was written by a newer version of Factmark; it was left untouched. Update Factmark to change stories.`
      } else if (error instanceof CorruptFileError) {
        const aside = await quarantineFile(path, fs)
        notices.push({
          level: 'warning',
          message: `The stories file was damaged (${error.reason}); it was kept as ${aside} and the list of stories starts again empty.`,
        })
      } else {
        throw new FactmarkError(
          'store-failure',
          `Could not read the stories file (${path}): ${(error as Error).message}`,
        )
      }
    }
    return new StoryStore(new Low(adapter, data), notices, readOnly)
  }

  /** Messages for the editor about the stories file (a damaged file moved aside); each once. */
  takeNotices(): Notice[] {
    return this.notices.splice(0)
  }

  /** Every story, newest first. */
  list(): Story[] {
    return [...this.db.data.stories].sort((left, right) =>
      right.created.localeCompare(left.created),
    )
  }

  /** One story, or a not-found error. */
  get(id: string): Story {
    const story = this.db.data.stories.find((candidate) => candidate.id === id)
    if (!story) throw new FactmarkError('not-found', `There is no story with id ${id}.`)
    return story
  }

  /** Saves a new story, or renames an existing one and changes its articles (`id` given). */
  async save(request: { id?: string | null; name: string; articleIds: string[] }): Promise<Story> {
    const existing = request.id ? this.get(request.id) : null
    const story: Story = existing
      ? {
          ...existing,
          name: request.name.trim(),
          articleIds: [...request.articleIds],
          // Dismissals of articles no longer in the story are forgotten.
          dismissed: existing.dismissed.filter((key) =>
            request.articleIds.includes(key.slice(0, 16)),
          ),
        }
      : {
          id: `story-${randomBytes(8).toString('hex')}`,
          name: request.name.trim(),
          articleIds: [...request.articleIds],
          created: new Date().toISOString(),
          dismissed: [],
        }
    const stories = existing
      ? this.db.data.stories.map((other) => (other.id === story.id ? story : other))
      : [...this.db.data.stories, story]
    await this.write(stories, 'The story was not saved.')
    return story
  }

  /** Deletes a story (its articles and their tags stay in the library). */
  async delete(id: string): Promise<void> {
    this.get(id)
    await this.write(
      this.db.data.stories.filter((story) => story.id !== id),
      'The story was not deleted.',
    )
  }

  /** Remembers that the editor dismissed a suggestion (`<article id>:<suggestion id>`). */
  async dismiss(id: string, key: string): Promise<Story> {
    const story = this.get(id)
    if (!story.articleIds.includes(key.slice(0, 16))) {
      throw new FactmarkError('invalid-argument', 'That suggestion is not about this story.')
    }
    if (story.dismissed.includes(key)) return story
    if (story.dismissed.length >= MAX_DISMISSED) {
      throw new FactmarkError('too-large', `A story remembers at most ${MAX_DISMISSED} dismissals.`)
    }
    const updated: Story = { ...story, dismissed: [...story.dismissed, key] }
    await this.write(
      this.db.data.stories.map((other) => (other.id === id ? updated : other)),
      'The dismissal was not saved.',
    )
    return updated
  }

  private async write(stories: Story[], consequence: string): Promise<void> {
    if (this.readOnlyReason) throw new FactmarkError('store-failure', this.readOnlyReason)
    const previous = this.db.data
    this.db.data = { version: STORIES_VERSION, stories }
    try {
      await this.db.write()
    } catch (error) {
      this.db.data = previous
      throw writeFailure(error, 'the stories file', consequence)
    }
  }
}
