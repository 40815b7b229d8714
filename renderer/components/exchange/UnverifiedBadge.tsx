import './package-trust.css'

/**
 * The small "unverified" mark beside an author's name on a tag or review taken from an unsigned
 * package: nothing proves that author made it.
 */
export function UnverifiedBadge() {
  return (
    <span className="unverified-badge" title="From an unsigned package: nothing proves who made it">
      unverified
    </span>
  )
}
