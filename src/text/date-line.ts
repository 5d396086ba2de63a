import { z } from 'zod'
import type { PartialDate } from '../core/types.js'
import { loadLexicon } from './lexicon.js'

const NamesByLanguage = z.object({ note: z.string(), languages: z.record(z.string(), z.array(z.array(z.string()))) })

interface NameTable {
  /** name → index */
  readonly index: ReadonlyMap<string, number>
  /** alternation for a regex, longest first */
  readonly pattern: string
}

function nameTable(file: string): NameTable {
  const data = loadLexicon(file, NamesByLanguage)
  const index = new Map<string, number>()
  for (const names of Object.values(data.languages)) {
    for (const [i, alts] of names.entries()) for (const a of alts) index.set(a, i)
  }
  const pattern = [...index.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')
  return { index, pattern }
}

let tables: { months: NameTable; weekdays: NameTable } | undefined
function names() {
  tables ??= { months: nameTable('dates/months.json'), weekdays: nameTable('dates/weekdays.json') }
  return tables
}

/** An alternation of every month name and abbreviation the date lexicon knows (longest first), for a regex. */
export function monthNamePattern(): string {
  return names().months.pattern
}

/** What a date line says about the date: a plain date, a revision date or a publication date. */
export type DateLineLabel = 'plain' | 'updated' | 'published'

/** A line that consists of a date (with optional weekday, time and label), and the date it gives. */
export interface DateLine {
  readonly date: PartialDate
  readonly label: DateLineLabel
}

const pad = (n: number) => String(n).padStart(2, '0')

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function day(y: number, m: number, d: number): PartialDate | null {
  return validDay(y, m, d) ? { value: `${y}-${pad(m)}-${pad(d)}`, precision: 'day' } : null
}

function weekdayOf(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay()
}

const plausibleYear = (y: number) => y >= 1800 && y <= 2200

/**
 * Parses a string that is wholly a date — "13 October 2025", "Oct. 13, 2025", "Thứ Hai, 11/09/2023, 19:21",
 * "2:45 pm on 19 November 2013", "2023-09-11", "January 2009" — or returns null.
 * A weekday, when present, must agree with the date and decides between day-first and month-first numeric dates.
 */
export function parseDateText(input: string): PartialDate | null {
  const { months, weekdays } = names()
  let s = input.trim().toLowerCase().replace(/\s+/g, ' ')
  let weekday: number | undefined
  // Time of day anywhere ("19:21", "2:45 pm on", "at 10.30 GMT") carries no date.
  s = s
    .replace(
      /\b(?:at )?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:gmt|utc|[a-z]{2,4}t)(?:[+-]\d{1,4})?)?(?: on)?\b/g,
      ' ',
    )
    .replace(/\b\d{1,2}\s*[ap]\.?m\.?(?: on)?\b/g, ' ')
  const wd = new RegExp(`^(?:${weekdays.pattern})\\b[,.]?\\s*|[,\\s]+(?:${weekdays.pattern})[,.]?$`, 'u').exec(s)
  if (wd) {
    const name = wd[0].replace(/^[,\s]+|[,.\s]+$/g, '').replace(/\s+/g, ' ')
    weekday = weekdays.index.get(name)
    s = s.slice(0, wd.index) + s.slice(wd.index + wd[0].length)
  }
  s = s.replace(/^[,\s|–—-]+|[,\s|–—-]+$/g, '').replace(/\s*,\s*/g, ', ')
  const M = `(${months.pattern})\\.?`
  const ok = (d: PartialDate | null) =>
    d &&
    plausibleYear(Number(d.value.slice(0, 4))) &&
    (weekday === undefined || d.precision !== 'day' || weekdayAgrees(d))
      ? d
      : null
  const weekdayAgrees = (d: PartialDate) =>
    weekdayOf(Number(d.value.slice(0, 4)), Number(d.value.slice(5, 7)), Number(d.value.slice(8, 10))) === weekday
  const month = (name: string | undefined) => (months.index.get((name ?? '').replace(/\s+/g, ' ')) ?? -1) + 1

  let m = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\.? ${M},? (\\d{4})$`, 'u').exec(s)
  if (m) return ok(day(Number(m[3]), month(m[2]), Number(m[1])))
  m = new RegExp(`^${M} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$`, 'u').exec(s)
  if (m) return ok(day(Number(m[3]), month(m[1]), Number(m[2])))
  m = new RegExp(`^${M},? (\\d{4})$`, 'u').exec(s)
  if (m) return ok({ value: `${m[2]}-${pad(month(m[1]))}`, precision: 'month' })
  m = /^(\d{4})-(\d{2})-(\d{2})(?:t[\d:.]+z?)?$/.exec(s)
  if (m) return ok(day(Number(m[1]), Number(m[2]), Number(m[3])))
  m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(s)
  if (m) {
    const a = Number(m[1])
    const b = Number(m[2])
    const y = Number(m[3])
    // Most of the world writes day first; a weekday that disagrees with that reading selects the month-first one.
    return ok(day(y, b, a)) ?? ok(day(y, a, b))
  }
  return null
}

const UPDATED = /^(?:last\s+)?(?:updated|modified|revised)(?:\s+(?:in|on|at))?\s*:?\s*/i
const PUBLISHED = /^(?:published|posted|date|dated|first published|publication date)(?:\s+(?:in|on|at))?\s*:?\s*/i

/** Reads a whole line as a date line ("13 October 2025", "Last updated in January 2009", "Published: 2023-01-02"), or null. */
export function readDateLine(line: string): DateLine | null {
  const t = line.trim()
  if (t.length === 0 || t.length > 60) return null
  const u = UPDATED.exec(t)
  if (u) {
    const date = parseDateText(t.slice(u[0].length))
    return date && { date, label: 'updated' }
  }
  const p = PUBLISHED.exec(t)
  if (p) {
    const date = parseDateText(t.slice(p[0].length))
    return date && { date, label: 'published' }
  }
  const date = parseDateText(t)
  return date && { date, label: 'plain' }
}

/** Finds dates written out inside a longer string (a byline "By X and May 1, 2014"), first one first. */
export function findDatesIn(text: string): { date: PartialDate; index: number; text: string }[] {
  const { months } = names()
  const M = `(?:${months.pattern})\\.?`
  const re = new RegExp(
    `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\.? ${M},? \\d{4}|${M} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
    'giu',
  )
  const out: { date: PartialDate; index: number; text: string }[] = []
  for (const m of text.matchAll(re)) {
    const date = parseDateText(m[0])
    if (date) out.push({ date, index: m.index ?? 0, text: m[0] })
  }
  return out
}
