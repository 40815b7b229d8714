import { defineConfig, type Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './shared/csp.ts'
import { TAG_KIND_CSS_MARKER, tagKindStyleSheet } from './shared/model/tag-kinds.ts'

// frame-ancestors only works as a header (the app:// handler sends it); a meta tag ignores it.
const META_POLICY = CONTENT_SECURITY_POLICY.split(';')
  .map((directive) => directive.trim())
  .filter((directive) => directive && !directive.startsWith('frame-ancestors'))
  .join('; ')

/** Puts the app's Content-Security-Policy into index.html as a meta tag. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'factmark-csp',
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<meta charset="UTF-8" />',
          `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_POLICY}" />`,
        ),
    },
  }
}

/**
 * Puts the tag kinds' CSS (custom properties and per-kind rules, made from the one table in
 * `shared/model/tag-kinds.ts`) where `renderer/styles.css` has the marker comment.
 */
function tagKindStyles(): Plugin {
  return {
    name: 'factmark-tag-kinds',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('renderer/styles.css')) return null
      if (!code.includes(TAG_KIND_CSS_MARKER)) {
        throw new Error('vite.config: renderer/styles.css lacks the tag kinds marker')
      }
      return { code: code.replace(TAG_KIND_CSS_MARKER, tagKindStyleSheet()), map: null }
    },
  }
}

/** The renderer: a React app built to out/renderer and served from app://factmark. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [contentSecurityPolicy(), tagKindStyles()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    modulePreload: { polyfill: false },
  },
})
