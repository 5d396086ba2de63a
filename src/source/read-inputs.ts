import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, join, resolve } from 'node:path'
import type { MediaType, RawDocument } from '../core/types.js'

/** One input: a raw document, or the reason an input path could not be read. */
export type InputItem =
  | { readonly ok: true; readonly raw: RawDocument }
  | { readonly ok: false; readonly origin: string; readonly error: string }

const TYPES: Readonly<Record<string, MediaType>> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.xhtml': 'text/html',
}

/** The media type Dyad reads a file name as (plain text for anything it does not know). */
export function mediaTypeOf(path: string): MediaType {
  return TYPES[extname(path).toLowerCase()] ?? 'text/plain'
}

/** File extensions Dyad reads. */
export const SUPPORTED_EXTENSIONS = Object.keys(TYPES)

/** Lists the files an ingest would read (folders recursively, in name order), without reading them. */
export async function expandPaths(
  paths: readonly string[],
): Promise<({ path: string } | { origin: string; error: string })[]> {
  const out: ({ path: string } | { origin: string; error: string })[] = []
  for (const p of paths) {
    if (p === '-') {
      out.push({ path: '-' })
      continue
    }
    let info: Awaited<ReturnType<typeof stat>>
    try {
      info = await stat(p)
    } catch (e) {
      out.push({ origin: p, error: reason(e) })
      continue
    }
    if (info.isDirectory()) {
      for (const f of await walk(p)) out.push({ path: f })
    } else if (!TYPES[extname(p).toLowerCase()]) {
      out.push({
        origin: p,
        error: `unsupported file type "${extname(p) || '(none)'}" (Dyad reads ${SUPPORTED_EXTENSIONS.join(' ')})`,
      })
    } else {
      out.push({ path: p })
    }
  }
  return out
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true })
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const files: string[] = []
  for (const e of entries) {
    if (e.name.startsWith('.')) continue
    const p = join(dir, e.name)
    if (e.isDirectory()) files.push(...(await walk(p)))
    else if (e.isFile() && TYPES[extname(e.name).toLowerCase()]) files.push(p)
  }
  return files
}

/** Reads one listed file (or stdin for `-`) into a raw document; origins of files are absolute paths. */
export async function readInput(path: string, stdin: () => Promise<Uint8Array> = readStdin): Promise<InputItem> {
  try {
    if (path === '-') {
      const bytes = await stdin()
      return { ok: true, raw: { origin: '-', mediaType: 'text/plain', bytes } }
    }
    const bytes = await readFile(path)
    const origin = resolve(path)
    return { ok: true, raw: { origin, mediaType: mediaTypeOf(path), bytes } }
  } catch (e) {
    return { ok: false, origin: path, error: reason(e) }
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const c of process.stdin) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

/** A file-system error as one line. */
function reason(e: unknown): string {
  const code = (e as { code?: string }).code
  if (code === 'ENOENT') return 'no such file or folder'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'EISDIR') return 'is a folder'
  return e instanceof Error ? e.message : String(e)
}
