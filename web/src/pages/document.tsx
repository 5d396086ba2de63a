import { useEffect, useMemo, useRef, useState } from 'preact/hooks'
import { getDocument, getExplain } from '../api-client.js'
import { type Mark, type Segment, segments } from '../components/highlight.js'
import { ErrorBox, Loading, NumberedList, useTitle } from '../components/ui.js'
import { useAsync } from '../components/use-async.js'
import {
  actorsLabel,
  dateLabel,
  documentTitle,
  eventFlags,
  evidenceHref,
  familyLabel,
  kindLabel,
  plural,
  valueLabel,
  webUrl,
} from '../format.js'
import { type Location, segment } from '../router.js'
import type { DocumentDetail, Explain } from '../types.js'

type Layer = Mark['layer']

const LAYERS: readonly { id: Layer; label: string }[] = [
  { id: 'event', label: 'Events' },
  { id: 'fact', label: 'Facts' },
  { id: 'actor', label: 'Actors' },
  { id: 'time', label: 'Dates' },
  { id: 'quantity', label: 'Quantities' },
]

/** Every annotation of a document as a mark with its coding in words. */
function marksOf(d: DocumentDetail): Mark[] {
  return [
    ...d.events.map((e, i) => ({
      key: `ev-${i}`,
      layer: 'event' as const,
      start: e.start,
      end: e.end,
      label: [
        `Event ${e.type} (${familyLabel(e.family)})`,
        actorsLabel(e),
        e.date ? `${dateLabel(e.date, e.date_end)} (${e.date_precision}, ${e.date_basis})` : 'undated',
        ...eventFlags(e),
        `rule ${e.rule}`,
      ].join(' · '),
    })),
    ...d.facts.map((f, i) => ({
      key: `fact-${i}`,
      layer: 'fact' as const,
      start: f.start,
      end: f.end,
      label: [
        `Fact ${kindLabel(f.kind)}${f.subject ? ` of ${f.subject}` : ''}: ${valueLabel(f)}`,
        f.period ? `period ${f.period}` : 'no period',
        f.pair ? `pair ${f.pair.join('–')}` : 'no pair',
        `rule ${f.rule}`,
      ].join(' · '),
    })),
    ...d.facts.map((f, i) => ({
      key: `q-${i}`,
      layer: 'quantity' as const,
      start: f.value_start,
      end: f.value_end,
      label: `Quantity: ${f.value}${f.value_max !== null ? `–${f.value_max}` : ''}${f.unit ? ` ${f.unit}` : ''}`,
    })),
    ...d.mentions.map((m, i) => ({
      key: `m-${i}`,
      layer: m.kind,
      start: m.start,
      end: m.end,
      label: `${m.kind === 'time' ? 'Date' : 'Actor'}: ${m.label} · rule ${m.rule}`,
    })),
  ]
}

function parseAt(at: string | null): { start: number; end: number } | null {
  const m = /^(\d+)-(\d+)$/.exec(at ?? '')
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null
}

/** A document: its clean text with events, facts and mentions highlighted, or its raw text with the removed parts. */
export function DocumentPage({ loc, match }: { loc: Location; match: RegExpExecArray }) {
  const id = segment(match[1])
  const doc = useAsync(() => getDocument(id), [id])
  useTitle(doc.state === 'ready' ? documentTitle(doc.value) : 'Document')
  if (doc.state === 'loading') return <Loading label="Loading the document…" height={400} />
  if (doc.state === 'error')
    return (
      <div>
        <h1>Document {id}</h1>
        <ErrorBox message={doc.message} />
      </div>
    )
  return <DocumentView d={doc.value} at={parseAt(loc.params.get('at'))} />
}

