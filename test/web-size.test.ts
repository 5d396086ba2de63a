// The budget of the home page: at most 150 kB of gzipped JavaScript on first load, read from the built UI
// (`npm test` builds it first). Heavy libraries must stay in the lazy chunks of the views that need them. The build
// also holds the country flags the pages show, one SVG file per country, and no more.
import assert from 'node:assert/strict'
import { existsSync, readdirSync } from 'node:fs'
import { describe, it } from 'node:test'
import worldCountries, { type Country } from 'world-countries'
import { viewSizes } from '../scripts/web-size.js'
import { countryJson } from '../src/api/countries.js'

const dist = new URL('../dist/web/', import.meta.url).pathname

describe('web UI size', () => {
  it('loads at most 150 kB of gzipped JS on the home page, and no chart library before a view needs it', () => {
    assert.ok(existsSync(`${dist}.vite/manifest.json`), 'the UI is not built: npm run build')
    const sizes = viewSizes(dist)
    const home = sizes.find((s) => s.view === 'home')
    assert.ok(home && home.firstLoadGzip > 0)
    assert.ok(home.firstLoadGzip <= 150 * 1024, `home loads ${home.firstLoadGzip} bytes of gzipped JS`)
    const pair = sizes.find((s) => s.view === 'pair profile')
    // The chart, timeline and graph libraries are several hundred kB: they must be lazy, not in the first load.
    assert.ok(pair && pair.lazyGzip > 200 * 1024 && pair.firstLoadGzip <= 150 * 1024)
  })

  it('ships a flag image for every country the API names with a flag, and nothing else of world-countries', () => {
    const flags = new Set(readdirSync(`${dist}flags`))
    // The package's declared default export is not the array it is at run time.
    const codes = [...(worldCountries as unknown as Country[]).map((c) => c.cca3), 'XKX']
    const flagged = codes.filter((code) => countryJson(code).flag !== '')
    for (const code of flagged) assert.ok(flags.has(`${code.toLowerCase()}.svg`), code)
    assert.equal(flags.size, flagged.length)
  })
})
