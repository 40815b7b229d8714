import { useCallback, useEffect, useRef, useState } from 'react'
import { EditorState, type Command, type Plugin } from 'prosemirror-state'
import { history } from 'prosemirror-history'
import { EditorView } from 'prosemirror-view'
import type { Annotation } from '../../shared/model/annotation'
import type { DocNodeJson } from '../../shared/model/doc-json'
import { moveSentence, selectSentenceAt, type TagContext } from './commands'
import { cursorPlugin, cursorRange } from './cursor-plugin'
import { debrisPlugin } from './debris-plugin'
import { focusIsFree, focusText } from './focus-text'
import { invisibleCharacters } from './invisible-characters'
import { editModeKeys, factCheckKeys, historyKeys, modeKeys, readModeKeys } from './keymaps'
import { loadTags } from './load-tags'
import { isEditing, modePlugin } from './mode-plugin'
import { sectionPlugin } from './section-plugin'
import { sectionView } from './section-view'
import { sectionDoc } from './sections'
import { tagPlugin } from './tag-plugin'

/** Options of {@link useTagEditor}. */
export interface TagEditorOptions {
  body: DocNodeJson
  /** The acting editor's own tags; other editors' tags are not shown here. */
  tags: readonly Annotation[]
  context: TagContext
  /** Opens the note of the tag under the cursor (Enter in read mode). */
  onOpenNote: () => void
  /** Opens the context menu at a point of the window. */
  onContextMenu: (x: number, y: number) => void
  /**
   * Called with the opening state, then with every new state, synchronously (React sees states at
   * most once a frame).
   */
  onStateChange?: (state: EditorState) => void
  /**
   * What of the state the component draws, as a list compared item by item: a new state reaches
   * React only when it changes (without it, every state does). Each React commit costs a walk of
   * the DOM up to the caret while the editable text has the focus (React saves the selection), so
   * on a long article typing must not re-render anything that did not change.
   */
  renderKey?: (state: EditorState) => readonly unknown[]
  /** The keys of the web debris the editor kept in this article (see `debris-plugin.ts`). */
  debrisKept?: readonly string[]
  /** More plugins, put after the tag plugin (whose state they may read); made once per view. */
  extraPlugins?: () => readonly Plugin[]
}

/** The id of the article text's element (the skip link's target). */
export const ARTICLE_TEXT_ID = 'article-text'

function sameItems(a: readonly unknown[] | null, b: readonly unknown[] | null): boolean {
  if (a === null || b === null || a.length !== b.length) return false
  return a.every((item, index) => Object.is(item, b[index]))
}

/**
 * What the hook gives the component: where to mount, the latest state it draws (see
 * `renderKey`), the view, and a way to run commands.
 */
export interface TagEditor {
  mount: (element: HTMLDivElement | null) => void
  state: EditorState | null
  run: (command: Command) => boolean
  focus: () => void
  view: () => EditorView | null
}

/**
 * Owns a ProseMirror view for one article: builds the state (the article's blocks grouped in
 * sections, history, the mode, section, tag, cursor and debris plugins, the keymaps) and mirrors
 * every new state into React at most once per frame; the mode plugin makes it editable in edit mode. The
 * plugins do no I/O; saving is the component's business (it stores the body flat, see
 * `sections.ts`).
 */
