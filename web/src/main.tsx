import './style.css'
import type { ComponentType } from 'preact'
import { render } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { ErrorBox, Loading } from './components/ui.js'
import { HomePage } from './pages/home.js'
import { interceptLinks, type Location, navigate, useLocation } from './router.js'

type PageProps = { loc: Location; match: RegExpExecArray }

// The home page is in the first chunk; every other view, and the heavy libraries they use, load when opened.
const routes: readonly { pattern: RegExp; load: () => Promise<ComponentType<PageProps>> }[] = [
  { pattern: /^\/$/, load: async () => HomePage },
  { pattern: /^\/pair\/([^/]+)\/?$/, load: () => import('./pages/pair.js').then((m) => m.PairPage) },
  { pattern: /^\/documents\/?$/, load: () => import('./pages/documents.js').then((m) => m.DocumentsPage) },
  { pattern: /^\/documents\/([^/]+)\/?$/, load: () => import('./pages/document.js').then((m) => m.DocumentPage) },
  { pattern: /^\/search\/?$/, load: () => import('./pages/search.js').then((m) => m.SearchPage) },
]

function NotFound() {
  return (
    <div>
      <h1>Not found</h1>
      <p>
        There is no page here. <a href="/">See all pairs</a>.
      </p>
    </div>
  )
}

function Router() {
  const loc = useLocation()
  const route = routes.find((r) => r.pattern.test(loc.path))
  const [page, setPage] = useState<{ path: string; Page: ComponentType<PageProps> } | { error: string } | null>(null)
  useEffect(() => {
    if (!route) return
    let live = true
    route.load().then(
      (Page) => live && setPage({ path: route.pattern.source, Page }),
      () => live && setPage({ error: 'This view could not be loaded; reload the page.' }),
    )
    return () => {
      live = false
    }
  }, [route])
  if (!route) return <NotFound />
  if (page && 'error' in page) return <ErrorBox message={page.error} />
  if (!page || page.path !== route.pattern.source) return <Loading />
  return <page.Page loc={loc} match={route.pattern.exec(loc.path) as RegExpExecArray} />
}

function SearchBox() {
  const loc = useLocation()
  const q = loc.path === '/search' ? (loc.params.get('q') ?? '') : ''
  return (
    <form class="searchbox" action="/search" method="get" aria-label="Search documents">
      <label class="sr-only" for="q">
        Search documents
      </label>
      <input id="q" name="q" type="search" placeholder="Search documents…" defaultValue={q} key={q} />
      <button type="submit">Search</button>
    </form>
  )
}

/** The site's sections; the one shown is marked for screen readers and by its style. */
function Nav() {
  const loc = useLocation()
  const current = (path: string) => (loc.path.replace(/\/$/, '') === path ? 'page' : undefined)
  return (
    <nav aria-label="Site">
      <a href="/" aria-current={current('')}>
        Pairs
      </a>
      <a href="/documents" aria-current={current('/documents')}>
        Documents
      </a>
      <a href="/docs">API</a>
    </nav>
  )
}

function App() {
  return (
    <>
      <a class="skip" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <a class="brand" href="/">
          Dyad
        </a>
        <SearchBox />
        <Nav />
      </header>
      <main id="main" tabIndex={-1}>
        <Router />
      </main>
    </>
  )
}

const root = document.getElementById('app') as HTMLElement
interceptLinks(document.body)
// A search submitted from the top bar goes through the router too.
document.addEventListener('submit', (e) => {
  const form = e.target as HTMLFormElement
  if (form.getAttribute('action') !== '/search') return
  e.preventDefault()
  const params = new URLSearchParams()
  for (const [k, v] of new FormData(form)) if (typeof v === 'string' && v.trim()) params.set(k, v.trim())
  navigate(`/search?${params}`)
})
render(<App />, root)
