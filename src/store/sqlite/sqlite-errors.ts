import { type StoreFailure, StoreUnavailableError } from '../store.js'

/**
 * The result codes that mean the database itself cannot be used, by primary code; an extended code
 * (SQLITE_IOERR_WRITE, SQLITE_BUSY_SNAPSHOT, SQLITE_READONLY_DBMOVED…) means what its primary code means.
 */
const FAILURES: Readonly<Record<string, StoreFailure>> = {
  SQLITE_BUSY: 'busy',
  SQLITE_READONLY: 'read-only',
  SQLITE_FULL: 'full',
  SQLITE_IOERR: 'io',
  SQLITE_CANTOPEN: 'cannot-open',
  SQLITE_CORRUPT: 'damaged',
  SQLITE_NOTADB: 'damaged',
}

/** What the store was doing when the database failed: the first words of the message. */
export type StoreAction = 'open' | 'read' | 'write'

/** The failure an SQLite error stands for, or undefined for an error about one statement or one document. */
export function sqliteFailure(e: unknown): StoreFailure | undefined {
  const code = (e as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return undefined
  const primary = /^SQLITE_[A-Z]+/.exec(code)?.[0] ?? ''
  return FAILURES[primary]
}

/**
 * The one line a user reads for an SQLite error that means the database cannot be used ("cannot write to
 * /data/dyad.db: the disk is full (SQLITE_FULL)"), as a StoreUnavailableError; undefined for any other error.
 */
export function storeUnavailable(
  e: unknown,
  { path, action, busyTimeoutMs }: { path: string; action: StoreAction; busyTimeoutMs: number },
): StoreUnavailableError | undefined {
  if (e instanceof StoreUnavailableError) return e
  const failure = sqliteFailure(e)
  if (!failure) return undefined
  const reasons: Record<StoreFailure, string> = {
    busy: `another process kept it locked for writing longer than the busy timeout (${busyTimeoutMs / 1000} s)`,
    'read-only': 'it is read-only (the disk, the file or its folder cannot be written)',
    full: 'the disk is full',
    io: 'the disk failed to read or write (a disk error, or a limit on file size)',
    'cannot-open': 'it cannot be opened or created (a folder that cannot be written, or a path that is a folder)',
    damaged: 'the file is damaged or is not a Dyad database',
  }
  const subject =
    action === 'open'
      ? `cannot open the database ${path}`
      : action === 'write'
        ? `cannot write to ${path}`
        : `cannot read ${path}`
  const reason = `${reasons[failure]} (${(e as { code: string }).code})`
  return new StoreUnavailableError(`${subject}: ${reason}`, failure, reason)
}