export function useTagEditor(options: TagEditorOptions): TagEditor {
  const viewRef = useRef<EditorView | null>(null)
  const [state, setState] = useState<EditorState | null>(null)
  const hooksRef = useRef(options)
  hooksRef.current = options
  const [element, setElement] = useState<HTMLDivElement | null>(null)

  useEffect(() => {
    if (!element) return
    const doc = sectionDoc(options.body)
    const context = options.context
    let frame = 0
    let renderedKey: readonly unknown[] | null = null
    const view: EditorView = new EditorView(element, {
      state: EditorState.create({
        doc,
        plugins: [
          modePlugin(),
          history(),
          modeKeys(),
          historyKeys(),
          factCheckKeys(context),
          readModeKeys(context, { openNote: () => hooksRef.current.onOpenNote() }),
          editModeKeys(),
          sectionPlugin(),
          tagPlugin(loadTags(doc, options.tags)),
          ...(options.extraPlugins?.() ?? []),
          cursorPlugin(),
          // The first frame shows the text and tags; debris flags follow it.
          debrisPlugin(options.debrisKept, { scanAfterPaint: true }),
          invisibleCharacters(),
        ],
      }),
      nodeViews: { section: sectionView },
      attributes: {
        id: ARTICLE_TEXT_ID,
        class: 'article-text',
        role: 'document',
        'aria-label': 'Article text',
        tabindex: '0',
      },
      dispatchTransaction: (tr) => {
        const next = view.state.apply(tr)
        view.updateState(next)
        hooksRef.current.onStateChange?.(next)
        if (!frame) {
          frame = requestAnimationFrame(() => {
            frame = 0
            const key = hooksRef.current.renderKey?.(view.state) ?? null
            if (key !== null && sameItems(key, renderedKey)) return
            renderedKey = key
            setState(view.state)
          })
        }
      },
      handleClick: (clicked, pos, event) => {
        if (isEditing(clicked.state)) return false
        const selection = clicked.dom.ownerDocument.getSelection()
        if (selection && !selection.isCollapsed) return false
        const handled = selectSentenceAt(pos, event.shiftKey)(clicked.state, clicked.dispatch)
        // Read mode's cursor is the sentence cursor: the caret the click left in the text serves
        // nothing, and while it is there ProseMirror puts the DOM selection back after every
        // redraw of the tags around it (a forced style and layout of the page on each tag key).
        if (handled) selection?.removeAllRanges()
        return handled
      },
      handleDOMEvents: {
        // A read-only view gets no keydown handling from ProseMirror, so read mode runs the
        // plugins' key handlers itself.
        keydown: (keyView, event) => {
          if (isEditing(keyView.state)) return false
          const handled = keyView.someProp('handleKeyDown', (handler) => handler(keyView, event))
          if (handled) event.preventDefault()
          return handled ?? false
        },
        contextmenu: (menuView, event) => {
          if (isEditing(menuView.state)) return false
          event.preventDefault()
          const found = menuView.posAtCoords({ left: event.clientX, top: event.clientY })
          const range = cursorRange(menuView.state)
          const selection = menuView.dom.ownerDocument.getSelection()
          const inside = found && range && found.pos >= range.from && found.pos <= range.to
          if (found && !inside && (!selection || selection.isCollapsed)) {
            selectSentenceAt(found.pos)(menuView.state, menuView.dispatch)
          }
          hooksRef.current.onContextMenu(event.clientX, event.clientY)
          return true
        },
      },
    })
    viewRef.current = view
    // Ready for keys: the cursor on the first sentence and, unless something else holds it, the
    // focus in the text.
    moveSentence(1)(view.state, view.dispatch)
    const document = element.ownerDocument
    const dialog = document.querySelector('dialog[open]')
    // Opened behind a dialog (a switch of editor reloads the article): the focus comes to the
    // text when the dialog closes, unless the dialog gave it to something else.
    const afterDialog = () => {
      if (!view.isDestroyed && focusIsFree(document)) focusText(view)
    }
    if (dialog) dialog.addEventListener('close', afterDialog, { once: true })
    else if (focusIsFree(document)) focusText(view)
    renderedKey = hooksRef.current.renderKey?.(view.state) ?? null
    setState(view.state)
    hooksRef.current.onStateChange?.(view.state)
    return () => {
      cancelAnimationFrame(frame)
      view.destroy()
      viewRef.current = null
    }
    // The view is made once per article; later prop changes reach it through refs.
  }, [element, options.body])

  const run = useCallback((command: Command) => {
    const view = viewRef.current
    if (!view) return false
    return command(view.state, view.dispatch, view)
  }, [])
  const focus = useCallback(() => focusText(viewRef.current), [])
  const view = useCallback(() => viewRef.current, [])
  return { mount: setElement, state, run, focus, view }
}
