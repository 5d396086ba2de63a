import { readFileSync } from 'node:fs'
import type { z } from 'zod'
import { projectPath } from './project-root.js'

const cache = new Map<string, unknown>()

/** Loads a JSON lexicon from `lexicons/`, checks it against its schema once, and caches it for the process. */
export function loadLexicon<T>(file: string, schema: z.ZodType<T>): T {
  const hit = cache.get(file)
  if (hit !== undefined) return hit as T
  const path = projectPath('lexicons', file)
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.success) throw new Error(`lexicon ${path} is malformed: ${parsed.error.message}`)
  cache.set(file, parsed.data)
  return parsed.data
}
