import type { SourceType } from '../../src/core/types.js'
import type { EventItem, FactItem } from './types.js'

/** The source types the API accepts (core/types.ts); the type check fails on a value it does not know. */
export const SOURCE_TYPES = [
  'news',
  'think-tank',
  'encyclopedia',
  'government',
  'other',
] as const satisfies readonly SourceType[]
/** Every source type of the API is listed: the type check fails on one left out. */
const everySourceType: [Exclude<SourceType, (typeof SOURCE_TYPES)[number]>] extends [never] ? true : false = true
void everySourceType

/** The PLOVER type families in the order the UI lists them, with their labels and colours. */
export const FAMILIES: readonly { id: string; label: string; colour: string }[] = [
  { id: 'consult', label: 'Consult', colour: '#3b82c4' },
  { id: 'agree', label: 'Agree', colour: '#2f9e6e' },
  { id: 'cooperate', label: 'Cooperate', colour: '#7bb661' },
  { id: 'retreat', label: 'Retreat', colour: '#9c88c7' },
  { id: 'request', label: 'Request', colour: '#d4a72c' },
  { id: 'verbal_conflict', label: 'Verbal conflict', colour: '#e07b39' },
  { id: 'material_conflict', label: 'Material conflict', colour: '#c8423b' },
  { id: 'other', label: 'Other', colour: '#8a94a3' },
]

/** The label of a type family. */
export function familyLabel(id: string): string {
  return FAMILIES.find((f) => f.id === id)?.label ?? id
}

/** The PLOVER quad classes, cooperation first, with their labels and colours. */
export const QUADS: readonly { id: string; label: string; colour: string }[] = [
  { id: 'verbal_cooperation', label: 'Verbal cooperation', colour: '#7fb3de' },
  { id: 'material_cooperation', label: 'Material cooperation', colour: '#2f7fc1' },
  { id: 'verbal_conflict', label: 'Verbal conflict', colour: '#f0a46e' },
  { id: 'material_conflict', label: 'Material conflict', colour: '#c8423b' },
]

/** A date as stored (YYYY, YYYY-MM or YYYY-MM-DD, maybe a range) as a reader writes it. */
export function dateLabel(date: string | null, end?: string | null): string {
  if (!date) return 'undated'
  const one = (d: string) => {
    if (!/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(d)) return d
    const [y, m, day] = d.split('-')
    if (!m) return y as string
    const month = new Date(Date.UTC(Number(y), Number(m) - 1, 1)).toLocaleString('en', {
      month: 'short',
      timeZone: 'UTC',
    })
    return day ? `${Number(day)} ${month} ${y}` : `${month} ${y}`
  }
  return end && end !== date ? `${one(date)} – ${one(end)}` : one(date)
}

/** A fact's period as a reader says it: "2023", "2013 – 2023" (years), "Jan 2024 – Feb 2024" (an interval "a/b"). */
export function periodLabel(period: string): string {
  const years = /^(\d{4})-(\d{4})$/.exec(period)
  const [from, to] = years ? [years[1], years[2]] : period.split('/')
  return dateLabel(from ?? period, to)
}

/** Who acted on whom: "Kassym-Jomart Tokayev (KAZ) → ISR". */
export function actorsLabel(
  e: Pick<EventItem, 'source' | 'target' | 'source_actor' | 'target_actor' | 'co_sources' | 'co_targets'>,
): string {
  const side = (code: string | null, name: string | null, more: readonly string[]) => {
    const main = name && name !== code ? `${name}${code ? ` (${code})` : ''}` : (code ?? '?')
    return more.length ? `${main} + ${more.join(', ')}` : main
  }
  const src = side(e.source, e.source_actor, e.co_sources)
  return e.target || e.target_actor ? `${src} → ${side(e.target, e.target_actor, e.co_targets)}` : src
}

/** The flags that qualify an event, as words. */
export function eventFlags(e: EventItem): string[] {
  return [e.negated && 'negated', e.hedged && 'hedged', e.future && 'future', !e.dyad_relevant && 'third party'].filter(
    (f): f is string => typeof f === 'string',
  )
}

