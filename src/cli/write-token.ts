import { randomBytes } from 'node:crypto'
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { CliError } from './io.js'

/** The shortest `DYAD_TOKEN` accepted: a short token can be guessed even at 60 tries a minute. */
export const MIN_TOKEN_LENGTH = 16

/** Where the write token came from, and what `dyad serve` says about it. */
export type WriteToken =
  | { readonly token: string; readonly from: 'env' }
  | { readonly token: string; readonly from: 'file'; readonly path: string; readonly madePrivate: boolean }
  | { readonly token: string; readonly from: 'new'; readonly path: string | null }

/** The file that keeps a database's write token: beside it, named after it (`dyad.db` → `dyad.db.token`). */
export function tokenPath(db: string): string | null {
  return db === ':memory:' ? null : `${db}.token`
}

const newToken = (): string => randomBytes(32).toString('base64url')

/**
 * The write token of a server on `db`: `DYAD_TOKEN` when set; else the one kept beside the database; else a new one,
 * kept there with 0600 permissions (owner only) so that the next start uses the same. A kept file that others can read
 * is made private again. A database in memory gets a new token each start and keeps none.
 */
export function writeToken(db: string, env: NodeJS.ProcessEnv): WriteToken {
  const fromEnv = env.DYAD_TOKEN
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.trim().length < MIN_TOKEN_LENGTH || /\s/.test(fromEnv.trim()))
      throw new CliError(`DYAD_TOKEN must be at least ${MIN_TOKEN_LENGTH} characters without spaces`, 2)
    return { token: fromEnv.trim(), from: 'env' }
  }
  const path = tokenPath(db)
  if (path === null) return { token: newToken(), from: 'new', path: null }
  const kept = readKept(path)
  if (kept !== undefined) return kept
  const token = newToken()
  try {
    // `wx`: never overwrite a token another process has just written; read that one instead.
    writeFileSync(path, `${token}\n`, { mode: 0o600, flag: 'wx' })
  } catch (e) {
    const err = e as NodeJS.ErrnoException
    if (err.code === 'EEXIST') {
      const other = readKept(path)
      if (other) return other
    }
    throw new CliError(`cannot keep the write token in ${path}: ${err.message}`)
  }
  return { token, from: 'new', path }
}

/** The token kept at `path`, or undefined when there is no such file. */
function readKept(path: string): WriteToken | undefined {
  let mode: number
  try {
    mode = statSync(path).mode
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new CliError(`cannot read the write token in ${path}: ${(e as Error).message}`)
  }
  const token = readFileSync(path, 'utf8').trim()
  if (token.length < MIN_TOKEN_LENGTH || /\s/.test(token))
    throw new CliError(
      `the write token in ${path} is not a token (at least ${MIN_TOKEN_LENGTH} characters without spaces); delete the file to make a new one`,
    )
  const madePrivate = (mode & 0o077) !== 0
  if (madePrivate) chmodSync(path, 0o600)
  return { token, from: 'file', path, madePrivate }
}
