import { useCallback, useEffect, useRef, useState } from 'react'
import type { ImportOffer, ImportProgress, ImportReport } from '../../shared/import/import-report'
import type { Notice } from '../../shared/model/notice'
import type { ArticleMeta } from '../../shared/model/article'
import { getApi, unwrap } from '../api'
import { dispatchMenuCommand, isTagMenuCommand } from '../menu-commands'
import { flushAll } from '../pending-saves'
import { AboutBox } from './AboutBox'
import { AgreementDialog } from './AgreementDialog'
import { ArticleView } from './ArticleView'
import { DropOverlay } from './DropOverlay'
import { ImportOfferDialog } from './ImportOfferDialog'
import { importNotices } from './import-notices'
import { IdentityBar } from './IdentityBar'
import { ExportDialog, type ExportTarget } from './ExportDialog'
import { LibraryView } from './LibraryView'
import { StoriesSection } from './StoriesSection'
import { StoryView, type StoryTarget } from './StoryView'
import { NoticeBar } from './NoticeBar'
import { isMacPlatform, ShortcutSheet } from './ShortcutSheet'

type Modal = 'shortcuts' | 'about' | 'agreement' | null

/** The whole window: a top bar, messages for the editor, and the library or an open article. */
export function App() {
  const [articles, setArticles] = useState<ArticleMeta[] | null>(null)
  const [openId, setOpenId] = useState<string | null>(null)
  const [notices, setNotices] = useState<Notice[]>([])
  const [exportTarget, setExportTarget] = useState<ExportTarget | null>(null)
  const [modal, setModal] = useState<Modal>(null)
  /** The story shown instead of the library, if any (an open article still comes first). */
  const [story, setStory] = useState<StoryTarget | null>(null)
  /** Bumped by Review > Story View…: the library's stories section takes the focus. */
  const [storiesFocus, setStoriesFocus] = useState(0)
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  /** Questions imports asked about files (not UTF-8, a newer version), oldest first. */
  const [offers, setOffers] = useState<ImportOffer[]>([])
  /** Bumped when the acting editor changes: the open article reloads as theirs. */
  const [editorEpoch, setEditorEpoch] = useState(0)

  const addNotices = useCallback((more: Notice[]) => {
    if (more.length > 0) setNotices((current) => [...current, ...more])
  }, [])

  /** Shows what an import did, and queues the questions it asks. */
  const takeReport = useCallback(
    (report: ImportReport) => {
      addNotices(importNotices(report))
      const asked = report.offers ?? []
      if (asked.length > 0) setOffers((current) => [...current, ...asked])
    },
    [addNotices],
  )

  const refresh = useCallback(async () => {
    try {
      setArticles(await unwrap(getApi().listArticles()))
    } catch (error) {
      addNotices([{ level: 'error', message: (error as Error).message }])
    }
  }, [addNotices])

  const runImport = useCallback(async () => {
    try {
      const report = await unwrap(getApi().importArticles())
      takeReport(report)
      await refresh()
    } catch (error) {
      addNotices([{ level: 'error', message: (error as Error).message }])
    }
  }, [addNotices, refresh, takeReport])

  useEffect(() => {
    void refresh()
    void unwrap(getApi().takeNotices()).then(addNotices, () => undefined)
    const api = getApi()
    const stopNotices = api.on('notice', (notice) => addNotices([notice]))
    const stopClosing = api.on('closing', () => {
      void flushAll().finally(() => void api.readyToClose())
    })
    const stopMenu = api.on('menuCommand', (command) => {
      if (command === 'import') void runImport()
      else if (command === 'show-library') {
        setOpenId(null)
        setStory(null)
      } else if (command === 'story-view') {
        setOpenId(null)
        setStory(null)
        setStoriesFocus((count) => count + 1)
      } else if (command === 'export') openExportRef.current()
      else if (command === 'shortcuts' || command === 'about' || command === 'agreement') {
        setModal(command)
      } else if (isTagMenuCommand(command)) {
        if (!dispatchMenuCommand(command)) {
          addNotices([{ level: 'info', message: 'Open an article to tag its sentences.' }])
        }
      }
    })
    const stopRecent = api.on('openRecent', ({ id }) => {
      setModal(null)
      setOpenId(id)
    })
    const stopDrop = api.on('dropImported', (result) => {
      setProgress(null)
      if (result.ok) takeReport(result.value)
      else addNotices([{ level: 'error', message: result.error.message }])
      void refresh()
    })
    const stopProgress = api.on('importProgress', (next) =>
      setProgress(next.done >= next.total ? null : next),
    )
    return () => {
      stopNotices()
      stopMenu()
      stopClosing()
      stopRecent()
      stopDrop()
      stopProgress()
    }
  }, [refresh, runImport, addNotices, takeReport])

  const open = openId ? articles?.find((article) => article.id === openId) : undefined
  const editorChanged = useCallback(() => setEditorEpoch((epoch) => epoch + 1), [])
  const tagsChanged = useCallback(() => void refresh(), [refresh])
  const identityError = useCallback(
    (message: string) => addNotices([{ level: 'error', message }]),
    [addNotices],
  )

  const openExport = useCallback(() => {
    setExportTarget({ articleId: openId, previewId: openId ?? articles?.[0]?.id ?? null })
  }, [openId, articles])
  const openExportRef = useRef(openExport)
  useEffect(() => {
    openExportRef.current = openExport
  }, [openExport])

  return (
    <div className="app">
      <header className="topbar">
        <button
          type="button"
          className="brand"
          onClick={() => {
            setOpenId(null)
            setStory(null)
          }}
          aria-label="Factmark — back to the library"
        >
          <span className="brand-mark" aria-hidden="true">
            ¶
          </span>
          Factmark
        </button>
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <span>Library</span>
          {open && (
            <>
              <span aria-hidden="true"> › </span>
              <span aria-current="page">{open.title}</span>
            </>
          )}
        </nav>
        <button
          type="button"
          className="button topbar-action"
          onClick={openExport}
          disabled={!articles || articles.length === 0}
          aria-keyshortcuts="Control+Shift+E Meta+Shift+E"
        >
          Export…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => setModal('agreement')}
          disabled={!articles || articles.length === 0}
        >
          Agreement
        </button>
        <IdentityBar
          articleId={openId}
          articleTitle={open?.title ?? null}
          onEditorChanged={editorChanged}
          onTagsChanged={tagsChanged}
          onError={identityError}
        />
      </header>
      {progress && (
        <div className="import-progress" role="status">
          <progress max={progress.total} value={progress.done} />
          Importing {progress.done + 1} of {progress.total}…
        </div>
      )}
      <NoticeBar
        notices={notices}
        onDismiss={(index) => setNotices((current) => current.filter((_, i) => i !== index))}
      />
      <main className="content">
        {openId ? (
          <ArticleView
            key={`${openId}:${editorEpoch}`}
            id={openId}
            onBack={() => setOpenId(null)}
            onMetaSaved={(meta) =>
              setArticles((current) =>
                current
                  ? current.map((article) => (article.id === meta.id ? meta : article))
                  : current,
              )
            }
          />
        ) : story ? (
          <StoryView
            target={story}
            onBack={() => setStory(null)}
            onOpenArticle={setOpenId}
            onTagged={() => void refresh()}
          />
        ) : (
          <>
            <LibraryView
              articles={articles}
              onOpen={setOpenId}
              onImport={() => void runImport()}
              onArticlesChange={setArticles}
            />
            <StoriesSection
              articles={articles}
              onOpenStory={setStory}
              onNotices={addNotices}
              focusSignal={storiesFocus}
            />
          </>
        )}
      </main>
      {exportTarget && <ExportDialog target={exportTarget} onClose={() => setExportTarget(null)} />}
      {modal === 'shortcuts' && (
        <ShortcutSheet mac={isMacPlatform()} onClose={() => setModal(null)} />
      )}
      {modal === 'about' && <AboutBox onClose={() => setModal(null)} />}
      {modal === 'agreement' && (
        <AgreementDialog articleId={openId} onClose={() => setModal(null)} />
      )}
      {offers.length > 0 && (
        <ImportOfferDialog
          offers={offers}
          onAnswered={(answered, report) => {
            setOffers((current) => current.filter((offer) => offer.token !== answered.token))
            takeReport(report)
            void refresh()
          }}
          onFailed={(answered, message) => {
            setOffers((current) => current.filter((offer) => offer.token !== answered.token))
            addNotices([{ level: 'error', message: `${answered.file}: ${message}` }])
          }}
        />
      )}
      <DropOverlay />
    </div>
  )
}
