/**
 * The renderer's Content Security Policy (Electron security checklist item 7).
 *
 * Everything is denied by default; scripts, styles, fonts and fetches may come only from the app's
 * own origin (`app://factmark`), images also from `data:` URLs. No `'unsafe-inline'`, no
 * `'unsafe-eval'`, no plugins, no frames, no forms, no `<base>`, and nobody may frame the app. The
 * protocol handler sends it as a header and the renderer's `index.html` carries it as a meta tag.
 */
export const CONTENT_SECURITY_POLICY: string = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-src 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')
