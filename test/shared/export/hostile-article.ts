/**
 * An article written to break exports (docs/ARCHITECTURE.md §2, Exports): markup, Markdown, XML,
 * CSV formulas, control and bidirectional characters in its title, metadata, text, editor names,
 * notes and fields, with tags on it.
 */
import { describe as describeSpan } from '../../../shared/anchoring/describe'
import { annotationSchema, type Annotation, type EditorRef } from '../../../shared/model/annotation'
import type { Article } from '../../../shared/model/article'
import { makeArticle } from './seed-annotations'

/** Strings that, in a careless export, would run script or change the document's structure. */
export const CANARIES = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '[x](javascript:alert(3))',
  '<a href="javascript:alert(4)">x</a>',
  '<!-- comment --> <![CDATA[ x ]]> ]]>',
  '<svg onload=alert(5)>',
  '"><style>*{display:none}</style>',
]

/** An editor whose name is markup. */
export const EVE: EditorRef = { id: 'eve', name: 'Eve <script>alert(6)</script> & "Co"' }

/** The hostile article's paragraphs, each a line of its body. */
export const HOSTILE_PARAGRAPHS = [
  `Intro ${CANARIES[0]} and ${CANARIES[1]} sit here.`,
  `Links ${CANARIES[2]} and ${CANARIES[3]} stay text.`,
  '# not a heading',
  '1. not a list',
  '- not a list either',
  '    four spaces, not code',
  "=cmd|'/C calc'!A0 starts a formula",
  `Markup ${CANARIES[4]} ${CANARIES[5]} ${CANARIES[6]} *emph* _under_ \`code\` ~~strike~~ &amp; &lt; \\ end`,
  'Controls \u0000\u0007\u001b\u007f\u0085\uFFFE and a lone \uD800 surrogate, bidi \u202Egnp.exe\u202C, emoji 👩‍💻.',
  'Separators \u2028 and \u2029 inside.',
]

/** The hostile article and its tags: one per paragraph, notes and fields as hostile. */
export function hostileCase(): { article: Article; annotations: Annotation[]; text: string } {
  const article = makeArticle({
    title: `</title>${CANARIES[0]} "Title" & 'more'`,
    outlet: CANARIES[1] as string,
    url: 'javascript:alert(7)',
    published: '2025-11-17',
    language: 'en"><script>alert(8)</script>',
    body: {
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 1 },
          content: [{ type: 'text', text: `Head ${CANARIES[6]}` }],
        },
        ...HOSTILE_PARAGRAPHS.slice(0, -1).map((text) => ({
          type: 'paragraph',
          content: [{ type: 'text', text }],
        })),
        {
          type: 'blockquote',
          content: [
            {
              type: 'paragraph',
              content: [{ type: 'text', text: HOSTILE_PARAGRAPHS.at(-1) as string }],
            },
          ],
        },
      ],
    },
  })
  const text = [`Head ${CANARIES[6]}`, ...HOSTILE_PARAGRAPHS].join('\n\n')
  const annotations = HOSTILE_PARAGRAPHS.map((paragraph, index) => {
    const start = text.indexOf(paragraph)
    const kind = (['quote', 'claim', 'disputed', 'context'] as const)[index % 4]
    return annotationSchema.parse({
      id: `hostile-tag-${String(index).padStart(2, '0')}`,
      articleId: article.id,
      author: index % 2 === 0 ? EVE : { id: 'ana-ruiz', name: 'Ana Ruiz' },
      kind,
      target: describeSpan(text, start, start + paragraph.length),
      note: `${CANARIES.join('\n')}\n=1+1\n+1\n-1\n@SUM(A1)\n\tTab\rCR \u2028 \u0000`,
      ...(kind === 'quote' ? { speaker: CANARIES[0] } : {}),
      ...(kind === 'disputed'
        ? { reason: CANARIES[2], evidence: ['https://example.org/?q=<x>'.replace(/[<>]/g, '')] }
        : {}),
      created: '2025-11-18T09:00:00.000Z',
      modified: '2025-11-18T09:00:00.000Z',
    })
  })
  // Exports may be handed unvalidated data: a link the schema would refuse must not become a link.
  const unchecked = { ...(annotations[2] as Annotation), evidence: ['javascript:alert(9)'] }
  return {
    article,
    annotations: [...annotations.slice(0, 2), unchecked, ...annotations.slice(3)],
    text,
  }
}
