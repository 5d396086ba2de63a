// The country flags the UI shows, as SVG files of the world-countries package (its data/ folder). The build copies
// one per country the API names with a flag, under dist/web/flags/<iso3>.svg, and nothing else of that folder.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'

// Codes Dyad names otherwise than world-countries (src/api/countries.ts): Kosovo is XKX here and UNK there.
const RENAMED: Readonly<Record<string, string>> = { xkx: 'unk' }

/** Each flag's file name in the build (`isr.svg`) and the package file it is copied from. */
export function flagFiles(): Map<string, string> {
  const require = createRequire(import.meta.url)
  const root = dirname(require.resolve('world-countries/package.json'))
  const countries = JSON.parse(readFileSync(join(root, 'countries.json'), 'utf8')) as { cca3: string; flag?: string }[]
  const codes = countries.filter((c) => c.flag).map((c) => c.cca3.toLowerCase())
  const files = new Map<string, string>()
  for (const code of [...codes, ...Object.keys(RENAMED)])
    files.set(`${code}.svg`, join(root, 'data', `${RENAMED[code] ?? code}.svg`))
  return files
}

/** Serves the flags under /flags/ in development and writes them into the build. */
export function countryFlags(): Plugin {
  const files = flagFiles()
  return {
    name: 'dyad-country-flags',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const file = files.get(/^\/flags\/([a-z]{3}\.svg)$/.exec(req.url ?? '')?.[1] ?? '')
        if (!file) return next()
        res.setHeader('Content-Type', 'image/svg+xml')
        res.end(readFileSync(file))
      })
    },
    generateBundle() {
      for (const [name, file] of files)
        this.emitFile({ type: 'asset', fileName: `flags/${name}`, source: readFileSync(file) })
    },
  }
}
