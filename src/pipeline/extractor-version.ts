import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { projectPath } from '../text/project-root.js'

let cached: string | undefined

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      if (statSync(path).isDirectory()) return filesUnder(path, keep)
      return keep(name) ? [path] : []
    })
}

/**
 * A fingerprint of the extractor: the code of `extract/` and every lexicon, hashed. It changes with any rule or
 * lexicon entry, so a stored extraction made by another Dyad can be told and read again.
 */
export function extractorVersion(): string {
  if (cached) return cached
  const code = fileURLToPath(new URL('../extract/', import.meta.url))
  const files = [
    ...filesUnder(code, (n) => /\.(?:js|ts)$/.test(n) && !/\.(?:test|d)\.(?:js|ts)$/.test(n)),
    ...filesUnder(projectPath('lexicons'), (n) => n.endsWith('.json')),
  ]
  const hash = createHash('sha256')
  for (const f of files)
    hash
      .update(f.slice(f.lastIndexOf('/') + 1))
      .update('\0')
      .update(readFileSync(f))
      .update('\0')
  cached = `x-${hash.digest('hex').slice(0, 16)}`
  return cached
}
