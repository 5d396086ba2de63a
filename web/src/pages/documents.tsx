import { useEffect, useRef, useState } from 'preact/hooks'
import { getDocuments } from '../api-client.js'
import { ErrorBox, Loading, PairField, SourceTypeField, useTitle } from '../components/ui.js'
import { dateLabel, documentTitle, plural } from '../format.js'
import { type Location, navigate } from '../router.js'
import type { DocumentJson } from '../types.js'

type Listing =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly message: string }
  | { readonly state: 'ready'; readonly items: readonly DocumentJson[]; readonly next: string | null; more: boolean }

/** The stored documents, oldest first, filtered by characters of the title, pair and type, a page at a time. */
export function DocumentsPage({ loc }: { loc: Location }) {
  const q = loc.params.get('q')?.trim() ?? ''
  const pair = loc.params.get('pair')?.trim().toUpperCase() ?? ''
  const type = loc.params.get('type') ?? ''
  const filtered = Boolean(q || pair || type)
  useTitle(filtered ? `Documents: ${[q, pair, type].filter(Boolean).join(', ')}` : 'Documents')
  const [list, setList] = useState<Listing>({ state: 'loading' })
  const filters = { q: q || undefined, pair: pair || undefined, type: type || undefined }
  // Each listing (a new filter) gets a number: a page that answers after the filters changed is dropped.
  const listing = useRef(0)
  const failed = (e: unknown) => ({ state: 'error' as const, message: e instanceof Error ? e.message : String(e) })

  useEffect(() => {
    const at = ++listing.current
    setList({ state: 'loading' })
    getDocuments(filters).then(
      (page) =>
        at === listing.current && setList({ state: 'ready', items: page.items, next: page.next_cursor, more: false }),
      (e: unknown) => at === listing.current && setList(failed(e)),
    )
  }, [q, pair, type])

  const more = () => {
    if (list.state !== 'ready' || !list.next) return
    const shown = list
    const at = listing.current
    setList({ ...shown, more: true })
    getDocuments(filters, shown.next ?? undefined).then(
      (page) =>
        at === listing.current &&
        setList({ state: 'ready', items: [...shown.items, ...page.items], next: page.next_cursor, more: false }),
      (e: unknown) => at === listing.current && setList(failed(e)),
    )
  }

  const submit = (e: Event) => {
    e.preventDefault()
    const params = new URLSearchParams()
    for (const [k, v] of new FormData(e.currentTarget as HTMLFormElement))
      if (typeof v === 'string' && v.trim()) params.set(k, v.trim())
    const qs = params.toString()
    navigate(`/documents${qs ? `?${qs}` : ''}`)
  }

  return (
    <div class="documents">
      <h1>Documents</h1>
      <form class="filters" onSubmit={submit} key={loc.params.toString()} aria-label="Filter the documents">
        <label>
          Title <input name="q" type="search" defaultValue={q} placeholder="words of the title" />
        </label>
        <PairField value={pair} />
        <SourceTypeField label="Type" value={type} />
        <button type="submit">Filter</button>
        {filtered && <a href="/documents">Show all</a>}
      </form>
      {list.state === 'loading' && <Loading label="Loading the documents…" height={200} />}
      {list.state === 'error' && <ErrorBox message={`The documents could not be listed: ${list.message}`} />}
      {list.state === 'ready' && (
        <>
          <p class="hint" aria-live="polite" data-testid="documents-count">
            {list.items.length === 0
              ? filtered
                ? 'No document matches these filters.'
                : 'No document yet: add one on the home page, or run `dyad ingest FOLDER`.'
              : `${plural(list.items.length, 'document')}${list.next ? ', more below' : ''}, oldest first`}
          </p>
          {list.items.length > 0 && (
            <div class="table-wrap">
              <table class="doc-table">
                <thead>
                  <tr>
                    <th scope="col">Title</th>
                    <th scope="col">Date</th>
                    <th scope="col">Pair</th>
                    <th scope="col">Type</th>
                  </tr>
                </thead>
                <tbody>
                  {list.items.map((d) => (
                    <tr key={d.id} data-testid="document-row">
                      <td class="doc-title">
                        <a href={`/documents/${encodeURIComponent(d.id)}`}>{documentTitle(d)}</a>
                      </td>
                      <td class="nowrap">
                        {d.publication_date ? (
                          <time dateTime={d.publication_date}>{dateLabel(d.publication_date)}</time>
                        ) : (
                          <span class="empty">undated</span>
                        )}
                      </td>
                      <td class="nowrap">
                        {d.dyad ? <a href={`/pair/${d.dyad.join('-')}`}>{d.dyad.join('–')}</a> : '—'}
                      </td>
                      <td>{d.source_type}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {list.next && (
            <button type="button" class="more" onClick={more} disabled={list.more}>
              {list.more ? 'Loading…' : 'More documents'}
            </button>
          )}
        </>
      )}
    </div>
  )
}
