import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { createSqliteStore } from '../store/sqlite/index.js'
import type { Store } from '../store/store.js'
import { CliError, type CliIo } from './io.js'

/** The database path: `--db`, else `DYAD_DB`, else `./dyad.db`. */
export function dbPath(flag: string | undefined, io: CliIo): string {
  const path = flag ?? io.env.DYAD_DB ?? 'dyad.db'
  return path === ':memory:' ? path : resolve(io.cwd, path)
}

/** Opens the store; commands that only read refuse to create an empty database by mistake. */
export async function openStore(flag: string | undefined, io: CliIo, { create }: { create: boolean }): Promise<Store> {
  const path = dbPath(flag, io)
  if (!create && path !== ':memory:' && !existsSync(path))
    throw new CliError(`no database at ${path} (run "dyad ingest PATH" first, or pass --db)`)
  try {
    return await createSqliteStore({ path })
  } catch (e) {
    throw new CliError(`cannot open database ${path}: ${e instanceof Error ? e.message : String(e)}`)
  }
}
