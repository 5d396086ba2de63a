import type { EventDate, PartialDate } from '../../../core/types.js'
import { splitSentences } from '../../segment.js'
import { findTimeExpressions } from '../index.js'
import { REFERENCE, type Section, type SuiteCase } from './composed-suite.js'

/** What a reader made of some words: the span it claimed and its date (null when it found words but no date). */
export interface ReadDate {
  readonly start: number
  readonly end: number
  readonly date: Pick<EventDate, 'value' | 'precision' | 'end'> | null
}

const anchor: PartialDate = { value: REFERENCE, precision: 'day' }

/** Dyad's reading of a suite sentence, against the suite's reference day. */
export const readWithDyad = (text: string): ReadDate[] =>
  findTimeExpressions(text, splitSentences(text), anchor).map((t) => ({
    start: t.span.start,
    end: t.span.end,
    date: t.date,
  }))

/** How one reader did on one section of the suite. */
export interface SectionScore {
  readonly section: Section
  readonly cases: number
  /** Cases where the reader found a dated expression over the words (negatives: found nothing). */
  readonly found: number
  /** Cases where it also read the expected date (negatives: found nothing). */
  readonly resolved: number
  readonly misses: readonly string[]
}

const cut = (value: string, length: number) => value.slice(0, length)

/** Whether a date read, cut to the expected precision, is the expected date or range. */
export function sameDate(read: ReadDate['date'], expected: string): boolean {
  if (!read) return false
  const [start, end] = expected.split('..') as [string, string | undefined]
  const precision = { 4: 'year', 7: 'month', 10: 'day' }[start.length]
  const finer = { year: 0, month: 1, day: 2 }
  if (!precision || finer[read.precision] < finer[precision as keyof typeof finer]) return false
  if (cut(read.value, start.length) !== start) return false
  const readEnd = read.end ? cut(read.end, start.length) : cut(read.value, start.length)
  return readEnd === (end ?? start)
}

/** Scores a reader, section by section, on the cases of the suite. */
export function scoreSuite(cases: readonly SuiteCase[], read: (text: string) => readonly ReadDate[]): SectionScore[] {
  const bySection = new Map<Section, { cases: number; found: number; resolved: number; misses: string[] }>()
  for (const [section, text, words, expected] of cases) {
    const s = bySection.get(section) ?? { cases: 0, found: 0, resolved: 0, misses: [] }
    bySection.set(section, s)
    s.cases++
    const all = read(text).filter((r) => r.date)
    if (words === null || expected === null) {
      if (all.length === 0) {
        s.found++
        s.resolved++
      } else s.misses.push(`${text} → ${all.map((r) => text.slice(r.start, r.end)).join(', ')}`)
      continue
    }
    const at = text.indexOf(words)
    const over = all.filter((r) => r.start < at + words.length && at < r.end)
    if (over.length) s.found++
    if (over.some((r) => sameDate(r.date, expected))) s.resolved++
    else
      s.misses.push(
        `${words} → ${over.map((r) => `${text.slice(r.start, r.end)}=${r.date?.value}${r.date?.end ? `..${r.date.end}` : ''}/${r.date?.precision}`).join(', ') || 'nothing'} (want ${expected})`,
      )
  }
  return [...bySection.entries()].map(([section, s]) => ({ section, ...s }))
}

/** The section scores as lines of a table, with the totals. */
export function formatScores(name: string, scores: readonly SectionScore[]): string {
  const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(0)}%`
  const lines = scores.map(
    (s) =>
      `${name.padEnd(12)} ${s.section.padEnd(9)} ${String(s.cases).padStart(4)}  found ${pct(s.found, s.cases).padStart(4)}  resolved ${pct(s.resolved, s.cases).padStart(4)}`,
  )
  const total = scores.reduce((t, s) => ({ c: t.c + s.cases, f: t.f + s.found, r: t.r + s.resolved }), {
    c: 0,
    f: 0,
    r: 0,
  })
  lines.push(
    `${name.padEnd(12)} ${'all'.padEnd(9)} ${String(total.c).padStart(4)}  found ${pct(total.f, total.c).padStart(4)}  resolved ${pct(total.r, total.c).padStart(4)}`,
  )
  return lines.join('\n')
}
