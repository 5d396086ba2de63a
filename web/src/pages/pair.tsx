import { useEffect, useMemo, useState } from 'preact/hooks'
import { getAllEvents, getProfile } from '../api-client.js'
import { EventTable, type TableFilters } from '../components/event-table.js'
import { KeyFacts } from '../components/key-facts.js'
import { LazyView } from '../components/lazy-view.js'
import { CountryName, ErrorBox, Loading, NumberedList, Section, useTitle } from '../components/ui.js'
import { useAsync } from '../components/use-async.js'
import { actorsLabel, dateLabel, documentTitle, evidenceHref, plural, webUrl } from '../format.js'
import { type Location, navigate, segment } from '../router.js'
import { chartWindow, monthRange, NO_FILTERS } from '../series.js'
import type { EventItem, Profile } from '../types.js'

const CODE = /^[A-Za-z]{3}$/

/** Whether an event runs from one side to the other (a co-source or co-target counts). */
function runs(e: EventItem, from: string, to: string): boolean {
  return (e.source === from || e.co_sources.includes(from)) && (e.target === to || e.co_targets.includes(to))
}

/** The profile of a pair: key facts, monthly chart, timeline, events, actors and sources. */
export function PairPage({ loc, match }: { loc: Location; match: RegExpExecArray }) {
  const raw = segment(match[1])
  const parts = raw.split('-')
  const valid = parts.length === 2 && parts.every((p) => CODE.test(p)) && parts[0] !== parts[1]
  const key = valid
    ? parts
        .map((p) => p.toUpperCase())
        .sort()
        .join('-')
    : raw
  // One address per pair: the other order is replaced by the canonical one, keeping the query.
  useEffect(() => {
    if (valid && raw !== key) navigate(`/pair/${key}${location.search}`, { replace: true })
  }, [raw, key, valid])
  const direction = loc.params.get('direction') ?? ''
  const profile = useAsync(() => getProfile(key, direction || undefined), [key, direction])
  // The newest events when a pair has more than the page holds, shown in date order (undated last).
  const events = useAsync(async () => {
    const newest = await getAllEvents({ pair: key, order: 'desc' })
    const dated = newest.items.filter((e) => e.date).reverse()
    return { ...newest, items: [...dated, ...newest.items.filter((e) => !e.date)] }
  }, [key])
  useTitle(profile.state === 'ready' ? profile.value.country_info.map((c) => c.name).join(' – ') : key)

  if (!valid) return <ErrorBox message={`"${raw}" is not a pair: write two ISO3 codes joined by "-", e.g. ISR-KAZ.`} />
  if (profile.state === 'loading') return <Loading label="Loading the profile…" height={400} />
  if (profile.state === 'error')
    return (
      <div>
        <h1>{key}</h1>
        <ErrorBox message={profile.message} />
        <p>
          <a href="/">See all pairs</a>
        </p>
      </div>
    )
  return (
    <PairView
      profile={profile.value}
      direction={direction}
      events={events.state === 'ready' ? events.value : null}
      eventsError={events.state === 'error' ? events.message : null}
      loc={loc}
    />
  )
}

