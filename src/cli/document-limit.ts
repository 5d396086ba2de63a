import { MAX_DOCUMENT_BYTES } from '../source/read-inputs.js'
import { CliError, type CliIo } from './io.js'

/** What a "too large" reason adds: where the limit is raised. */
export const LIMIT_HINT = 'set DYAD_MAX_DOCUMENT_MB or --max-document-mb'

/** The option every command that reads documents takes. */
export const MAX_DOCUMENT_OPTION = [
  '--max-document-mb <mb>',
  'refuse documents larger than this many megabytes (default: $DYAD_MAX_DOCUMENT_MB or 10)',
] as const

/**
 * The largest document a command reads, in bytes: `--max-document-mb`, else `DYAD_MAX_DOCUMENT_MB`, else 10 MB
 * (1 MB = 1024 × 1024 bytes); a value that is not a positive number is a usage error naming where it came from.
 */
export function maxDocumentBytes(flag: string | undefined, io: CliIo): number {
  const [value, from] =
    flag !== undefined ? [flag, '--max-document-mb'] : [io.env.DYAD_MAX_DOCUMENT_MB, 'DYAD_MAX_DOCUMENT_MB']
  if (value === undefined || (flag === undefined && value.trim() === '')) return MAX_DOCUMENT_BYTES
  const mb = /^\s*\d+(?:\.\d+)?\s*$|^\s*\.\d+\s*$/.test(value) ? Number(value) : Number.NaN
  const bytes = Math.floor(mb * 1024 * 1024)
  if (!(bytes >= 1) || !Number.isSafeInteger(bytes))
    throw new CliError(`${from} takes a positive number of megabytes (e.g. 10 or 0.5), not ${JSON.stringify(value)}`, 2)
  return bytes
}
