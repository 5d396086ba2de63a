// Gzipped JavaScript per view of the built web UI (dist/web), read from Vite's manifest: what the browser loads on
// the first visit of each page, then the libraries a view imports lazily. `npm run size:web`; `--json` for machines.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** One chunk of Vite's build manifest. */
export interface ManifestChunk {
  readonly file: string
  readonly isEntry?: boolean
  readonly isDynamicEntry?: boolean
  readonly imports?: readonly string[]
  readonly dynamicImports?: readonly string[]
  readonly src?: string
}

/** The views of the UI, each with the source file that starts it and the lazy chunks it loads. */
export const VIEWS = [
  { view: 'home', entry: 'index.html', lazy: [] as string[] },
  {
    view: 'pair profile',
    entry: 'src/pages/pair.tsx',
    lazy: ['src/charts/monthly-chart.ts', 'src/charts/timeline.ts', 'src/charts/network.ts'],
  },
  { view: 'document', entry: 'src/pages/document.tsx', lazy: [] as string[] },
  { view: 'search', entry: 'src/pages/search.tsx', lazy: [] as string[] },
  { view: 'documents', entry: 'src/pages/documents.tsx', lazy: [] as string[] },
] as const

/** Bytes of a built file, raw and gzipped (level 9, as a server would send it). */
function sizes(dir: string, file: string): { raw: number; gzip: number } {
  const bytes = readFileSync(join(dir, file))
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
}

/** The JS files a chunk needs before it runs: itself and its static imports, transitively. */
export function staticClosure(manifest: Readonly<Record<string, ManifestChunk>>, key: string): Set<string> {
  const files = new Set<string>()
  const visit = (k: string) => {
    const c = manifest[k]
    if (!c || files.has(c.file)) return
    files.add(c.file)
    for (const i of c.imports ?? []) visit(i)
  }
  visit(key)
  return files
}

/** The gzipped JS of each view: first load (with the home chunk, which every page loads) and lazy libraries. */
export function viewSizes(
  dir: string,
): { view: string; firstLoadGzip: number; firstLoadRaw: number; lazyGzip: number }[] {
  const manifest = JSON.parse(readFileSync(join(dir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>
  const home = staticClosure(manifest, 'index.html')
  return VIEWS.map((v) => {
    const first = new Set([...home, ...staticClosure(manifest, v.entry)])
    const lazy = new Set(v.lazy.flatMap((k) => [...staticClosure(manifest, k)]).filter((f) => !first.has(f)))
    const sum = (files: Set<string>, key: 'raw' | 'gzip') =>
      [...files].filter((f) => f.endsWith('.js')).reduce((n, f) => n + sizes(dir, f)[key], 0)
    return {
      view: v.view,
      firstLoadGzip: sum(first, 'gzip'),
      firstLoadRaw: sum(first, 'raw'),
      lazyGzip: sum(lazy, 'gzip'),
    }
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir =
    process.argv.find((a) => !a.startsWith('-') && a !== process.argv[0] && a !== process.argv[1]) ?? 'dist/web'
  const rows = viewSizes(dir)
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2))
  else {
    const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`
    console.log('| view | first load JS (gzip) | first load JS (raw) | lazy libraries (gzip) |\n|---|---|---|---|')
    for (const r of rows)
      console.log(`| ${r.view} | ${kb(r.firstLoadGzip)} | ${kb(r.firstLoadRaw)} | ${kb(r.lazyGzip)} |`)
  }
}
