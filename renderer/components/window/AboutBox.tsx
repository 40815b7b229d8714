import { useEffect, useId, useRef, useState } from 'react'
import type { AppInfo } from '../../../shared/model/app-info'
import { useServices } from '../../app/service-context'
import './modal-sheet.css'

/** Props of {@link AboutBox}. */
export interface AboutBoxProps {
  onClose: () => void
}

/** The About box's facts as plain text, for a bug report. */
export function aboutText(info: AppInfo): string {
  return [
    `${info.name} ${info.version}`,
    `Platform: ${info.platform}`,
    `Data folder: ${info.dataDir}`,
    `Browser: ${navigator.userAgent}`,
  ].join('\n')
}

type CopyState = 'idle' | 'copied' | 'failed'

/**
 * The About box (Help > About): the app's name and version, its data folder and platform, from
 * `getAppInfo`, with a button that copies them for a bug report.
 */
export function AboutBox({ onClose }: AboutBoxProps) {
  const dialogRef = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  const { window: appWindow } = useServices()
  const [info, setInfo] = useState<AppInfo | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [copy, setCopy] = useState<CopyState>('idle')

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog && !dialog.open) dialog.showModal()
    let live = true
    appWindow.appInfo().then(
      (found) => live && setInfo(found),
      (failure: unknown) => live && setError((failure as Error).message),
    )
    return () => {
      live = false
    }
  }, [appWindow])

  const copyInfo = () => {
    if (!info) return
    navigator.clipboard.writeText(aboutText(info)).then(
      () => setCopy('copied'),
      () => setCopy('failed'),
    )
  }

  return (
    <dialog
      ref={dialogRef}
      className="modal-sheet about-box"
      aria-labelledby={titleId}
      onClose={onClose}
    >
      <form method="dialog" className="modal-sheet-form">
        <div className="about-brand">
          <span className="about-mark" aria-hidden="true">
            ¶
          </span>
          <div>
            <h2 id={titleId}>{info?.name ?? 'Factmark'}</h2>
            <p className="about-tagline">Tag the sentences of news articles.</p>
          </div>
        </div>
        {error && (
          <p role="alert" className="about-error">
            {error}
          </p>
        )}
        {info && (
          <dl className="about-facts">
            <dt>Version</dt>
            <dd>{info.version}</dd>
            <dt>Platform</dt>
            <dd>{info.platform}</dd>
            <dt>Data folder</dt>
            <dd>
              <code>{info.dataDir}</code>
            </dd>
          </dl>
        )}
        <footer className="modal-sheet-foot">
          <span role="status" className="about-copy-status">
            {copy === 'copied' ? 'Copied.' : copy === 'failed' ? 'Could not copy.' : ''}
          </span>
          <button type="button" className="button" onClick={copyInfo} disabled={!info}>
            Copy info
          </button>
          <button type="submit" className="button primary" autoFocus>
            OK
          </button>
        </footer>
      </form>
    </dialog>
  )
}
