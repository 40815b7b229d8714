import { Schema } from 'prosemirror-model'
import { allowedHref } from '../model/link-href'

/**
 * The article schema: headings, paragraphs and blockquotes of text, which may carry links. Tags
 * are not marks: they live beside the text as annotations and are drawn as decorations.
 */
export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      group: 'block',
      content: 'text*',
      parseDOM: [{ tag: 'p' }],
      toDOM: () => ['p', 0],
    },
    heading: {
      group: 'block',
      content: 'text*',
      attrs: { level: { default: 1, validate: 'number' } },
      defining: true,
      parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
      toDOM: (node) => [`h${Math.min(6, Math.max(1, Number(node.attrs.level)))}`, 0],
    },
    blockquote: {
      group: 'block',
      content: 'paragraph+',
      defining: true,
      parseDOM: [{ tag: 'blockquote' }],
      toDOM: () => ['blockquote', 0],
    },
    text: {},
  },
  marks: {
    /**
     * A link kept from an imported web page or document. Only `http:`, `https:` and `mailto:`
     * addresses pass (see `allowedHref`): a pasted link with any other is dropped when parsed
     * (its text stays), and one that reached a document some other way is drawn without it.
     */
    link: {
      attrs: { href: { validate: 'string' } },
      inclusive: false,
      parseDOM: [
        {
          tag: 'a[href]',
          getAttrs: (element) => {
            const href = allowedHref(element.getAttribute('href'))
            return href === null ? false : { href }
          },
        },
      ],
      toDOM: (mark) => {
        const href = allowedHref(mark.attrs.href)
        return href === null
          ? ['a', 0]
          : ['a', { href, rel: 'noopener noreferrer nofollow', title: href }, 0]
      },
    },
  },
})
