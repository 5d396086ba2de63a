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

/** The largest document Dyad reads by default, in bytes of input: 10 MB (MiB). */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024

const MB = 1024 * 1024

/** A size as a person reads it: "14.2 MB", "10 MB", "1 KB", "1.5 KB", "800 bytes" (1 MB = 1024 KB = 1024² bytes). */
export function megabytes(bytes: number): string {
  const one = (x: number) => x.toFixed(1).replace(/\.0$/, '')
  if (bytes >= MB) return `${one(bytes / MB)} MB`
  if (bytes >= 1024) return `${one(bytes / 1024)} KB`
  return `${bytes} bytes`
}

/**
 * Why a document of `bytes` bytes is refused under a limit of `maxBytes` (`bytes` null: more than the limit, size
 * unknown), as one line: "too large (14.2 MB; the limit is 10 MB)".
 */
export function tooLarge(bytes: number | null, maxBytes: number): string {
  const limit = megabytes(maxBytes)
  if (bytes === null) return `too large (more than the limit of ${limit})`
  // "10 MB; the limit is 10 MB" would say nothing: sizes that round alike are given in bytes.
  if (megabytes(bytes) === limit) return `too large (${bytes} bytes; the limit is ${maxBytes} bytes)`
  return `too large (${megabytes(bytes)}; the limit is ${limit})`
}

/** How `readInput` reads: the size limit, and where stdin comes from (tests pass their own). */
export interface ReadOptions {
  /** Inputs larger than this many bytes are refused, files before they are read (default `MAX_DOCUMENT_BYTES`). */
  readonly maxBytes?: number
  /** Reads stdin; it may stop once it holds more than `maxBytes` bytes. */
  readonly stdin?: (maxBytes: number) => Promise<Uint8Array>
  /** Added to a "too large" reason: how to raise the limit where the input was given ("set … or …"). */
  readonly hint?: string
}

/**
 * Reads one listed file (or stdin for `-`) into a raw document; origins of files are absolute paths. A file larger
 * than the limit is refused from its size on disk, without reading it; stdin is read up to just past the limit.
 */
export async function readInput(
  path: string,
  { maxBytes = MAX_DOCUMENT_BYTES, stdin = readStdin, hint }: ReadOptions = {},
): Promise<InputItem> {
  const refuse = (bytes: number | null): InputItem => {
    const why = tooLarge(bytes, maxBytes)
    return { ok: false, origin: path, error: hint ? `${why.slice(0, -1)}, ${hint})` : why }
  }
  try {
    if (path === '-') {
      const bytes = await stdin(maxBytes)
      if (bytes.length > maxBytes) return refuse(null)
      return { ok: true, raw: { origin: '-', mediaType: 'text/plain', bytes } }
    }
    const info = await stat(path)
    if (info.isFile() && info.size > maxBytes) return refuse(info.size)
    const bytes = await readFile(path)
    // The file may have grown since it was measured.
    if (bytes.length > maxBytes) return refuse(bytes.length)
    const origin = resolve(path)
    return { ok: true, raw: { origin, mediaType: mediaTypeOf(path), bytes } }
  } catch (e) {
    return { ok: false, origin: path, error: reason(e) }
  }
}

/** Reads stdin, stopping once it holds more than `maxBytes` bytes (what it holds then is refused anyway). */
async function readStdin(maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const c of process.stdin) {
    chunks.push(c as Buffer)
    length += (c as Buffer).length
    if (length > maxBytes) {
      process.stdin.destroy()
      break
    }
  }
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
