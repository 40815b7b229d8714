/** Props of {@link ErrorDetails}. */
export interface ErrorDetailsProps {
  /** The technical details (a system code such as ENOENT, a path), or nothing. */
  details?: string | null
}

/**
 * A closed "Details" fold under an error message: the system's code and original message, kept
 * out of the words the editor reads first but at hand for a bug report.
 */
export function ErrorDetails({ details }: ErrorDetailsProps) {
  if (!details) return null
  return (
    <details className="error-details">
      <summary>Details</summary>
      <code>{details}</code>
    </details>
  )
}