function DocumentView({ d, at }: { d: DocumentDetail; at: { start: number; end: number } | null }) {
  const [layers, setLayers] = useState<ReadonlySet<Layer>>(new Set(['event', 'fact', 'actor', 'time', 'quantity']))
  const [raw, setRaw] = useState(false)
  const marks = useMemo(() => marksOf(d), [d])
  const target = useMemo(
    () =>
      at
        ? (marks.find((m) => (m.layer === 'event' || m.layer === 'fact') && m.start === at.start && m.end === at.end) ??
          null)
        : null,
    [marks, at],
  )
  const [selected, setSelected] = useState<readonly Mark[]>(target ? [target] : [])
  const textRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!target) return
    setSelected([target])
    const el = textRef.current?.querySelector<HTMLElement>('.hl-at')
    el?.scrollIntoView({ block: 'center' })
    el?.focus({ preventScroll: true })
  }, [target])

  const visible = marks.filter((m) => layers.has(m.layer))
  const toggle = (l: Layer) => {
    const next = new Set(layers)
    if (next.has(l)) next.delete(l)
    else next.add(l)
    setLayers(next)
  }
  const url = webUrl(d.source_url)

  return (
    <article class="doc">
      <header>
        <h1>{documentTitle(d)}</h1>
        <p class="meta">
          {[
            d.source_name,
            d.publication_date && dateLabel(d.publication_date),
            d.source_type,
            d.authors.join(', '),
            d.language,
          ]
            .filter(Boolean)
            .join(' · ')}
          {url && (
            <>
              {' · '}
              <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                original
              </a>
            </>
          )}
          {d.dyad && (
            <>
              {' · pair '}
              <a href={`/pair/${[...d.dyad].sort().join('-')}`}>{d.dyad.join('–')}</a>
            </>
          )}
        </p>
      </header>
      <div class="doc-grid">
        <div>
          <fieldset class="doc-controls">
            <legend class="sr-only">What to show</legend>
            <label class="switch">
              <input type="checkbox" checked={raw} onChange={() => setRaw(!raw)} /> Raw text, removed parts struck
              through
            </label>
            {!raw &&
              LAYERS.map((l) => (
                <label key={l.id} class={`legend lg-${l.id}`}>
                  <input type="checkbox" checked={layers.has(l.id)} onChange={() => toggle(l.id)} /> {l.label}
                </label>
              ))}
          </fieldset>
          <div class="doc-text" ref={textRef} data-testid={raw ? 'raw-text' : 'clean-text'}>
            {raw ? (
              <RawText text={d.raw_text} removed={d.removed} />
            ) : (
              <Highlighted text={d.clean_text} marks={visible} target={target} onSelect={setSelected} />
            )}
          </div>
        </div>
        <aside class="doc-side">
          <div class="coding" aria-live="polite" data-testid="coding">
            <h2>Coding</h2>
            {selected.length === 0 ? (
              <p class="hint">Click, tap or tab to a highlight to see how it was coded.</p>
            ) : (
              <ul>
                {selected.map((m) => (
                  <li key={m.key} class={`lg-${m.layer}`}>
                    {m.label}
                  </li>
                ))}
              </ul>
            )}
            {selected.some((m) => m.layer === 'event') && (
              <Trace id={d.id} at={(selected.find((m) => m.layer === 'event') as Mark).start} />
            )}
          </div>
          <AnnotationList d={d} />
        </aside>
      </div>
    </article>
  )
}

