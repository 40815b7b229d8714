import { defineConfig, type Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY } from './shared/csp.ts'

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

/** The renderer: a React app built to out/renderer and served from app://factmark. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [contentSecurityPolicy()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    modulePreload: { polyfill: false },
  },
})
