import type { RefObject } from 'preact'
import { useEffect, useRef, useState } from 'preact/hooks'

/** A view drawn by a library outside Preact (a chart, a timeline, a graph), mounted on an element. */
export interface Mounted<T> {
  update(data: T): void
  destroy(): void
}

/** A module that draws such a view; it is imported only when a page shows it. */
export type Mount<T> = (el: HTMLElement, data: T) => Mounted<T>

/**
 * A box of fixed height in which a lazily imported library draws: the page keeps its layout while the library loads,
 * and a failure to load shows a message in the same box.
 */
export function LazyView<T>({
  load,
  data,
  height,
  label,
  testId,
  picture = false,
}: {
  load: () => Promise<Mount<T>>
  data: T
  height: number
  label: string
  testId?: string
  /** A picture with nothing to interact with inside (a chart): screen readers read the label instead. */
  picture?: boolean
}) {
  const el = useRef<HTMLElement>(null)
  const view = useRef<Mounted<T> | null>(null)
  const latest = useRef(data)
  latest.current = data
  const [state, setState] = useState<'loading' | 'ready' | 'error'>('loading')

  // Mounted once; later data goes through update().
  useEffect(() => {
    let live = true
    load().then(
      (mount) => {
        if (!live || !el.current) return
        view.current = mount(el.current, latest.current)
        setState('ready')
      },
      () => live && setState('error'),
    )
    return () => {
      live = false
      view.current?.destroy()
      view.current = null
    }
  }, [])

  useEffect(() => {
    view.current?.update(data)
  }, [data])

  return (
    <div class="lazy-view" style={{ height: `${height}px` }} data-testid={testId} data-state={state}>
      {picture ? (
        <div ref={el as RefObject<HTMLDivElement>} class="lazy-view-canvas" role="img" aria-label={label} />
      ) : (
        <section ref={el} class="lazy-view-canvas" aria-label={label} />
      )}
      {state === 'loading' && <p class="lazy-view-note">Loading…</p>}
      {state === 'error' && <p class="lazy-view-note error">This view could not be loaded; reload the page.</p>}
    </div>
  )
}
