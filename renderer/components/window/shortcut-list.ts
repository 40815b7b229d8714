import { TAG_KINDS } from '../../../shared/model/annotation'
import { FACT_CHECK_PREFIX_KEYS, TAG_KEYS } from '../../editor/keymaps'
import { REVIEW_KEYS } from '../../editor/review-keys'
import { KIND_NAMES } from '../../../shared/model/tag-kinds'
import { CLAIM_STATUS_SPECS, DEFAULT_RATING_SCALE } from '../../../shared/model/fact-check'

/** One shortcut: the key combinations (any of them works) and what they do. */
export interface Shortcut {
  /** Each combination as its keys, `Mod` standing for ⌘ on macOS and Ctrl elsewhere. */
  keys: string[][]
  action: string
}

/** A group of shortcuts that work in one place of the app. */
export interface ShortcutGroup {
  title: string
  shortcuts: Shortcut[]
}

/**
 * Every key of the app, by where it works. The tagging keys come from the editor's own table
 * (`TAG_KEYS`), so the sheet cannot drift from what the keys do.
 */
export function shortcutGroups(): ShortcutGroup[] {
  return [
    {
      title: 'Reading an article',
      shortcuts: [
        { keys: [['↓'], ['J']], action: 'Next sentence' },
        { keys: [['↑'], ['K']], action: 'Previous sentence' },
        {
          keys: [
            ['Shift', '↓'],
            ['Shift', 'J'],
          ],
          action: 'Extend to the next sentence',
        },
        {
          keys: [
            ['Shift', '↑'],
            ['Shift', 'K'],
          ],
          action: 'Extend to the previous sentence',
        },
        { keys: [['Home'], ['End']], action: 'First or last sentence' },
        ...TAG_KINDS.map((kind) => ({
          keys: TAG_KEYS[kind].map((key) => [key.toUpperCase()]),
          action: `Tag as ${KIND_NAMES[kind]}, or untag`,
        })),
        { keys: [['Backspace'], ['Delete']], action: 'Clear the tag' },
        { keys: [['Enter']], action: 'Edit the tag’s note' },
        { keys: [['Esc']], action: 'Collapse the selection' },
        { keys: [['Mod', 'E']], action: 'Edit the text, or stop editing' },
        { keys: [['Mod', 'Z']], action: 'Undo' },
        {
          keys: [
            ['Mod', 'Shift', 'Z'],
            ['Mod', 'Y'],
          ],
          action: 'Redo',
        },
      ],
    },
    {
      title: 'Anywhere',
      shortcuts: [
        { keys: [['Mod', 'O']], action: 'Import articles' },
        { keys: [['Mod', 'Shift', 'E']], action: 'Export' },
        { keys: [['Mod', 'L']], action: 'Back to the library' },
        { keys: [['Mod', 'Shift', 'L']], action: 'Claims board' },
        { keys: [['Mod', '/']], action: 'Keyboard shortcuts' },
        { keys: [['Mod', '+']], action: 'Zoom in' },
        { keys: [['Mod', '−']], action: 'Zoom out' },
        { keys: [['Mod', '0']], action: 'Actual size' },
      ],
    },
    {
      title: 'Review mode',
      shortcuts: [
        { keys: [['Mod', 'Shift', 'R']], action: 'Review mode on or off' },
        {
          keys: REVIEW_KEYS.next.map((key) => [key.toUpperCase()]),
          action: 'Next conflict (different kinds)',
        },
        {
          keys: REVIEW_KEYS.previous.map((key) => [key.toUpperCase()]),
          action: 'Previous conflict',
        },
        { keys: [['A']], action: 'Accept the other editor’s tag (it becomes yours)' },
        { keys: [['R']], action: 'Reject it, with a reason' },
        { keys: [['M']], action: 'Comment on it' },
        { keys: [['G']], action: 'N and P stop at coverage gaps too, or not' },
      ],
    },
    {
      title: 'Library',
      shortcuts: [
        { keys: [['Mod', 'F']], action: 'Search titles, outlets and text' },
        { keys: [['Esc']], action: 'Clear the search' },
        { keys: [['↑'], ['↓']], action: 'Previous or next article' },
        { keys: [['Enter']], action: 'Open the article' },
        { keys: [['Delete']], action: 'Delete the article (to the trash)' },
        { keys: [['Mod', 'Z']], action: 'Undo the last delete' },
      ],
    },
    {
      title: 'Claims board',
      shortcuts: [
        { keys: [['Mod', 'F']], action: 'Search the claims' },
        { keys: [['↓']], action: 'From the search to the claims' },
        { keys: [['↑'], ['↓']], action: 'Previous or next claim' },
        { keys: [['Page Up'], ['Page Down']], action: 'A page up or down' },
        { keys: [['Home'], ['End']], action: 'First or last claim' },
        { keys: [['Enter']], action: 'Open the claim at its sentence' },
        { keys: [['Esc']], action: 'Clear the search, then back to the library' },
      ],
    },
    {
      title: 'Tag list',
      shortcuts: [
        { keys: [['↑'], ['↓']], action: 'Previous or next tag' },
        { keys: [['Page Up'], ['Page Down']], action: 'A page up or down' },
        { keys: [['Home'], ['End']], action: 'First or last tag' },
        { keys: [['Enter']], action: 'Go to the tag in the text' },
      ],
    },
    {
      title: 'Tag note',
      shortcuts: [{ keys: [['Mod', 'Enter'], ['Esc']], action: 'Save the note, back to the text' }],
    },
    {
      title: 'Fact-check (your claim or disputed tag)',
      shortcuts: [
        {
          keys: [[FACT_CHECK_PREFIX_KEYS.status.toUpperCase()]],
          action: `Set the status, then: ${CLAIM_STATUS_SPECS.map((spec) => `${spec.key} ${spec.name}`).join(', ')}`,
        },
        {
          keys: [[FACT_CHECK_PREFIX_KEYS.verdict.toUpperCase()]],
          action: `Set the verdict, then the rating’s key (default scale: ${DEFAULT_RATING_SCALE.ratings.flatMap((rating) => (rating.key ? [`${rating.key} ${rating.name}`] : [])).join(', ')})`,
        },
      ],
    },
  ]
}
