import { Schema } from 'prosemirror-model'
import { articleSchema } from '../../shared/editor/schema'

/**
 * The editor's schema: the article schema's blocks grouped into `section` nodes, which the editor
 * alone uses so that ProseMirror's decoration tree and view updates stay shallow on long articles
 * (a change touches one section, not a list of ten thousand blocks). Sections carry no text and
 * no meaning: they are cut and joined freely, never stored (see `sections.ts`), and add nothing
 * to the article's plain text.
 */
export const editorSchema = new Schema({
  nodes: articleSchema.spec.nodes.update('doc', { content: 'section+' }).addToEnd('section', {
    content: 'block+',
    selectable: false,
    parseDOM: [{ tag: 'div[data-section]' }],
    // The view draws sections with `sectionView`; this form is for the clipboard.
    toDOM: () => ['div', { class: 'article-section', 'data-section': '' }, 0],
  }),
  marks: articleSchema.spec.marks,
})
