import { useState } from 'preact/hooks'
import { getPairs } from '../api-client.js'
import { AddDocument } from '../components/add-document.js'
import { CountryName, ErrorBox, Loading, Section, useTitle } from '../components/ui.js'
import { useAsync } from '../components/use-async.js'
import { dateLabel, plural } from '../format.js'
import type { PairItem } from '../types.js'

function PairRow({ p }: { p: PairItem }) {
  const [a, b] = p.country_info
  const latest = p.latest_event
  return (
    <li class="pair-row">
      <a class="pair-name" href={`/pair/${p.pair}`}>
        <CountryName country={a} /> <span aria-hidden="true">–</span>
        <span class="sr-only"> and </span> <CountryName country={b} />
      </a>
      <span class="counts">
        {plural(p.documents, 'document')} · {plural(p.events, 'event')} · {plural(p.facts, 'fact')}
      </span>
      <span class="last">
        {latest ? (
          <>
            Last event: <time dateTime={latest.date ?? undefined}>{dateLabel(latest.date, latest.date_end)}</time>{' '}
            <span class={`type fam-${latest.family}`}>{latest.type}</span> {latest.source ?? '?'}
            {latest.target ? ` → ${latest.target}` : ''}
          </>
        ) : (
          'No dated event'
        )}
      </span>
    </li>
  )
}

/** The home page: the pairs Dyad knows, and a form to add a document. */
export function HomePage() {
  useTitle('')
  // A stored document can add a pair or change the counts: the list is read again after each one.
  const [added, setAdded] = useState(0)
  const pairs = useAsync(getPairs, [added])
  return (
    <div class="home">
      <h1 class="sr-only">Dyad</h1>
      <p class="lede">
        Relations between two countries, read from the documents about them: dated events, key figures and actors, each
        with the sentence it came from.
      </p>
      <Section title="Country pairs" id="pairs">
        {pairs.state === 'loading' && <Loading label="Loading pairs…" height={120} />}
        {pairs.state === 'error' && <ErrorBox message={`The pairs could not be loaded: ${pairs.message}`} />}
        {pairs.state === 'ready' && <PairList pairs={pairs.value} />}
      </Section>
      <Section title="Add a document" id="add">
        <AddDocument onAdded={() => setAdded((n) => n + 1)} />
      </Section>
    </div>
  )
}

/** Whether a pair names a country whose name or code starts with the words typed. */
function matches(p: PairItem, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean)
  const names = p.country_info.flatMap((c) => [c.code, ...c.name.split(/\s+/)]).map((n) => n.toLowerCase())
  return words.every((w) => names.some((n) => n.startsWith(w)))
}

function PairList({ pairs }: { pairs: readonly PairItem[] }) {
  const [filter, setFilter] = useState('')
  if (pairs.length === 0) return <p>No pairs yet: add a document below, or run `dyad ingest FOLDER`.</p>
  const shown = filter.trim() ? pairs.filter((p) => matches(p, filter)) : pairs
  // Pairs that documents are about come first; pairs that only appear in a passing event are folded away.
  const main = shown.filter((p) => p.documents > 0)
  const passing = shown.filter((p) => p.documents === 0)
  return (
    <>
      <p class="pair-filter">
        <label for="pair-filter">Find a country</label>{' '}
        <input
          id="pair-filter"
          type="search"
          value={filter}
          onInput={(e) => setFilter(e.currentTarget.value)}
          placeholder="name or code, e.g. Kazakhstan or KAZ"
        />{' '}
        <span class="hint" aria-live="polite">
          {filter.trim() ? `${plural(shown.length, 'pair')} of ${pairs.length}` : ''}
        </span>
      </p>
      {main.length === 0 && passing.length === 0 && <p class="empty">No pair names such a country.</p>}
      <ul class="pairs">
        {main.map((p) => (
          <PairRow key={p.pair} p={p} />
        ))}
      </ul>
      {passing.length > 0 && (
        <details class="passing">
          <summary>{plural(passing.length, 'more pair')} seen only in passing events</summary>
          <ul class="pairs">
            {passing.map((p) => (
              <PairRow key={p.pair} p={p} />
            ))}
          </ul>
        </details>
      )}
    </>
  )
}
