/** An error's message for the editor, without the `function:` prefix of internal errors. */
export function messageOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const plain = message.replace(/^\w+: /, '')
  return plain.charAt(0).toUpperCase() + plain.slice(1) + (/[.!?]$/.test(plain) ? '' : '.')
}
