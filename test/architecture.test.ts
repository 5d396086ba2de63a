import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, it } from 'node:test'

const SRC = new URL('../src/', import.meta.url).pathname

/** Which top-level folders of src/ each folder may import from (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  text: ['core'],
  source: ['core'],
  decode: ['core', 'text'],
  markup: ['core', 'text'],
  clean: ['core', 'text'],
  metadata: ['core', 'text'],
  extract: ['core', 'text'],
  eval: ['core'],
  store: ['core'],
  pipeline: ['core', 'text', 'source', 'decode', 'markup', 'clean', 'metadata', 'extract', 'store'],
  api: ['core', 'source', 'store', 'pipeline'],
  cli: ['core', 'text', 'source', 'store', 'pipeline', 'api', 'eval'],
}
const DRIVERS: Record<string, string> = {
  'better-sqlite3': 'store/sqlite',
  pg: 'store/postgres',
  '@hono/node-server': 'cli/commands/serve.ts',
}

const WEB = new URL('../web/src/', import.meta.url).pathname

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) && !p.endsWith('.test.ts') ? [p] : []
  })
}

describe('architecture', () => {
  for (const file of files(SRC)) {
    const rel = relative(SRC, file)
    const folder = rel.split('/')[0] as string
    it(`${rel} imports only what its stage may`, () => {
      const src = readFileSync(file, 'utf8')
      for (const m of src.matchAll(/from '([^']+)'/g)) {
        const spec = m[1] as string
        if (spec.startsWith('.')) {
          const target = relative(SRC, join(file, '..', spec)).split('/')[0] as string
          if (target === folder) continue
          assert.ok(ALLOWED[folder]?.includes(target), `${rel} → ${spec}: ${folder} may not import ${target}`)
        } else {
          // A driver's subpaths ("@hono/node-server/conninfo") belong to it as well.
          const pkg = spec
            .split('/')
            .slice(0, spec.startsWith('@') ? 2 : 1)
            .join('/')
          const owner = DRIVERS[pkg]
          if (owner) assert.ok(rel.startsWith(owner), `${rel} imports ${spec}, which only ${owner} may`)
        }
      }
    })
  }
})

describe('web UI architecture', () => {
  for (const file of files(WEB)) {
    const rel = relative(WEB, file)
    it(`web/src/${rel} takes only types from the server`, () => {
      const src = readFileSync(file, 'utf8')
      // Nothing of the server may be bundled: the UI talks to it over HTTP and shares only the JSON types.
      for (const m of src.matchAll(/^(import|export)(?!\s+type\b)[^']*?from '([^']+)'/gm)) {
        const spec = m[2] as string
        if (!spec.startsWith('.')) continue
        const target = relative(WEB, join(file, '..', spec))
        assert.ok(!target.startsWith('..'), `web/src/${rel} imports ${spec} as code; use import type`)
      }
    })
  }
})
