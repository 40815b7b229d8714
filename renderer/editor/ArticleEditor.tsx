import { useEffect, useRef } from 'react'
import { Node } from 'prosemirror-model'
import { EditorState } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import { articleSchema } from '../../shared/editor/schema'
import type { DocNodeJson } from '../../shared/model/doc-json'

/** Props of {@link ArticleEditor}. */
export interface ArticleEditorProps {
  body: DocNodeJson
}

/** The article's text in a ProseMirror view, owned by this component for its lifetime. */
export function ArticleEditor({ body }: ArticleEditorProps) {
  const mount = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!mount.current) return
    const doc = Node.fromJSON(articleSchema, body)
    const view = new EditorView(mount.current, {
      state: EditorState.create({ doc }),
      editable: () => false,
      attributes: { class: 'article-text', 'aria-label': 'Article text', role: 'document' },
    })
    return () => view.destroy()
  }, [body])

  return <div className="editor" ref={mount} />
}
