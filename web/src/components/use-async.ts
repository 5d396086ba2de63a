import { useEffect, useState } from 'preact/hooks'

/** The state of a value being loaded. */
export type Async<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string; readonly status: number }
  | { readonly state: 'ready'; readonly value: T }

/** Loads a value whenever the dependencies change; an answer to an older request is dropped. */
export function useAsync<T>(load: () => Promise<T>, deps: readonly unknown[]): Async<T> {
  const [value, setValue] = useState<Async<T>>({ state: 'loading' })
  // The caller names what the load depends on.
  useEffect(() => {
    let live = true
    setValue((v) => (v.state === 'ready' ? v : { state: 'loading' }))
    load().then(
      (v) => live && setValue({ state: 'ready', value: v }),
      (e: unknown) =>
        live &&
        setValue({
          state: 'error',
          message: e instanceof Error ? e.message : String(e),
          status: (e as { status?: number }).status ?? 0,
        }),
    )
    return () => {
      live = false
    }
  }, deps)
  return value
}
