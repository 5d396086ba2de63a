import { WRITES } from './guard-store.js'
import { type Store, StoreUnavailableError } from './store.js'

/** How a store that waits for the write lock sleeps (a test may count instead). */
export type Sleep = (ms: number) => Promise<void>

const sleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The store with writes that wait for another process's write lock without blocking: each attempt waits only the
 * engine's short busy timeout, and between attempts the caller's event loop runs (a server keeps answering reads while
 * its upload waits for a `dyad ingest` in another process to commit). After `waitMs` in all, the last
 * StoreUnavailableError is thrown, saying how long it waited. Only a write that found the database busy is tried
 * again: it stored nothing (its transaction never began or was rolled back).
 */
export function waitingForWriteLock(store: Store, { waitMs, pause = sleep }: { waitMs: number; pause?: Sleep }): Store {
  const patient: Record<string, unknown> = {}
  for (const [name, method] of Object.entries(store)) {
    if (typeof method !== 'function') continue
    if (!WRITES.has(name) || name === 'close') {
      patient[name] = method.bind(store)
      continue
    }
    patient[name] = async (...args: unknown[]) => {
      const until = Date.now() + waitMs
      for (let wait = 20; ; wait = Math.min(wait * 2, 500)) {
        try {
          return await method.apply(store, args)
        } catch (e) {
          if (!(e instanceof StoreUnavailableError) || e.failure !== 'busy') throw e
          const left = until - Date.now()
          if (left <= 0) {
            const reason = `another process kept it locked for writing longer than ${waitMs / 1000} s (SQLITE_BUSY)`
            throw new StoreUnavailableError(e.message.replace(e.reason, reason), 'busy', reason)
          }
          await pause(Math.min(wait, left))
        }
      }
    }
  }
  return patient as unknown as Store
}
