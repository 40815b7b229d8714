import { useServices, useAppState } from '../app/service-context'
import { articleById } from '../app/store/modules/library'
import { AboutBox } from './window/AboutBox'
import { AgreementDialog } from './review/AgreementDialog'
import { ArticleView } from './article/ArticleView'
import { ClaimsBoard } from './claims/ClaimsBoard'
import { DropOverlay } from './import/DropOverlay'
import { ImportDetailsDialog } from './import/ImportDetailsDialog'
import { ImportOfferDialog } from './import/ImportOfferDialog'
import { ImportProgressPanel } from './import/ImportProgressPanel'
import { IdentityBar } from './identity/IdentityBar'
import { ExportDialog } from './export/ExportDialog'
import { LibraryView } from './library/LibraryView'
import { StoriesSection } from './story/StoriesSection'
import { StoryView } from './story/StoryView'
import { NoticeBar } from './window/NoticeBar'
import { NoticeHistory } from './window/NoticeHistory'
import { shownNotices } from '../app/store/modules/notices'
import { SkipLink } from './window/SkipLink'
import { isMacPlatform, ShortcutSheet } from './window/ShortcutSheet'

/** The whole window: a top bar, messages for the editor, and the library or an open article. */
export function App() {
  const { dispatcher, window: appWindow, imports, claims } = useServices()
  const articles = useAppState((state) => state.library.articles)
  // Primitive selectors: the article slice also holds the save status, which changes while the
  // editor types and must not redraw the whole window.
  const openId = useAppState((state) => state.article.openId)
  const epoch = useAppState((state) => state.article.epoch)
  const open = useAppState((state) => articleById(state.library, state.article.openId))
  const noticesState = useAppState((state) => state.notices)
  const { modal, exportTarget } = useAppState((state) => state.modal)
  const story = useAppState((state) => state.story.target)
  const claimsShown = useAppState((state) => state.claims.shown)
  const { progress, offers, missingDetails } = useAppState((state) => state.imports)
  const detailsOf = missingDetails
    .map((id) => articles?.find((meta) => meta.id === id))
    .find((meta) => meta !== undefined)
  const empty = !articles || articles.length === 0

  return (
    <div className="app">
      <SkipLink articleOpen={openId !== null} />
      <header className="topbar">
        <button
          type="button"
          className="brand"
          onClick={() => void dispatcher.showLibrary()}
          aria-label="Factmark — back to the library"
        >
          <span className="brand-mark" aria-hidden="true">
            ¶
          </span>
          Factmark
        </button>
        <nav aria-label="Breadcrumb" className="breadcrumb">
          <span>Library</span>
          {claimsShown && !open && (
            <>
              <span aria-hidden="true"> › </span>
              <span aria-current="page">Claims</span>
            </>
          )}
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
          onClick={() => dispatcher.openExport()}
          disabled={empty}
          aria-keyshortcuts="Control+Shift+E Meta+Shift+E"
        >
          Export…
        </button>
        <button
          type="button"
          className="button"
          onClick={() => dispatcher.openModal('agreement')}
          disabled={empty}
        >
          Agreement
        </button>
        <button
          type="button"
          className="button"
          onClick={() => void dispatcher.showClaims()}
          aria-keyshortcuts="Control+Shift+L Meta+Shift+L"
        >
          Claims
        </button>
        <NoticeHistory history={noticesState.history} />
        <IdentityBar articleId={openId} articleTitle={open?.title ?? null} />
      </header>
      {progress && <ImportProgressPanel progress={progress} onCancel={() => imports.cancel()} />}
      <NoticeBar notices={shownNotices(noticesState)} onDismiss={(id) => appWindow.dismiss(id)} />
      {offers.length === 0 && detailsOf && (
        <ImportDetailsDialog
          key={detailsOf.id}
          article={detailsOf}
          waiting={missingDetails.length}
          onDone={(id, changes) => imports.giveDetails(id, changes)}
        />
      )}
      <main className="content" id="content">
        {openId ? (
          <ArticleView
            key={`${openId}:${epoch}`}
            id={openId}
            onBack={() => void dispatcher.closeArticle()}
          />
        ) : claimsShown ? (
          <ClaimsBoard
            onBack={() => void dispatcher.showLibrary()}
            onOpen={(row) => void claims.open(row.articleId, row.id)}
          />
        ) : story ? (
          <StoryView
            target={story}
            onBack={() => void dispatcher.showStory(null)}
            onOpenArticle={(id) => void dispatcher.openArticle(id)}
          />
        ) : (
          <>
            <LibraryView
              articles={articles}
              onOpen={(id) => void dispatcher.openArticle(id)}
              onImport={() => void dispatcher.importArticles()}
            />
            <StoriesSection
              articles={articles}
              onOpenStory={(target) => void dispatcher.showStory(target)}
              onNotices={appWindow.notify}
            />
          </>
        )}
      </main>
      {exportTarget && (
        <ExportDialog target={exportTarget} onClose={() => dispatcher.closeExport()} />
      )}
      {modal === 'shortcuts' && (
        <ShortcutSheet mac={isMacPlatform()} onClose={() => dispatcher.openModal(null)} />
      )}
      {modal === 'about' && <AboutBox onClose={() => dispatcher.openModal(null)} />}
      {modal === 'agreement' && (
        <AgreementDialog articleId={openId} onClose={() => dispatcher.openModal(null)} />
      )}
      {offers.length > 0 && (
        <ImportOfferDialog
          offers={offers}
          onAnswer={(offer, action) => imports.answer(offer, action)}
        />
      )}
      <DropOverlay />
    </div>
  )
}
