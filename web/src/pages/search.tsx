import { getEvents, search } from '../api-client.js'
import { FamilyOptions } from '../components/event-table.js'
import { ErrorBox, Loading, NumberedList, PairField, Section, SourceTypeField, useTitle } from '../components/ui.js'
import { useAsync } from '../components/use-async.js'
import { actorsLabel, dateLabel, documentTitle, evidenceHref, snippetParts } from '../format.js'
import { type Location, navigate } from '../router.js'

/** Search results: documents by full-text search and events whose evidence holds the words, with filters. */
export function SearchPage({ loc }: { loc: Location }) {
  const q = loc.params.get('q')?.trim() ?? ''
  const pair = loc.params.get('pair')?.trim().toUpperCase() ?? ''
  const type = loc.params.get('type') ?? ''
  const family = loc.params.get('family') ?? ''
  useTitle(q ? `Search: ${q}` : 'Search')
  const docs = useAsync(
    () => (q ? search(q, { pair: pair || undefined, type: type || undefined }) : Promise.resolve([])),
    [q, pair, type],
  )
  const events = useAsync(
    () =>
      q
        ? getEvents({ q, pair: pair || undefined, family: family || undefined }, undefined, 50)
        : Promise.resolve({ items: [], next_cursor: null }),
    [q, pair, family],
  )
  const submit = (e: Event) => {
    e.preventDefault()
    const params = new URLSearchParams()
    for (const [k, v] of new FormData(e.currentTarget as HTMLFormElement))
      if (typeof v === 'string' && v.trim()) params.set(k, v.trim())
    navigate(`/search?${params}`)
  }
  return (
    <div class="search">
      <h1>Search</h1>
      <form class="filters" onSubmit={submit} key={loc.params.toString()}>
        <label>
          Words <input name="q" type="search" defaultValue={q} required />
        </label>
        <PairField value={pair} />
        <SourceTypeField label="Document type" value={type} />
        <label>
          Event family{' '}
          <select name="family" defaultValue={family}>
            <FamilyOptions any="any" />
          </select>
        </label>
        <button type="submit">Search</button>
      </form>
      {!q && <p class="hint">Type words to find documents and events; quote a phrase, e.g. "phone call".</p>}
      {q && (
        <>
          <Section title="Documents" id="doc-hits">
            {docs.state === 'loading' && <Loading />}
            {docs.state === 'error' && <ErrorBox message={docs.message} />}
            {docs.state === 'ready' &&
              (docs.value.length === 0 ? (
                <p class="empty">No document matches.</p>
              ) : (
                <NumberedList class="hits" items={docs.value} itemKey={(h) => h.id}>
                  {(h) => (
                    <div data-testid="search-hit">
                      <a href={`/documents/${encodeURIComponent(h.id)}`}>{documentTitle(h)}</a>
                      <span class="meta">
                        {' '}
                        {[h.source_type, h.publication_date && dateLabel(h.publication_date)]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                      <p class="snippet">
                        {snippetParts(h.snippet).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : p.text))}
                      </p>
                    </div>
                  )}
                </NumberedList>
              ))}
          </Section>
          <Section title="Events" id="event-hits">
            {events.state === 'loading' && <Loading />}
            {events.state === 'error' && <ErrorBox message={events.message} />}
            {events.state === 'ready' &&
              (events.value.items.length === 0 ? (
                <p class="empty">No event's evidence holds these words.</p>
              ) : (
                <ul class="items">
                  {events.value.items.map((e) => (
                    <li key={`${e.document}-${e.start}-${e.type}`}>
                      <span class="date">{dateLabel(e.date, e.date_end)}</span>{' '}
                      <span class={`type fam-${e.family}`}>{e.type}</span> {actorsLabel(e)}
                      <a class="evidence" href={evidenceHref(e.document, e.start, e.end)}>
                        {e.evidence}
                      </a>
                    </li>
                  ))}
                </ul>
              ))}
          </Section>
        </>
      )}
    </div>
  )
}
