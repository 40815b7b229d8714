/**
 * The Unicode bidirectional controls: embeddings and overrides (U+202A–U+202E), isolates
 * (U+2066–U+2069), the left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic
 * letter mark (U+061C). Printed live in a terminal they reorder what follows them, so that a
 * headline can make a listing lie about itself (Trojan Source, CVE-2021-42574).
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g

/** How {@link neutraliseBidi} writes a control: visibly (`<U+202E>`), or as a JSON escape. */
export type BidiStyle = 'visible' | 'json'

function codeOf(control: string): string {
  return (control.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')
}

/**
 * `text` with every bidirectional control made inert for a terminal: shown as `<U+202E>`, or,
 * for JSON output, written as the escape `\u202E`, which a JSON reader turns back into the same
 * character (so the data is unchanged) while the terminal shows six plain characters. Only use
 * the JSON style on JSON text: the controls can only be inside its strings.
 */
export function neutraliseBidi(text: string, style: BidiStyle = 'visible'): string {
  return text.replace(BIDI_CONTROLS, (control) =>
    style === 'json' ? `\\u${codeOf(control)}` : `<U+${codeOf(control)}>`,
  )
}
