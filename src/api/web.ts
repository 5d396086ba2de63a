import { existsSync, readFileSync, statSync } from 'node:fs'
import { extname, resolve, sep } from 'node:path'
import type { Context, Hono } from 'hono'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * What the UI's pages may do: load and call only this server, run no inline script (document text can never become
 * code), style attributes allowed for the chart libraries.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

// The paths the UI's router answers; anything else gets the UI's own not-found page with a 404.
const PAGES = /^\/(?:pair\/[^/]+\/?|documents(?:\/[^/]+)?\/?|search\/?)?$/

/** Whether a directory holds a built UI. */
export function hasWebUi(root: string): boolean {
  return existsSync(resolve(root, 'index.html'))
}

/**
 * Serves the built UI (Vite's dist/web) beside the API: its files, with hashed assets cached for good, and index.html
 * for every page path so that the browser's router shows it. No path can leave the directory.
 */
export function mountWebUi(app: Hono, root: string): void {
  const base = resolve(root)
  const index = readFileSync(resolve(base, 'index.html'))
  const html = (c: Context, status: 200 | 404) =>
    c.body(index, status, {
      'Content-Type': TYPES['.html'] as string,
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'X-Frame-Options': 'DENY',
    })
  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    const path = c.req.path
    if (path.startsWith('/api/') || path === '/api' || path === '/openapi.json' || path === '/docs') return next()
    if (PAGES.test(path)) return html(c, 200)
    let rel: string
    try {
      rel = decodeURIComponent(path)
    } catch {
      return html(c, 404)
    }
    const file = resolve(base, `.${rel}`)
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile() || rel.includes('/.'))
      return html(c, 404)
    return c.body(readFileSync(file), 200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      // Vite names assets by their content hash: a changed file is a new name.
      // Flags change only with the world-countries package: a day's cache spares the pair list many requests.
      'Cache-Control': rel.startsWith('/assets/')
        ? 'public, max-age=31536000, immutable'
        : rel.startsWith('/flags/')
          ? 'public, max-age=86400'
          : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    })
  })
}
