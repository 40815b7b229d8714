/** Props of {@link PreviewPending}. */
export interface PreviewPendingProps {
  /** The chosen format's name, as the dialog lists it ("Web page (HTML)"). */
  formatName: string
}

/** How many placeholder lines the pending page draws. */
const LINES = [92, 100, 84, 96, 70, 100, 88, 60]

/**
 * What the export preview shows while it is being prepared (a page printed in Chromium takes a
 * few seconds): a plain sheet in the shape of the preview, saying what is being prepared, so that
 * the pane is never blank.
 */
export function PreviewPending({ formatName }: PreviewPendingProps) {
  return (
    <div className="preview-pending">
      <p className="preview-pending-words">Preparing the preview of the {formatName}…</p>
      <div className="preview-pending-sheet" aria-hidden="true">
        <span className="preview-pending-title" />
        {LINES.map((width, index) => (
          <span key={index} className="preview-pending-line" style={{ width: `${width}%` }} />
        ))}
      </div>
    </div>
  )
}
