import type { Store } from './store.js'

/** The methods of the port that write. */
export const WRITES: ReadonlySet<string> = new Set<keyof Store>([
  'saveVersion',
  'saveVersions',
  'recordFailure',
  'replaceExtraction',
  'optimize',
  'close',
])

/**
 * The store with the errors of every method (and of every stream it returns) passed through `map`, which is told
 * whether the method reads or writes: an engine turns the errors that mean the database cannot be used into a
 * StoreUnavailableError there, in one place, and lets the others through (`undefined`).
 */
export function guardStore(store: Store, map: (e: unknown, action: 'read' | 'write') => Error | undefined): Store {
  const guarded: Record<string, unknown> = {}
  for (const [name, method] of Object.entries(store)) {
    if (typeof method !== 'function') continue
    const action = WRITES.has(name) ? 'write' : 'read'
    const rethrow = (e: unknown): never => {
      throw map(e, action) ?? e
    }
    guarded[name] = (...args: unknown[]) => {
      const out: unknown = method.apply(store, args)
      if (out instanceof Promise) return out.catch(rethrow)
      if (out !== null && typeof out === 'object' && Symbol.asyncIterator in out)
        return mapped(out as AsyncIterable<unknown>, rethrow)
      return out
    }
  }
  return guarded as unknown as Store
}

/** The items of a stream, its errors passed through `rethrow`. */
async function* mapped<T>(items: AsyncIterable<T>, rethrow: (e: unknown) => never): AsyncGenerator<T> {
  try {
    yield* items
  } catch (e) {
    rethrow(e)
  }
}
