import type { Miss, MissReport } from '../eval/misses.js'
import type { KindCounts, Ratios } from '../eval/score.js'

/** The figures of one run (documents or sentence bank) that the closing table shows. */
export interface RunFigures {
  readonly events: Ratios
  readonly no_date: Ratios
  readonly strict: Ratios
  /** Documents only: the bank has no facts. */
  readonly facts?: Ratios
  readonly misses: MissReport
}

const joined = (o: Readonly<Record<string, number | string>>) =>
  Object.entries(o)
    .map(([k, v]) => `${k} ${v}`)
    .join(' | ')

/** "recall by family: agree 3/5 | consult 2/4". */
export function familyLine(families: Readonly<Record<string, string>>): string {
  return `recall by family: ${joined(families) || '—'}`
}

/** "facts by kind: count 28/28 fp 1 | trade_volume 21/21 fp 0": required gold facts found, and false positives. */
export function kindLine(kinds: Readonly<Record<string, KindCounts>>): string {
  const parts = Object.entries(kinds).map(([k, c]) => `${k} ${c.found}/${c.gold} fp ${c.fp}`)
  return `facts by kind: ${parts.join(' | ') || '—'}`
}

const who = (source: string | null, target: string | null) => `${source ?? '—'}→${target ?? '—'}`

/** One miss on one line: its id and class, the gold event, and what was predicted on its sentence. */
export function missLine(m: Miss): string {
  const there = m.predicted.map(
    (p) => `${p.type} ${who(p.source, p.target)} ${p.date ?? 'undated'}${p.matched ? ' (matched elsewhere)' : ''}`,
  )
  return `  ${m.id}  [${m.class}]  gold ${m.type} ${who(m.source, m.target)} ${m.date ?? 'undated'}  predicted: ${there.join('; ') || 'nothing'}`
}

/** "misses by class: no event 3 | wrong type 1 | …", then with `verbose` each miss on its own line. */
export function missLines(misses: MissReport, verbose: boolean): string[] {
  return [`misses by class: ${joined(misses.by_class)}`, ...(verbose ? misses.items.map(missLine) : [])]
}

const three = (r: Ratios) => `${r.precision.toFixed(3)} / ${r.recall.toFixed(3)} / ${r.f1.toFixed(3)}`

/** A Markdown table of the runs given, one column each, to paste into a closing note. */
export function figuresTable(runs: Readonly<Record<string, RunFigures>>): string[] {
  const cols = Object.values(runs)
  const row = (label: string, cell: (f: RunFigures) => string) => `| ${label} | ${cols.map(cell).join(' | ')} |`
  const classes = Object.keys(cols[0]?.misses.by_class ?? {})
  return [
    `| P / R / F1 | ${Object.keys(runs).join(' | ')} |`,
    `|---|${cols.map(() => '---|').join('')}`,
    row('events (date)', (f) => three(f.events)),
    row('events, no date', (f) => three(f.no_date)),
    row('events, strict type', (f) => three(f.strict)),
    ...(cols.some((f) => f.facts) ? [row('facts', (f) => (f.facts ? three(f.facts) : '—'))] : []),
    ...classes.map((c) => row(`misses: ${c}`, (f) => String(f.misses.by_class[c as keyof MissReport['by_class']]))),
  ]
}