/** The rule trace of the sentence an event was read from, fetched when asked for. */
function Trace({ id, at }: { id: string; at: number }) {
  const [trace, setTrace] = useState<Explain | 'loading' | string | null>(null)
  useEffect(() => setTrace(null), [id, at])
  const load = () => {
    setTrace('loading')
    getExplain(id, at).then(setTrace, (e: unknown) => setTrace(e instanceof Error ? e.message : String(e)))
  }
  if (trace === null)
    return (
      <button type="button" class="trace-button" onClick={load}>
        How was this read?
      </button>
    )
  if (trace === 'loading') return <p class="hint">Reading the rule trace…</p>
  if (typeof trace === 'string') return <ErrorBox message={trace} />
  const s = trace.sentences[0]
  if (!s) return <p class="hint">No sentence at this place.</p>
  return (
    <div class="trace" data-testid="trace">
      <h3>How sentence {s.number} was read</h3>
      <p class="tokens">{s.tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`).join(' ')}</p>
      {s.actors.length > 0 && <p>Actors: {s.actors.map((a) => `${a.text} = ${a.actor}`).join('; ')}</p>}
      {s.times.length > 0 && <p>Dates: {s.times.map((t) => `${t.text} = ${t.date}`).join('; ')}</p>}
      <ul>
        {s.triggers.map((t) => (
          <li key={`${t.start}-${t.trigger}`}>
            “{t.text}” <code>{t.trigger}</code> {t.type}: {t.reason}
            {t.source ? ` ${t.source} → ${t.target ?? '—'}` : ''}
            {t.how ? ` · roles ${t.how}` : ''}
            {t.dateRule && t.dateRule !== 'none' ? ` · date ${t.date} by ${t.dateRule}` : ''}
          </li>
        ))}
      </ul>
    </div>
  )
}

function Highlighted({
  text,
  marks,
  target,
  onSelect,
}: {
  text: string
  marks: readonly Mark[]
  target: Mark | null
  onSelect: (m: readonly Mark[]) => void
}) {
  const segs = useMemo(() => segments(text.length, marks), [text, marks])
  const pick = (e: Event) => {
    const seg = segs[Number((e.target as HTMLElement).closest?.('[data-seg]')?.getAttribute('data-seg') ?? -1)]
    if (seg) onSelect(seg.marks)
  }
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a click on any highlighted piece shows its coding; keyboard users reach each event and fact at its first piece, whose focus shows the same.
    <div onClick={pick} onFocusIn={pick} onKeyDown={(e) => e.key === 'Enter' && pick(e)}>
      {segs.map((s, i) => {
        const piece = text.slice(s.start, s.end)
        if (s.marks.length === 0) return piece
        // Each event and fact can be reached with the keyboard at its first piece.
        const anchor = s.marks.some((m) => (m.layer === 'event' || m.layer === 'fact') && m.start === s.start)
        const isTarget = target !== null && s.start >= target.start && s.end <= target.end
        return (
          <span
            key={s.start}
            data-start={anchor ? s.start : undefined}
            class={classes(s, isTarget)}
            title={s.marks.map((m) => m.label).join('\n')}
            tabIndex={anchor ? 0 : undefined}
            data-seg={i}
          >
            {piece}
          </span>
        )
      })}
    </div>
  )
}

function classes(s: Segment, isTarget: boolean): string {
  const layers = new Set(s.marks.map((m) => m.layer))
  return ['hl', ...[...layers].map((l) => `hl-${l}`), isTarget ? 'hl-at' : ''].filter(Boolean).join(' ')
}

function RawText({ text, removed }: { text: string; removed: DocumentDetail['removed'] }) {
  const parts: preact.ComponentChildren[] = []
  let at = 0
  for (const r of [...removed].sort((a, b) => a.start - b.start)) {
    if (r.start < at) continue
    parts.push(text.slice(at, r.start))
    parts.push(
      <del key={r.start} class="removed" title={`removed by ${r.rule}`}>
        {text.slice(r.start, r.end)}
      </del>,
    )
    at = r.end
  }
  parts.push(text.slice(at))
  return <>{parts}</>
}

function AnnotationList({ d }: { d: DocumentDetail }) {
  return (
    <div class="annotations">
      <h2>{plural(d.events.length, 'event')}</h2>
      <NumberedList
        class="items"
        testId="event-list"
        items={d.events}
        itemKey={(e, i) => `ev-${e.start}-${e.type}-${i}`}
      >
        {(e) => (
          <a href={evidenceHref(d.id, e.start, e.end)}>
            <span class={`type fam-${e.family}`}>{e.type}</span> {actorsLabel(e)} · {dateLabel(e.date, e.date_end)}
          </a>
        )}
      </NumberedList>
      <h2>{plural(d.facts.length, 'fact')}</h2>
      <NumberedList class="items" testId="fact-list" items={d.facts} itemKey={(f, i) => `fact-${f.start}-${i}`}>
        {(f) => (
          <a href={evidenceHref(d.id, f.start, f.end)}>
            {kindLabel(f.kind)}: {valueLabel(f)}
            {f.period ? ` (${f.period})` : ''}
            {f.pair ? ` · ${f.pair.join('–')}` : ''}
          </a>
        )}
      </NumberedList>
    </div>
  )
}
