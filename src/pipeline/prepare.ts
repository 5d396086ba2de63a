import { createHash } from 'node:crypto'
import { clean } from '../clean/index.js'
import type { CleanText, DeclaredMetadata, DocumentMetadata, MediaType, RawDocument, Repair } from '../core/types.js'
import { decodeBytes } from '../decode/index.js'
import { readHtml } from '../markup/html-text.js'
import { markdownText } from '../markup/markdown-text.js'
import { readMetadata } from '../metadata/index.js'
import { splitSourceLine } from '../text/source-line.js'

/** A document taken through decode, clean and metadata: everything the store keeps about one version. */
export interface PreparedDocument {
  readonly origin: string
  readonly sourceUrl: string | null
  readonly contentHash: string
  readonly byteLength: number
  readonly mediaType: MediaType
  readonly charset: string
  readonly repairs: readonly Repair[]
  /** Decoded text after repair and without the SOURCE line; for HTML, the extracted main text. */
  readonly rawText: string
  readonly clean: CleanText
  readonly metadata: DocumentMetadata
}

/** Why an input cannot become a document; its message is one line meant for the user. */
export class InputError extends Error {
  override readonly name = 'InputError'
}

const SNIFF = 8192

/** sha256 of bytes, hex: the identity of a version. */
export function contentHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Runs decode → SOURCE line → (HTML or Markdown to text) → clean → metadata on one raw document. Pure apart from hashing. */
export function prepareDocument(raw: RawDocument): PreparedDocument {
  if (raw.bytes.length === 0) throw new InputError('empty file')
  const head = raw.bytes.subarray(0, SNIFF)
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)
  if (!utf16 && head.includes(0)) throw new InputError('binary content (not text or HTML)')
  const decoded = decodeBytes(raw.bytes)
  const mediaType: MediaType =
    raw.mediaType === 'text/plain' && looksLikeHtml(decoded.text) ? 'text/html' : raw.mediaType
  const { url, text: afterSource } = splitSourceLine(decoded.text)
  // Markup is read down to the text a reader sees; that text is the "decoded text" every span maps back to.
  const markup = readMarkup(mediaType, afterSource)
  const rawText = markup ? markup.text : afterSource
  const cleaned = clean(rawText)
  if (cleaned.text.trim() === '') throw new InputError('no article text left after cleaning')
  return {
    origin: raw.origin,
    sourceUrl: url,
    contentHash: contentHash(raw.bytes),
    byteLength: raw.bytes.length,
    mediaType,
    charset: decoded.charset,
    repairs: decoded.repairs,
    rawText,
    clean: cleaned,
    metadata: readMetadata({
      rawText,
      clean: cleaned,
      sourceUrl: url,
      ...(markup ? { declared: markup.metadata } : {}),
    }),
  }
}

/**
 * HTML or Markdown read down to its text (plain text: nothing to do). A failure of this stage is the input's reason,
 * in one line naming the stage, never a crash message of the libraries under it.
 */
function readMarkup(mediaType: MediaType, text: string): { text: string; metadata: DeclaredMetadata } | undefined {
  if (mediaType !== 'text/html' && mediaType !== 'text/markdown') return undefined
  try {
    return mediaType === 'text/html' ? readHtml(text) : markdownText(text)
  } catch (e) {
    const kind = mediaType === 'text/html' ? 'HTML' : 'Markdown'
    const why = e instanceof Error ? (e.message.split('\n')[0] ?? e.name) : String(e)
    throw new InputError(`markup: the ${kind} could not be read as text (${why})`)
  }
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>])/iu.test(text.slice(0, 1024))
}
