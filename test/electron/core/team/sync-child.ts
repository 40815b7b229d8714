// A separate process that tags and syncs a team library, for the test that kills syncs with
// SIGKILL. Bundled with esbuild at test start (see ../store/child-process.ts). Usage:
//   node child.mjs tag-and-sync <dataDir> <articleId> <n>   once `go` arrives on stdin: adds
//       tag number n (printing `saved n` once the library holds it), then syncs forever,
//       printing `synced` after each sync
import { LibraryStore } from '../../../../electron/core/store/library-store'
import { GitTeam } from '../../../../electron/core/team/git-team'
import { describe as describeSpan } from '../../../../shared/anchoring'
import { articleSchema } from '../../../../shared/editor/schema'
import type { Annotation } from '../../../../shared/model/annotation'
import { articleText } from '../../../../shared/text/article-text'
import { Node } from 'prosemirror-model'

function goSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.stdin.setEncoding('utf8')
    process.stdin.on('data', (chunk: string) => {
      if (chunk.includes('\n')) resolve()
    })
  })
}

async function tagAndSync(dataDir: string, articleId: string, n: number): Promise<void> {
  await goSignal()
  const store = await LibraryStore.open(dataDir, { holder: 'cli' })
  const team = await GitTeam.open(dataDir)
  if (!team) throw new Error('sync-child: the library is in no team')
  const article = await store.get(articleId)
  const text = articleText(Node.fromJSON(articleSchema, article.body))
  const words = text.split(' ')
  const start = text.indexOf(words[n % words.length] ?? text)
  const time = new Date(Date.UTC(2026, 0, 5, 9, 0, n)).toISOString()
  const mine = (await store.tags(articleId)).filter((item) => item.author.id === team.editor.id)
  const created: Annotation = {
    id: `kill-tag-${String(n).padStart(4, '0')}`,
    articleId,
    author: team.editor,
    kind: 'claim',
    target: describeSpan(text, start, start + 3),
    note: `tag ${n}`,
    created: time,
    modified: time,
  }
  await store.saveWork(articleId, { tags: [...mine, created] }, team.editor)
  process.stdout.write(`saved ${n}\n`)
  for (;;) {
    await team.sync(store)
    process.stdout.write('synced\n')
  }
}

const [command, dataDir, articleId, n] = process.argv.slice(2)
if (command === 'tag-and-sync' && dataDir && articleId && n) {
  tagAndSync(dataDir, articleId, Number(n)).catch((error: unknown) => {
    process.stderr.write(`${String((error as Error)?.stack ?? error)}\n`)
    process.exit(1)
  })
} else {
  process.stderr.write('usage: child.mjs tag-and-sync <dataDir> <articleId> <n>\n')
  process.exit(2)
}
