/** How long ago `iso` was, in the largest whole unit (“just now”, “5 min”, “3 h”, “4 d”, “2 mo”, “1 y”). */
export function formatAge(iso: string, now: number): string {
  const then = Date.parse(iso)
  if (Number.isNaN(then)) return ''
  const minutes = Math.max(0, Math.floor((now - then) / 60_000))
  if (minutes < 1) return 'just now'
  if (minutes < 60) return `${minutes} min`
  const hours = Math.floor(minutes / 60)
  if (hours < 24) return `${hours} h`
  const days = Math.floor(hours / 24)
  if (days < 31) return `${days} d`
  const months = Math.floor(days / 30.44)
  if (months < 12) return `${months} mo`
  return `${Math.floor(days / 365.25)} y`
}
