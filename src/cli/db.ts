import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { BUSY_TIMEOUT_MS, createSqliteStore } from '../store/sqlite/index.js'
import { type Store, StoreUnavailableError } from '../store/store.js'
import { CliError, type CliIo } from './io.js'

/** The database path: `--db`, else `DYAD_DB`, else `./dyad.db`. */
export function dbPath(flag: string | undefined, io: CliIo): string {
  const path = flag ?? io.env.DYAD_DB ?? 'dyad.db'
  return path === ':memory:' ? path : resolve(io.cwd, path)
}

/** Opens the store; commands that only read refuse to create an empty database by mistake. */
export async function openStore(
  flag: string | undefined,
  io: CliIo,
  { create, attemptTimeoutMs }: { create: boolean; attemptTimeoutMs?: number },
): Promise<Store> {
  const path = dbPath(flag, io)
  if (!create && path !== ':memory:' && !existsSync(path))
    throw new CliError(`no database at ${path} (run "dyad ingest PATH" first, or pass --db)`)
  const busyTimeoutMs = busyTimeout(io)
  try {
    return await createSqliteStore({
      path,
      busyTimeoutMs,
      ...(attemptTimeoutMs === undefined ? {} : { attemptTimeoutMs }),
    })
  } catch (e) {
    // Its message already names the database and the reason.
    if (e instanceof StoreUnavailableError) throw e
    throw new CliError(`cannot open database ${path}: ${e instanceof Error ? e.message : String(e)}`)
  }
}

/** How long a write waits for another process's write lock: `DYAD_BUSY_TIMEOUT` in milliseconds, else 5,000. */
export function busyTimeout(io: CliIo): number {
  const raw = io.env.DYAD_BUSY_TIMEOUT
  if (raw === undefined || raw === '') return BUSY_TIMEOUT_MS
  const ms = Number(raw)
  if (!Number.isInteger(ms) || ms < 0)
    throw new CliError(`DYAD_BUSY_TIMEOUT must be a whole number of milliseconds, not "${raw}"`, 2)
  return ms
}
