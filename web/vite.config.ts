import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { countryFlags } from './flags.js'

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url))

/**
 * The web UI: Preact pages built into dist/web, which `dyad serve` serves beside the API. Heavy chart libraries
 * are imported with `import()` by the views that need them, so each lands in its own chunk.
 */
export default defineConfig({
  root: here('.'),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  // The flags are files served by Dyad, not emoji: a machine without an emoji font shows them too.
  plugins: [countryFlags()],
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    sourcemap: false,
    // The size report (scripts/web-size.ts) reads the manifest to sum each view's JS.
    manifest: true,
    chunkSizeWarningLimit: 1200,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' } },
})
