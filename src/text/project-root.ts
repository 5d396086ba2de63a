import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let root: string | undefined

/** Absolute path of a file inside the installed Dyad package (found by walking up to its package.json), from src or dist alike. */
export function projectPath(...parts: string[]): string {
  if (root === undefined) {
    let dir = dirname(fileURLToPath(import.meta.url))
    while (!existsSync(join(dir, 'package.json'))) {
      const up = dirname(dir)
      if (up === dir) throw new Error('cannot find the Dyad package root (no package.json above the code)')
      dir = up
    }
    root = dir
  }
  return join(root, ...parts)
}
