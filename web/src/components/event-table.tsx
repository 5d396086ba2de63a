import { Fragment } from 'preact'
import { useMemo, useState } from 'preact/hooks'
import { actorsLabel, dateLabel, documentTitle, eventFlags, evidenceHref, FAMILIES, familyLabel } from '../format.js'
import { isPartialDate, NO_FILTERS, passes, type TableFilters } from '../series.js'
import type { EventItem } from '../types.js'

export type { TableFilters }

const PAGE = 50

/** The events of a pair, newest first and undated last, with filters by family and date range. */
export function EventTable({
  events,
  filters,
  onFilters,
}: {
  events: readonly EventItem[]
  filters: TableFilters
  onFilters: (f: TableFilters) => void
}) {
  const [shown, setShown] = useState(PAGE)
  const rows = useMemo(
    () =>
      events
        .filter((e) => passes(e, filters))
        .sort((x, y) => (x.date && y.date ? y.date.localeCompare(x.date) : x.date ? -1 : y.date ? 1 : 0)),
    [events, filters],
  )
  const set = (k: keyof TableFilters) => (e: Event) => {
    setShown(PAGE)
    onFilters({ ...filters, [k]: (e.currentTarget as HTMLInputElement).value.trim() })
  }
  const bad = (v: string) => v !== '' && !isPartialDate(v)
  return (
    <div class="event-table">
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label for="filter-family">Family</label>
        <select id="filter-family" value={filters.family} onChange={set('family')}>
          <FamilyOptions any="all" />
        </select>
        {(['from', 'to'] as const).map((bound) => (
          <Fragment key={bound}>
            <label for={`filter-${bound}`}>{bound === 'from' ? 'From' : 'To'}</label>
            <input
              id={`filter-${bound}`}
              value={filters[bound]}
              onChange={set(bound)}
              placeholder="YYYY[-MM[-DD]]"
              size={11}
              aria-invalid={bad(filters[bound])}
            />
          </Fragment>
        ))}
        {filters.actor && (
          <span class="chip">
            Actor: {filters.actor}{' '}
            <button
              type="button"
              aria-label={`Stop filtering by ${filters.actor}`}
              onClick={() => onFilters({ ...filters, actor: '' })}
            >
              ×
            </button>
          </span>
        )}
        {(filters.family || filters.from || filters.to || filters.actor) && (
          <button type="button" onClick={() => onFilters(NO_FILTERS)}>
            Clear filters
          </button>
        )}
        <span class="hint" aria-live="polite">
          {rows.length} of {events.length} events
        </span>
      </form>
      {(bad(filters.from) || bad(filters.to)) && (
        <p class="error" role="alert">
          Write dates as YYYY, YYYY-MM or YYYY-MM-DD.
        </p>
      )}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Type</th>
              <th scope="col">Source → target</th>
              <th scope="col">Evidence</th>
              <th scope="col">Document</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((e) => (
              <tr key={`${e.document}-${e.start}-${e.type}-${e.source}-${e.target}`} data-testid="event-row">
                <td class="nowrap">
                  {e.date ? <time dateTime={e.date}>{dateLabel(e.date, e.date_end)}</time> : <em>undated</em>}
                </td>
                <td>
                  <span class={`type fam-${e.family}`} title={familyLabel(e.family)}>
                    {e.type}
                  </span>
                  {eventFlags(e).map((f) => (
                    <span key={f} class="flag-word">
                      {f}
                    </span>
                  ))}
                </td>
                <td>{actorsLabel(e)}</td>
                <td>
                  <a class="evidence" href={evidenceHref(e.document, e.start, e.end)}>
                    {e.evidence}
                  </a>
                </td>
                <td>
                  <a href={`/documents/${encodeURIComponent(e.document)}`}>
                    {documentTitle({ id: e.document, title: e.document_title })}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p class="empty">No event matches these filters.</p>}
      {rows.length > shown && (
        <button type="button" class="more" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more
        </button>
      )}
    </div>
  )
}

/** The options of a select of type families, the first one for any family. */
export function FamilyOptions({ any }: { any: string }) {
  return (
    <>
      <option value="">{any}</option>
      {FAMILIES.map((f) => (
        <option key={f.id} value={f.id}>
          {f.label}
        </option>
      ))}
    </>
  )
}
