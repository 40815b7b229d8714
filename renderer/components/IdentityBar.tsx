import { useCallback, useEffect, useRef, useState } from 'react'
import type { EditorSettings } from '../../shared/model/editor-settings'
import type { SyncStatus as Status } from '../../shared/sync/sync-status'
import { getApi, unwrap } from '../api'
import { ActingEditor } from './ActingEditor'
import { PackageExportDialog } from './PackageExportDialog'
import { PackageImportDialog } from './PackageImportDialog'
import { SettingsDialog } from './SettingsDialog'
import { SwitchEditorDialog } from './SwitchEditorDialog'
import { SyncStatus } from './SyncStatus'
import { WelcomeDialog } from './WelcomeDialog'

/** Props of {@link IdentityBar}. */
export interface IdentityBarProps {
  /** The open article, or null in the library. */
  articleId: string | null
  articleTitle: string | null
  /** The acting editor changed (switched, named or renamed): views made for the old one reload. */
  onEditorChanged: (settings: EditorSettings) => void
  /** Other editors' tags came in (team folder or package): these articles' tags changed. */
  onTagsChanged: (articleIds: string[]) => void
  /** Shows a message that belongs to no dialog (a failure to read the settings). */
  onError: (message: string) => void
}

type Open = 'settings' | 'switch' | 'export' | 'import' | null

/**
 * Who is editing and how work is exchanged, in the top bar: the acting editor (a click switches),
 * the team folder's state, the first-run welcome, and the dialogs of File > Settings, File >
 * Switch Editor, Review > Export My Tags and Review > Import Tags, which it opens from the menu.
 */
export function IdentityBar({
  articleId,
  articleTitle,
  onEditorChanged,
  onTagsChanged,
  onError,
}: IdentityBarProps) {
  const [settings, setSettings] = useState<EditorSettings | null>(null)
  const [status, setStatus] = useState<Status>({ state: 'off' })
  const [open, setOpen] = useState<Open>(null)

  const settingsRef = useRef(settings)
  settingsRef.current = settings
  const changed = useCallback(
    (next: EditorSettings) => {
      const current = settingsRef.current?.editor
      setSettings(next)
      if (current?.id !== next.editor.id || current.name !== next.editor.name) {
        onEditorChanged(next)
      }
    },
    [onEditorChanged],
  )

  useEffect(() => {
    const api = getApi()
    void unwrap(api.getSettings()).then(setSettings, (error: Error) => onError(error.message))
    void unwrap(api.getSyncStatus()).then(setStatus, () => undefined)
    const stopStatus = api.on('syncStatus', setStatus)
    const stopTags = api.on('tagsChanged', ({ articleIds }) => onTagsChanged(articleIds))
    const stopMenu = api.on('menuCommand', (command) => {
      if (command === 'settings') setOpen('settings')
      else if (command === 'switch-editor') setOpen('switch')
      else if (command === 'export-package') setOpen('export')
      else if (command === 'import-package') setOpen('import')
    })
    return () => {
      stopStatus()
      stopTags()
      stopMenu()
    }
  }, [onTagsChanged, onError])

  if (!settings) return null
  const close = () => setOpen(null)
  return (
    <div className="topbar-identity">
      <SyncStatus status={status} onOpenSettings={() => setOpen('settings')} />
      <ActingEditor editor={settings.editor} onSwitch={() => setOpen('switch')} />
      {!settings.confirmed && (
        <WelcomeDialog suggestedName={settings.editor.name} onDone={changed} />
      )}
      {settings.confirmed && open === 'settings' && (
        <SettingsDialog
          settings={settings}
          syncStatus={status}
          onChanged={changed}
          onClose={close}
        />
      )}
      {settings.confirmed && open === 'switch' && (
        <SwitchEditorDialog settings={settings} onSwitched={changed} onClose={close} />
      )}
      {settings.confirmed && open === 'export' && (
        <PackageExportDialog
          articleId={articleId}
          articleTitle={articleTitle}
          editorName={settings.editor.name}
          onClose={close}
        />
      )}
      {settings.confirmed && open === 'import' && <PackageImportDialog onClose={close} />}
    </div>
  )
}
