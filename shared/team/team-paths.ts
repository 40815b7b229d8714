import { ALLOWED_SIGNERS_FILE, TEAM_FILE } from './roster'

/** The folder of the team's repository that holds each editor's own folder. */
export const EDITORS_FOLDER = 'editors'

/** The folder of the team's repository that holds article texts, one file per text hash. */
export const TEXTS_FOLDER = 'texts'

/** The branch every team shares. */
export const TEAM_BRANCH = 'main'

const EDITOR_ID = '[a-z0-9][a-z0-9-]{0,63}'
const ARTICLE_ID = '[0-9a-f]{16}'
const EDITOR_ARTICLE = new RegExp(
  `^${EDITORS_FOLDER}/(${EDITOR_ID})/articles/(${ARTICLE_ID})\\.json$`,
)
const EDITOR_ANY = new RegExp(`^${EDITORS_FOLDER}/(${EDITOR_ID})/`)
const TEXT_FILE = new RegExp(`^${TEXTS_FOLDER}/([0-9a-f]{64})\\.json$`)

/** The folder only editor `editorId` writes: `editors/<editor-id>`. */
export function editorFolder(editorId: string): string {
  return `${EDITORS_FOLDER}/${editorId}`
}

/** The file of editor `editorId`'s work on one article: a package of that one article. */
export function editorArticlePath(editorId: string, articleId: string): string {
  return `${EDITORS_FOLDER}/${editorId}/articles/${articleId}.json`
}

/** The file of one article text, named by the SHA-256 of the text: each text is stored once. */
export function textPath(textHash: string): string {
  return `${TEXTS_FOLDER}/${textHash}.json`
}

/** What a path in the team's repository is. */
export type TeamPath =
  | { kind: 'editor-article'; editorId: string; articleId: string }
  | { kind: 'editor-other'; editorId: string }
  | { kind: 'text'; textHash: string }
  | { kind: 'roster' }
  | { kind: 'other' }

/** Classifies a path of the team's repository (as git prints it, `/`-separated). */
export function classifyPath(path: string): TeamPath {
  const article = EDITOR_ARTICLE.exec(path)
  if (article?.[1] && article[2]) {
    return { kind: 'editor-article', editorId: article[1], articleId: article[2] }
  }
  const editor = EDITOR_ANY.exec(path)
  if (editor?.[1]) return { kind: 'editor-other', editorId: editor[1] }
  const text = TEXT_FILE.exec(path)
  if (text?.[1]) return { kind: 'text', textHash: text[1] }
  if (path === ALLOWED_SIGNERS_FILE || path === TEAM_FILE) return { kind: 'roster' }
  return { kind: 'other' }
}