/** A count with its noun: "1 event", "3 events". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`
}

/** The link to a document's view at a span of its clean text. */
export function evidenceHref(document: string, start: number, end: number): string {
  return `/documents/${encodeURIComponent(document)}?at=${start}-${end}`
}

const KIND_LABELS: Readonly<Record<string, string>> = {
  trade_volume: 'Trade',
  energy_share: 'Energy share',
  exchange_rate: 'Exchange rate',
  population: 'Population',
  count: 'Count',
  other: 'Amount',
}

/** The heading of a fact kind: "Trade", "Energy share". */
export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase())
}

/** A fact's value for a card: "over $450 million", "25%", "2.3 million people". */
export function valueLabel(f: Pick<FactItem, 'value' | 'value_max' | 'unit' | 'qualifier'>): string {
  const num = (v: number) => {
    if (f.unit && /^[A-Z]{3}$/.test(f.unit)) {
      try {
        return new Intl.NumberFormat('en', {
          style: 'currency',
          currency: f.unit,
          notation: 'compact',
          minimumFractionDigits: 0,
          maximumFractionDigits: 2,
        }).format(v)
      } catch {
        // A code Intl does not know: the number and the code as written.
      }
    }
    const n = new Intl.NumberFormat('en', {
      notation: Math.abs(v) >= 1e6 ? 'compact' : 'standard',
      compactDisplay: 'long',
      maximumFractionDigits: 2,
    }).format(v)
    if (f.unit === 'percent') return `${n}%`
    return f.unit && !/^[A-Z]{3}$/.test(f.unit) ? `${n} ${f.unit.replaceAll('_', ' ')}` : f.unit ? `${n} ${f.unit}` : n
  }
  const value = f.value_max !== null && f.value_max !== f.value ? `${num(f.value)}–${num(f.value_max)}` : num(f.value)
  return f.qualifier ? `${f.qualifier} ${value}` : value
}

/** A short piece of a long text, cut at a word. */
export function clip(text: string, max = 220): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max)
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`
}

/** A link to the web only when it is one (http or https); anything else a document claims is not linked. */
export function webUrl(url: string | null): string | null {
  if (!url) return null
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null
  } catch {
    return null
  }
}

/** Turns a snippet of escaped HTML with `<mark>` around matches into text and marks, without parsing any HTML. */
export function snippetParts(snippet: string): { text: string; mark: boolean }[] {
  const decode = (s: string) =>
    s.replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '',
    )
  return snippet
    .split(/(<mark>[\s\S]*?<\/mark>)/)
    .filter((p) => p !== '')
    .map((p) =>
      p.startsWith('<mark>') ? { text: decode(p.slice(6, -7)), mark: true } : { text: decode(p), mark: false },
    )
}

/** Where a document was read from, in a few words: a web site's host, a file's name; null for a paste or stdin. */
export function sourcePlace(source: string | null | undefined): string | null {
  const s = source?.trim()
  if (!s || s === '-') return null
  if (s.startsWith('upload:')) return s.slice('upload:'.length) || null
  if (/^https?:\/\//i.test(s)) {
    try {
      return new URL(s).hostname.replace(/^www\./, '')
    } catch {
      return s
    }
  }
  return s.split(/[\\/]/).filter(Boolean).pop() ?? null
}

/**
 * What a document is called wherever the UI names it: its title, or, for a document without one, where and when it
 * comes from ("Untitled document from reuters.com, 4 Mar 2024"), never its bare id.
 */
export function documentTitle(d: {
  readonly id: string
  readonly title: string | null
  readonly source?: string | null
  readonly publication_date?: string | null
}): string {
  const title = d.title?.trim()
  if (title) return title
  const place = sourcePlace(d.source)
  const date = d.publication_date ? dateLabel(d.publication_date) : null
  if (place) return `Untitled document from ${place}${date ? `, ${date}` : ''}`
  if (date) return `Untitled document of ${date}`
  return `Untitled document ${d.id.slice(0, 8)}`
}
