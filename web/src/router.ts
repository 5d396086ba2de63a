import { useEffect, useState } from 'preact/hooks'

/** The current location as the router sees it. */
export interface Location {
  readonly path: string
  readonly params: URLSearchParams
}

const read = (): Location => ({ path: location.pathname, params: new URLSearchParams(location.search) })
const listeners = new Set<() => void>()

/** Goes to a path of the app without reloading; `replace` keeps the history entry. */
export function navigate(url: string, { replace = false }: { replace?: boolean } = {}): void {
  if (replace) history.replaceState(null, '', url)
  else history.pushState(null, '', url)
  for (const l of listeners) l()
  if (!replace && !new URL(url, location.href).hash) window.scrollTo(0, 0)
}

/** The current location; re-renders on navigation and on the browser's back and forward. */
export function useLocation(): Location {
  const [loc, setLoc] = useState(read)
  useEffect(() => {
    const update = () => setLoc(read())
    listeners.add(update)
    window.addEventListener('popstate', update)
    return () => {
      listeners.delete(update)
      window.removeEventListener('popstate', update)
    }
  }, [])
  return loc
}

/**
 * Sends plain left clicks on same-origin links through the router, so every link is a real `<a href>` (open in a new
 * tab, copy, keyboard) and in-app navigation does not reload the page.
 */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
    const a = (e.target as Element | null)?.closest?.('a')
    if (!a || a.target || a.hasAttribute('download')) return
    const url = new URL(a.href, location.href)
    if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname === '/docs') return
    if (url.pathname === location.pathname && url.search === location.search && url.hash) return
    e.preventDefault()
    navigate(url.pathname + url.search + url.hash)
  })
}

/** A path segment as written, decoded; a malformed escape is kept as it stands rather than failing the page. */
export function segment(raw: string | undefined): string {
  try {
    return decodeURIComponent(raw ?? '')
  } catch {
    return raw ?? ''
  }
}
