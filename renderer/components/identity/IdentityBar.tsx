import { useAppState, useServices } from '../../app/service-context'
import { ActingEditor } from './ActingEditor'
import { PackageExportDialog } from '../exchange/PackageExportDialog'
import { PackageImportDialog } from '../exchange/PackageImportDialog'
import { SettingsDialog } from './SettingsDialog'
import { SwitchEditorDialog } from './SwitchEditorDialog'
import { SyncStatus } from './SyncStatus'
import { WelcomeDialog } from './WelcomeDialog'

/** Props of {@link IdentityBar}. */
export interface IdentityBarProps {
  /** The open article, or null in the library. */
  articleId: string | null
  articleTitle: string | null
}

/**
 * Who is editing and how work is exchanged, in the top bar: the acting editor (a click switches),
 * the team folder's state, the first-run welcome, and the dialogs of File > Settings, File >
 * Switch Editor, Review > Export My Tags and Review > Import Tags (the dispatcher opens them from
 * the menu).
 */
export function IdentityBar({ articleId, articleTitle }: IdentityBarProps) {
  const { dispatcher } = useServices()
  const settings = useAppState((state) => state.identity.settings)
  const status = useAppState((state) => state.identity.syncStatus)
  const open = useAppState((state) => state.modal.identity)

  if (!settings) return null
  const close = () => dispatcher.openIdentity(null)
  return (
    <div className="topbar-identity">
      <SyncStatus status={status} onOpenSettings={() => dispatcher.openIdentity('settings')} />
      <ActingEditor editor={settings.editor} onSwitch={() => dispatcher.openIdentity('switch')} />
      {!settings.confirmed && <WelcomeDialog suggestedName={settings.editor.name} />}
      {settings.confirmed && open === 'settings' && (
        <SettingsDialog settings={settings} syncStatus={status} onClose={close} />
      )}
      {settings.confirmed && open === 'switch' && (
        <SwitchEditorDialog settings={settings} onClose={close} />
      )}
      {settings.confirmed && open === 'export-package' && (
        <PackageExportDialog
          articleId={articleId}
          articleTitle={articleTitle}
          editorName={settings.editor.name}
          onClose={close}
        />
      )}
      {settings.confirmed && open === 'import-package' && <PackageImportDialog onClose={close} />}
    </div>
  )
}