function PairView({
  profile: p,
  direction,
  events,
  eventsError,
  loc,
}: {
  profile: Profile
  direction: string
  events: { items: EventItem[]; truncated: boolean } | null
  eventsError: string | null
  loc: Location
}) {
  const [a, b] = p.country_info
  const [filters, setFilters] = useState<TableFilters>(NO_FILTERS)
  const shown = useMemo(() => {
    if (!events) return null
    const [from, to] = direction.split('-')
    return from && to ? events.items.filter((e) => runs(e, from, to)) : events.items
  }, [events, direction])
  const dated = useMemo(() => shown?.filter((e) => e.date) ?? [], [shown])
  const undated = useMemo(() => shown?.filter((e) => !e.date) ?? [], [shown])
  const setDirection = (d: string) => {
    const params = new URLSearchParams(loc.params)
    if (d) params.set('direction', d)
    else params.delete('direction')
    const qs = params.toString()
    navigate(`/pair/${p.pair}${qs ? `?${qs}` : ''}`, { replace: true })
  }
  const showEvents = (f: TableFilters) => {
    setFilters(f)
    document.getElementById('events')?.scrollIntoView({ block: 'start' })
    document.getElementById('events-h')?.focus({ preventScroll: true })
  }
  const openMonth = (month: string) => showEvents({ ...NO_FILTERS, from: month, to: month })
  const openActor = (actor: string) => showEvents({ ...NO_FILTERS, actor })
  const chartData = useMemo(() => ({ months: p.monthly, onMonth: openMonth }), [p.monthly])
  const timelineData = useMemo(
    () => ({ events: dated, onOpen: (e: EventItem) => navigate(evidenceHref(e.document, e.start, e.end)) }),
    [dated],
  )
  const networkData = useMemo(() => ({ events: shown ?? [], onActor: openActor }), [shown])
  const titles = new Map(p.sources.map((s) => [s.id, documentTitle(s)]))

  return (
    <div class="pair">
      <header class="pair-head">
        <h1>
          <CountryName country={a} code /> <span aria-hidden="true">–</span>
          <span class="sr-only"> and </span> <CountryName country={b} code />
        </h1>
        <p class="counts" data-testid="pair-counts">
          {plural(p.documents, 'document')} · {plural(p.events, 'event')} · {plural(p.facts, 'fact')}
          {p.first_event && (
            <>
              {' '}
              · {dateLabel(p.first_event)} – {dateLabel(p.last_event)}
            </>
          )}
          {' · '}
          <a href={`/api/export?pair=${p.pair}&format=csv`} download>
            CSV
          </a>{' '}
          <a href={`/api/export?pair=${p.pair}&format=jsonl`} download>
            JSONL
          </a>
        </p>
      </header>

      <Section title="Key facts" id="facts">
        <KeyFacts facts={p.key_facts} titles={titles} />
      </Section>

      <fieldset class="direction">
        <legend>Direction of the acts</legend>
        {[
          ['', 'Both ways'],
          [`${a.code}-${b.code}`, `${a.code} → ${b.code}`],
          [`${b.code}-${a.code}`, `${b.code} → ${a.code}`],
        ].map(([value, label]) => (
          <label key={value}>
            <input
              type="radio"
              name="direction"
              value={value}
              checked={direction === value}
              onChange={() => setDirection(value as string)}
            />{' '}
            {label}
          </label>
        ))}
      </fieldset>

      <Section title="Cooperation and conflict by month" id="chart" aside={<ChartHint months={p.monthly} />}>
        {p.monthly.length === 0 ? (
          <p class="empty">No event dated to a month{direction ? ' in this direction' : ''}.</p>
        ) : (
          <LazyView
            load={() => import('../charts/monthly-chart.js').then((m) => m.mountMonthlyChart)}
            data={chartData}
            height={340}
            label={`Events per month, from ${p.monthly[0]?.month} to ${p.monthly[p.monthly.length - 1]?.month}, by PLOVER quad class, with the cooperation–conflict index`}
            testId="monthly-chart"
            picture
          />
        )}
      </Section>

      <Section
        title="Timeline"
        id="timeline"
        aside={<span class="hint">Ctrl + scroll to zoom · drag to pan · click an event to read it</span>}
      >
        {eventsError && <ErrorBox message={`The events could not be loaded: ${eventsError}`} />}
        {shown === null && !eventsError && <Loading height={320} />}
        {shown !== null &&
          (dated.length === 0 ? (
            <p class="empty">No dated event.</p>
          ) : (
            <LazyView
              load={() => import('../charts/timeline.js').then((m) => m.mountTimeline)}
              data={timelineData}
              height={320}
              label="Timeline of the dated events, one row per type family"
              testId="timeline"
            />
          ))}
        {undated.length > 0 && (
          <div class="undated" data-testid="undated">
            <h3>
              Undated ({undated.length}) <span class="hint">— the documents give no date, so none is guessed</span>
            </h3>
            <ul class="items">
              {undated.map((e) => (
                <li key={`${e.document}-${e.start}-${e.type}`}>
                  <span class="type">{e.type}</span> {actorsLabel(e)}{' '}
                  <a class="evidence" href={evidenceHref(e.document, e.start, e.end)}>
                    {e.evidence}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Section>

      <Section title="Events" id="events">
        {events?.truncated && (
          <p class="hint" data-testid="events-window">
            Showing the newest {events.items.length} of {plural(p.events, 'event')} of this pair; the exports hold them
            all.
          </p>
        )}
        {shown === null ? (
          <Loading height={200} />
        ) : (
          <EventTable events={shown} filters={filters} onFilters={setFilters} />
        )}
      </Section>

      <Section
        title="Actors"
        id="actors"
        aside={<span class="hint">Edges are weighted by the events between actors · click one to list its events</span>}
      >
        {shown !== null && shown.length === 0 && (
          <p class="empty">No actors: there is no event{direction ? ' in this direction' : ''}.</p>
        )}
        {shown !== null && shown.length > 0 && (
          <LazyView
            load={() => import('../charts/network.js').then((m) => m.mountNetwork)}
            data={networkData}
            height={360}
            label="Network of the countries, people and organisations acting in this pair's events"
            testId="network"
          />
        )}
        {p.actors.length > 0 ? (
          <ul class="actors">
            {p.actors.map((x) => (
              <li key={`${x.name}-${x.code}`}>
                <button type="button" class="link" onClick={() => openActor(x.name)}>
                  {x.name}
                </button>{' '}
                <span class="code">{x.code}</span> · {plural(x.events, 'event')}
              </li>
            ))}
          </ul>
        ) : (
          shown !== null &&
          shown.length > 0 && (
            <p class="empty" data-testid="no-actors">
              No people or organisations are named in these events{direction ? ' in this direction' : ''}: the network
              shows the countries alone.
            </p>
          )
        )}
      </Section>

      <Section title="Sources" id="sources">
        {p.sources.length === 0 ? (
          <p class="empty">No source.</p>
        ) : (
          <>
            {p.source_count > p.sources.length && (
              <p class="note" data-testid="sources-shown">
                {p.sources.length} of {plural(p.source_count, 'document')}, newest first (and any a key fact cites); the
                CSV and JSONL exports hold every event and fact with its document.
              </p>
            )}
            <NumberedList class="sources" testId="sources" items={p.sources} itemKey={(s) => s.id}>
              {(s) => (
                <>
                  <a href={`/documents/${encodeURIComponent(s.id)}`}>{documentTitle(s)}</a>{' '}
                  <span class="meta">
                    {[s.source_type, s.publication_date && dateLabel(s.publication_date)].filter(Boolean).join(' · ')} ·{' '}
                    {plural(s.events, 'event')}, {plural(s.facts, 'fact')}
                  </span>
                  {webUrl(s.source_url) && (
                    <>
                      {' '}
                      <a
                        class="ext"
                        href={webUrl(s.source_url) as string}
                        rel="noopener noreferrer nofollow"
                        target="_blank"
                      >
                        original
                      </a>
                    </>
                  )}
                </>
              )}
            </NumberedList>
          </>
        )}
      </Section>
    </div>
  )
}

/** How to use the monthly chart, and, when it opens on the last ten years only, which months are left to reach. */
function ChartHint({ months }: { months: Profile['monthly'] }) {
  const axis = monthRange(months)
  const w = chartWindow(axis.length)
  if (axis.length === 0) return null
  if (w.whole)
    return <span class="hint">Click a month to list its events · scroll on the chart or drag the slider to zoom</span>
  return (
    <span class="hint" data-testid="chart-window">
      Showing the last ten years, {dateLabel(axis[w.start] ?? null)} – {dateLabel(axis[w.end] ?? null)}: drag the chart
      to the right, or the slider's window to the left, to see back to {dateLabel(axis[0] ?? null)} · scroll on the
      chart to zoom · click a month to list its events
    </span>
  )
}
