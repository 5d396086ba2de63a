import { isPartialDate } from '../core/date-range.js'
import type { Explained, PartialDate, Removal, RuleId } from '../core/types.js'
import { findDatesIn, parseDateText, readDateLine } from '../text/date-line.js'
import { readStorageStamp } from '../text/storage-stamp.js'
import type { MetadataContext } from './context.js'
import { readDateline } from './dateline.js'

type DateRule = (ctx: MetadataContext) => Explained<PartialDate | null> | null

/** A date line in the page header; when there are several, the one nearest the headline is the article's (the others are site headers). */
const headerDateLine: DateRule = (ctx) => {
  const header = ctx
    .removalsBy('clean/date-line')
    .filter((r) => ctx.lineAt(r.span.start) < ctx.firstProseLine)
    .map((r) => ({ r, line: readDateLine(r.text) }))
    .filter((x) => x.line !== null && x.line.label !== 'updated')
  if (header.length === 0) return null
  const titleLine = titleSourceLine(ctx)
  const best = header.reduce((a, b) => {
    if (titleLine === null) return b // without a headline, the last date before the text
    const da = Math.abs(ctx.lineAt(a.r.span.start) - titleLine)
    const db = Math.abs(ctx.lineAt(b.r.span.start) - titleLine)
    return db < da ? b : a
  })
  return explained(best.line?.date ?? null, 'metadata/date-line-near-title', best.r)
}

/** "By Jane Doe | May 1, 2014", "By and May 1, 2014": the date written in the byline. */
const bylineDate: DateRule = (ctx) => {
  for (const r of ctx.removalsBy('clean/byline')) {
    const d = findDatesIn(r.text)[0]
    if (d) return explained(d.date, 'metadata/byline-date', r)
  }
  return null
}

/**
 * A dateline opening the article ("ISLAMABAD, July 25, 2023 – …", a line "Lima, 12 June 2019") or a byline of cells
 * ("PTI | New Delhi | Updated: Mar 5, 2023"), in the page header or at the start of the first paragraph. A dateline
 * without a year ("CAIRO, March 5th (Reuters) –") takes it from the head, the URL or the storage stamp: the year that
 * puts the day on or before that date.
 */
const dateline: DateRule = (ctx) => {
  const last = Math.min(ctx.firstProseLine, 15)
  for (const line of ctx.lines.slice(0, last + 1)) {
    const text = line.start === 0 ? line.text.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/u, '') : line.text
    const d = readDateline(text)
    if (!d) continue
    if (d.date) return { value: d.date, rule: d.rule, evidence: d.text }
    const anchor = [declaredDate, urlDate, storageStamp].map((r) => r(ctx)?.value).find((v) => v?.precision === 'day')
    if (!anchor || !d.monthDay) continue
    const year = Number(anchor.value.slice(0, 4))
    const inYear = `${year}-${d.monthDay}`
    const value = inYear <= anchor.value ? inYear : `${year - 1}-${d.monthDay}`
    return { value: { value, precision: 'day' }, rule: `${d.rule}-year-from-anchor` as RuleId, evidence: d.text }
  }
  return null
}

/** "Published on …" anywhere, then "Last updated in January 2009": the page's own revision date. */
const labelledDateLine: DateRule = (ctx) => {
  const lines = ctx.removalsBy('clean/date-line').map((r) => ({ r, line: readDateLine(r.text) }))
  const best = lines.find((x) => x.line?.label === 'published') ?? lines.find((x) => x.line?.label === 'updated')
  return best ? explained(best.line?.date ?? null, 'metadata/labelled-date-line', best.r) : null
}

const PRECISION = { 4: 'year', 7: 'month' } as const

/** `article:published_time` in an HTML head, `date:` in Markdown front matter: what the document declares. */
const declaredDate: DateRule = (ctx) => {
  const t = ctx.declared?.publishedTime?.trim()
  if (!t) return null
  // A declared year or month (`date: 2021`, `date: 2021-03`) is a date to its precision, not something to drop.
  const partial = /^\d{4}(?:-\d{2})?$/u.test(t) && isPartialDate(t) && PRECISION[t.length as 4 | 7]
  const date: PartialDate | null = partial ? { value: t, precision: partial } : parseDateText(t.slice(0, 10))
  return date && { value: date, rule: 'metadata/date-declared', evidence: t }
}

const ARCHIVE = /^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\//iu

/**
 * A date in the URL path (/2019/02/18/, /2006-03-24/, /20240406/, /2022/feb/14/, /2019/02/); never a web archive's
 * capture stamp.
 */
const urlDate: DateRule = (ctx) => {
  if (!ctx.sourceUrl) return null
  const path = ctx.sourceUrl.replace(ARCHIVE, '').replace(/^[a-z]+:\/+[^/]+/iu, '')
  // "/2022/feb/14/": a month written as a word reads as a date line would.
  const named = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(0?[1-9]|[12]\d|3[01])(?=[/_.-]|$)/iu.exec(path)
  const byName = named ? parseDateText(`${named[3]} ${named[2]} ${named[1]}`) : null
  if (named && byName?.precision === 'day') return { value: byName, rule: 'metadata/date-url', evidence: named[0] }
  const m =
    /\/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)/u.exec(path) ??
    /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//u.exec(path)
  if (!m) return null
  const date = m[3]
    ? parseDateText(`${m[1]}-${m[2]}-${m[3]}`)
    : ({ value: `${m[1]}-${m[2]}`, precision: 'month' } as PartialDate)
  return date && { value: date, rule: 'metadata/date-url', evidence: m[0] }
}

/** The scraper's storage stamp (" date 2019-07-18" at the very start): the day the page was stored, a last resort. */
const storageStamp: DateRule = (ctx) => {
  const stamp = readStorageStamp(ctx.rawText)
  const date = stamp ? parseDateText(stamp.date) : null
  return date && stamp ? { value: date, rule: 'metadata/date-storage-stamp', evidence: stamp.match.trim() } : null
}

/**
 * Publication date rules, most trusted first: what the page says about itself near its headline beats its URL,
 * which beats the day it was stored. Dates in reference lists and "Retrieved" notes are never read: cleaning removed them
 * under other rules, and these rules look only at date lines, bylines, the HTML head, the URL and the stamp.
 */
export const publicationDateRules: readonly DateRule[] = [
  headerDateLine,
  bylineDate,
  dateline,
  labelledDateLine,
  declaredDate,
  urlDate,
  storageStamp,
]

/** The article's own publication date with its precision, or null when the document does not state one. */
export function readPublicationDate(ctx: MetadataContext): Explained<PartialDate | null> {
  for (const rule of publicationDateRules) {
    const r = rule(ctx)
    if (r?.value) return r
  }
  return { value: null, rule: null }
}

function explained(value: PartialDate | null, rule: `${string}/${string}`, r: Removal): Explained<PartialDate | null> {
  return { value, rule, evidence: r.text.trim() }
}

/** The decoded-text line of the title (the first line of the clean text), if the clean text has one. */
function titleSourceLine(ctx: MetadataContext): number | null {
  const first = ctx.clean.map[0]
  return first ? ctx.lineAt(first.source.start) : null
}
