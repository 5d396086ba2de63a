import { z } from 'zod'
import type { Fact, RuleId, Sentence, Span } from '../core/types.js'
import { loadLexicon } from '../text/lexicon.js'
import type { ActorMention } from './actors.js'
import type { TimeExpression } from './dates/index.js'
import { alternation, gazetteer } from './gazetteer.js'
import { findTableFacts } from './table-facts.js'

const Quantities = z.object({
  note: z.string(),
  scales: z.record(z.string(), z.number()),
  currencies: z.record(z.string(), z.string()),
  numberWords: z.record(z.string(), z.number()),
  qualifiers: z.record(z.string(), z.string()),
  peopleNouns: z.array(z.string()),
  notCounted: z.array(z.string()),
  durationUnits: z.record(z.string(), z.string()),
  distanceUnits: z.record(z.string(), z.string()),
  kinds: z.array(
    z.object({
      when: z.enum(['money', 'percent', 'population', 'count', 'duration', 'measure', 'rate']),
      pattern: z.string(),
      kind: z.string(),
      subkind: z.string().optional(),
      near: z.boolean().optional(),
    }),
  ),
})
type Lexicon = z.infer<typeof Quantities>
/** ISO 4217 codes that are also English words in capitals ("ALL 3 SIDES"): read only after a number. */
const ENGLISH_CODES = new Set(['ALL', 'TOP', 'CUP', 'MOP'])
const Currencies = z.object({ about: z.string(), currencies: z.record(z.string(), z.string()) })
type Measure = Lexicon['kinds'][number]['when']

/** What fact finding reads. */
export interface FactContext {
  readonly text: string
  readonly sentences: readonly Sentence[]
  readonly times: readonly TimeExpression[]
  /** Actor mentions, for the column heads of flattened tables. */
  readonly mentions?: readonly ActorMention[]
}

const FUNCTION_WORD =
  /^(?:of|and|or|in|per|at|to|the|a|an|for|from|with|by|on|as|than|that|which|who|is|are|was|were|has|have|had)$/i
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:[.,]\d+)?`

/** Parses "10,000", "3,9" (decimal comma), "135.20" and number words. */
export function parseNumber(s: string, words: Readonly<Record<string, number>> = {}): number | null {
  const w = words[s.toLowerCase()]
  if (w !== undefined) return w
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(s)) return Number(s.replace(/,/g, ''))
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'))
  const n = Number(s)
  return Number.isFinite(n) ? n : null
}

interface Compiled {
  readonly lex: Lexicon
  readonly money: RegExp
  readonly moneyAfter: RegExp
  readonly percent: RegExp
  readonly truncatedPercent: RegExp
  readonly population: RegExp
  readonly rate: RegExp
  /** Currency nouns ("rupee", "dollar"), singular, lower case: the last words of currency names. */
  readonly currencyNouns: ReadonlySet<string>
  readonly quantity: RegExp
  readonly qualifier: RegExp
  readonly kinds: readonly { when: Measure; re: RegExp; kind: string; subkind: string | null; near: boolean }[]
}

let compiled: Compiled | undefined
function patterns(): Compiled {
  if (compiled) return compiled
  const own = loadLexicon('facts/quantities.json', Quantities)
  const generated = loadLexicon('facts/currencies.json', Currencies).currencies
  const lex = { ...own, currencies: { ...generated, ...own.currencies } }
  const scale = `(?<scale>${alternation(Object.keys(lex.scales))})`
  // Symbols stand before a number ("$", "US$", "€", "EUR "); codes and names may also follow it ("120 billion NOK").
  const symbols = Object.keys(lex.currencies).filter(
    (c) => /[^\p{L} ]/u.test(c) || (/^[A-Z]{2,3}$/.test(c) && !ENGLISH_CODES.has(c)) || /^[A-Z][a-z]{1,2}$/.test(c),
  )
  const words = Object.keys(lex.currencies).filter((c) => /^[\p{L} ]+$/u.test(c))
  const wordNum = alternation(Object.keys(lex.numberWords))
  const unitWords = alternation([...Object.keys(lex.durationUnits), ...Object.keys(lex.distanceUnits)])
  compiled = {
    lex,
    money: new RegExp(`(?<cur>${alternation(symbols)})\\s?(?<num>${NUM})(?:\\s?[-–]?\\s?${scale}(?![\\p{L}]))?`, 'gu'),
    moneyAfter: new RegExp(
      `(?<![\\p{L}\\d$€£])(?<num>${NUM})\\s?(?:${scale}\\s+)?(?<cur>${alternation(words)})(?![\\p{L}])`,
      'gu',
    ),
    percent: new RegExp(`(?<![\\p{L}\\d])(?<num>${NUM})\\s?(?:%|percent\\b|per\\s+cent\\b|pct\\b)`, 'gu'),
    truncatedPercent: new RegExp(
      `(?<![\\p{L}\\d])(?<num>${NUM})\\s+(?:p|pe|per|per\\s+c|per\\s+ce|per\\s+cen|perc|perce|percen)$`,
      'u',
    ),
    rate: new RegExp(
      `(?<![\\p{L}\\d.,-])(?<num>${NUM})(?:\\s+(?<a>(?:[\\p{L}.]+\\s+){0,2}?[\\p{L}]+))?\\s+(?:per|to\\s+the|against\\s+the|for\\s+(?:one|a|each|1))\\s+(?<b>[\\p{L}.]+(?:\\s+[\\p{L}.]+){0,2})`,
      'gu',
    ),
    currencyNouns: new Set(
      [...Object.keys(generated), ...Object.keys(own.currencies)]
        .filter((c) => /^[\p{L} ]+$/u.test(c))
        .map((c) => (c.split(' ').pop() ?? c).toLowerCase().replace(/(?<=[^s])s$/, '')),
    ),
    population: new RegExp(
      `(?<=\\b(?:nation|country|population|community|state|city|people)\\s+of\\s+(?:about\\s+|some\\s+|around\\s+|over\\s+|nearly\\s+)?)(?<num>${NUM})(?:\\s+${scale}(?![\\p{L}]))?`,
      'giu',
    ),
    quantity: new RegExp(
      `(?<![\\p{L}\\d.,-])(?<num>${NUM}|${wordNum})(?:(?:\\s*[-–]\\s*|\\s+to\\s+)(?<num2>${NUM}|${wordNum}))?(?:\\s?${scale}(?![\\p{L}]))?\\s+(?:(?<unit>${unitWords})(?![\\p{L}])|(?<words>[\\p{L}’'-]+(?:\\s+[\\p{L}’'-]+){0,2}))`,
      'giu',
    ),
    qualifier: new RegExp(`(?:^|[^\\p{L}])(?<q>${alternation(Object.keys(lex.qualifiers))})\\s*$`, 'iu'),
    kinds: lex.kinds.map((k) => ({
      when: k.when,
      re: new RegExp(k.pattern, 'iu'),
      kind: k.kind,
      subkind: k.subkind ?? null,
      near: k.near ?? false,
    })),
  }
  return compiled
}

interface Found {
  readonly measure: Measure
  readonly span: Span
  readonly value: number
  readonly valueMax: number | null
  readonly unit: string | null
  readonly subject: string | null
  readonly rule: RuleId
}

/** The kind of a number from the words of its sentence; `seen` caches the sentence-wide tests of one sentence. */
function kindOf(
  p: Compiled,
  measure: Measure,
  sentence: string,
  at: number,
  length: number,
  seen: Map<RegExp, boolean>,
) {
  for (const k of p.kinds) {
    if (k.when !== measure) continue
    if (k.near) {
      if (k.re.test(sentence.slice(Math.max(0, at - 25), at + length + 25))) return k
      continue
    }
    let hit = seen.get(k.re)
    if (hit === undefined) {
      hit = k.re.test(sentence)
      seen.set(k.re, hit)
    }
    if (hit) return k
  }
  return null
}

/**
 * Finds number-bearing facts sentence by sentence: money with its currency and scale ("US$12.18 billion", "EUR 60.2
 * billion"), percentages (with a percent cut off at the end of the text), populations ("a nation of 18 million"),
 * counts of people and things ("76 Kazakhstani citizens", "three oil blocks"), durations and measures. The kind comes
 * from words of the sentence (lexicon `kinds`), the qualifier from the words just before the number, the period from
 * the nearest date of the sentence. Numbers that are dates, ordinals, labels ("No. 107", "Level 2") or unit
 * conversions in brackets are not facts.
 */
export function findFacts(ctx: FactContext): Fact[] {
  const p = patterns()
  const { text } = ctx
  // Rows of flattened tables are read as tables; their numbers are not read again as prose.
  const tableFacts = findTableFacts(text, ctx.mentions ?? [], readCell)
  const rows = tableFacts.map((f) => f.evidence)
  const facts: Fact[] = [...tableFacts]
  // The same number and unit in the next sentence restates it ("14 day schools … attend 14 Jewish day schools").
  let seen = new Set<string>()
  let lastSentenceKeys = new Set<string>()
  for (const s of ctx.sentences) {
    if (rows.some((r) => r.start <= s.span.start && s.span.end <= r.end)) continue
    seen = lastSentenceKeys
    lastSentenceKeys = new Set<string>()
    const times = ctx.times.filter((t) => t.span.start < s.span.end && t.span.end > s.span.start)
    const blocked = times.filter((t) => t.rule !== 'date/years-since').map((t) => t.span)
    const found: Found[] = []
    // Characters of the sentence already read as a date or a fact: a later reading may not reuse them.
    const used = new Uint8Array(s.span.end - s.span.start)
    const mark = (span: Span) =>
      used.fill(1, Math.max(0, span.start - s.span.start), Math.max(0, span.end - s.span.start))
    for (const b of blocked) mark(b)
    const taken = (span: Span) => used.subarray(span.start - s.span.start, span.end - s.span.start).includes(1)
    const at = (m: RegExpExecArray, group = 'num'): Span => {
      const start = s.span.start + m.index + m[0].indexOf(m.groups?.[group] ?? '')
      return { start, end: s.span.start + m.index + m[0].length }
    }
    const scaleOf = (m: RegExpExecArray) => (m.groups?.scale ? (p.lex.scales[m.groups.scale.toLowerCase()] ?? 1) : 1)
    const add = (f: Found) => {
      if (taken(f.span)) return
      found.push(f)
      mark(f.span)
    }
    // "1.6 Nepalese rupees per Indian rupee", "89 rubles to the dollar": an exchange rate written in prose.
    p.rate.lastIndex = 0
    for (let m = p.rate.exec(s.text); m; m = p.rate.exec(s.text)) {
      const g = m.groups ?? {}
      const noun = (w: string | undefined) =>
        (w?.split(/\s+/).pop() ?? '')
          .toLowerCase()
          .replace(/[^\p{L}]+$/u, '')
          .replace(/(?<=[^s])s$/, '')
      // The quoted currency is the first currency noun after "per" ("per Indian rupee on Monday").
      const bWords = (g.b ?? '').split(/\s+/)
      const at = bWords.findIndex((w) => p.currencyNouns.has(noun(w)))
      if (at < 0) continue
      const quoted = bWords
        .slice(0, at + 1)
        .join(' ')
        .replace(/[^\p{L}]+$/u, '')
      if (g.a ? !p.currencyNouns.has(noun(g.a)) : !/\b(?:exchange rate|traded at|rate of|worth)\b/i.test(s.text))
        continue
      const n = parseNumber(g.num ?? '')
      if (n === null) continue
      add({
        measure: 'rate',
        span: {
          start: s.span.start + m.index,
          end: s.span.start + m.index + m[0].length - (g.b ?? '').length + quoted.length,
        },
        value: n,
        valueMax: null,
        unit: `${g.a ?? '?'} per ${quoted}`,
        subject: null,
        rule: 'fact/exchange-rate',
      })
    }
    for (const re of [p.money, p.moneyAfter]) {
      re.lastIndex = 0
      for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
        const n = parseNumber(m.groups?.num ?? '')
        const cur = p.lex.currencies[(m.groups?.cur ?? '').trim()] ?? null
        if (n === null || !cur) continue
        add({
          measure: 'money',
          span: at(m, re === p.money ? 'cur' : 'num'),
          value: n * scaleOf(m),
          valueMax: null,
          unit: cur,
          subject: null,
          rule: 'fact/money',
        })
      }
    }
    // A number read whole by its pattern, with a fixed unit: percentages, a percent cut off at the end, populations.
    const readWhole = (
      m: RegExpExecArray,
      measure: Measure,
      unit: string,
      rule: RuleId,
      subject: string | null = null,
    ) => {
      const n = parseNumber(m.groups?.num ?? '')
      if (n !== null) add({ measure, span: at(m), value: n * scaleOf(m), valueMax: null, unit, subject, rule })
    }
    for (const m of s.text.matchAll(p.percent)) readWhole(m, 'percent', 'percent', 'fact/percent')
    const cut = s.span.end === text.trimEnd().length ? p.truncatedPercent.exec(s.text) : null
    if (cut && /per\s*cent|percent|%/.test(s.text)) readWhole(cut, 'percent', 'percent', 'fact/percent-cut-off')
    // "Kazakhstan's Jewish community of 3,300": the words before "of" say whose population it is.
    for (const m of s.text.matchAll(p.population))
      readWhole(m, 'population', 'people', 'fact/population', populationSubject(s.text.slice(0, m.index)))
    p.quantity.lastIndex = 0
    // Each match restarts the search right after its number, so "10 yen over five years" still finds "five years".
    const nextAfter = (m: RegExpExecArray) => {
      p.quantity.lastIndex = m.index + Math.max(1, (m.groups?.num ?? '').length)
      return p.quantity.exec(s.text)
    }
    for (let m = p.quantity.exec(s.text); m; m = nextAfter(m)) {
      const g = m.groups ?? {}
      const n = parseNumber(g.num ?? '', p.lex.numberWords)
      const n2 = g.num2 ? parseNumber(g.num2, p.lex.numberWords) : null
      if (n === null) continue
      const span = at(m)
      const before = text.slice(Math.max(0, span.start - 12), span.start)
      const after = text.slice(span.end, span.end + 2)
      // Labels, ordinals and hyphenated compounds are not quantities ("No. 107", "Level 2", "8th", "two-stage").
      if (
        /(?:No\.|Level|level|#|Article|Section|Vol\.|Resolution)\s*$/.test(before) ||
        /^(?:st|nd|rd|th)\b/.test(after)
      )
        continue
      // A conversion given in brackets after another quantity ("(4,717 mi)") is the same fact in other units.
      if (/\(\s*$/.test(before) && found.length > 0 && /^\s*\)/.test(text.slice(span.end))) continue
      const scaled = n * scaleOf(m)
      const max = n2 !== null ? n2 * scaleOf(m) : null
      if (g.unit && !/^\s+\p{Ll}+s\b/u.test(text.slice(span.end))) {
        const u = g.unit.toLowerCase()
        const duration = p.lex.durationUnits[u]
        const measure: Measure = duration ? 'duration' : 'measure'
        const unit = duration ?? p.lex.distanceUnits[g.unit] ?? p.lex.distanceUnits[u] ?? u
        add({
          measure,
          span,
          value: scaled,
          valueMax: max,
          unit,
          subject: null,
          rule: duration ? 'fact/duration' : 'fact/measure',
        })
        continue
      }
      const phrase = g.words ?? ''
      const words = phrase.split(/\s+/)
      let noun = ''
      let adj = ''
      if (words[0]?.toLowerCase() === 'of') {
        // "three of Kenya's 20 offshore oil blocks": the first number counts the later noun.
        const rest = s.text.slice(m.index + m[0].length - phrase.length + 2, m.index + m[0].length + 60)
        const later = new RegExp(
          `^\\s+(?:[\\p{L}’'-]+\\s+){0,2}?(?:${NUM})\\s+((?:[\\p{L}-]+\\s+){0,2}?)(\\p{L}+s)\\b`,
          'u',
        ).exec(rest)
        if (!later) continue
        noun = later[2] as string
        adj = (later[1] ?? '').trim()
      } else {
        for (const [i, w] of words.entries()) {
          if (FUNCTION_WORD.test(w)) break
          const isPeople =
            p.lex.peopleNouns.includes(w) || p.lex.peopleNouns.includes(w.toLowerCase()) || isDemonymPlural(w)
          if (isPeople || (/^\p{Ll}[\p{L}-]*s$/u.test(w) && !/ss$/.test(w))) {
            noun = w
            adj = words.slice(0, i).join(' ')
            break
          }
        }
      }
      if (!noun || p.lex.notCounted.includes(noun.toLowerCase())) continue
      if (/\bthe\s*$/i.test(before) && !/^\d/.test(g.num ?? '')) continue
      if ((g.num ?? '').toLowerCase() === 'one') continue
      const people =
        p.lex.peopleNouns.includes(noun) || p.lex.peopleNouns.includes(noun.toLowerCase()) || isDemonymPlural(noun)
      const lastAdj = adj.split(/\s+/).pop() ?? ''
      const unit = people ? 'people' : lastAdj && /^\p{Ll}/u.test(lastAdj) ? `${lastAdj} ${noun}` : noun
      const phraseStart = m.index + m[0].length - phrase.length
      const nounAt = s.text.indexOf(noun, phraseStart)
      add({
        measure: 'count',
        span: {
          start: span.start,
          end: s.span.start + (nounAt >= 0 && words[0] !== 'of' ? nounAt + noun.length : phraseStart - 1),
        },
        value: scaled,
        valueMax: max,
        unit,
        subject: `${adj} ${noun}`.trim(),
        rule: 'fact/count',
      })
    }
    const sentenceKinds = new Map<RegExp, boolean>()
    for (const f of found.sort((a, b) => a.span.start - b.span.start)) {
      const offset = f.span.start - s.span.start
      const k = kindOf(p, f.measure, s.text, offset, f.span.end - f.span.start, sentenceKinds)
      if (!k) continue
      const lead = text.slice(Math.max(s.span.start, f.span.start - 30), f.span.start)
      const q = p.qualifier.exec(lead)
      const period = nearestPeriod(times, f.span)
      const key = `${k.kind}|${k.subkind}|${f.value}|${f.unit}`
      if (seen.has(key) || lastSentenceKeys.has(key)) continue
      lastSentenceKeys.add(key)
      facts.push({
        kind: k.kind,
        subkind: k.subkind,
        subject: f.subject ?? subjectOf(s.text, f.measure),
        value: f.value,
        valueMax: f.valueMax,
        unit: f.unit,
        qualifier: q?.groups?.q ? (p.lex.qualifiers[q.groups.q.toLowerCase()] ?? q.groups.q) : null,
        period,
        valueSpan: f.span,
        evidence: s.span,
        rule: `${f.rule} ${k.kind}${k.subkind ? `.${k.subkind}` : ''}` as RuleId,
        confidence: f.measure === 'count' ? 0.6 : 0.8,
      })
    }
  }
  return facts
}

function nearestPeriod(times: readonly TimeExpression[], span: Span): string | null {
  let best: { d: number; v: string } | null = null
  for (const t of times) {
    if (!t.date) continue
    const d = t.span.end <= span.start ? span.start - t.span.end : (t.span.start - span.end) * 1.2
    const v = t.date.end ? `${t.date.value}-${t.date.end}` : t.date.value
    if (d >= 0 && (!best || d < best.d)) best = { d, v }
  }
  return best?.v ?? null
}

function subjectOf(sentence: string, measure: Measure): string | null {
  if (measure !== 'money' && measure !== 'percent') return null
  const m =
    /\b(bilateral trade|trade|exports?|imports?|importation|business|oil purchases|investment|deficit|surplus)\b/i.exec(
      sentence,
    )
  return m ? (m[1] as string).toLowerCase() : null
}

/** A table cell read as a number with its unit: "19,000,000", "$220 billion", "2,724,900 km2", "45%". */
export function readCell(cell: string): { value: number; unit: string | null } | null {
  const p = patterns()
  const m = /^(?<cur>[A-Z]{0,2}[$€£¥₹₽₸₩]|[A-Z]{3}\s)?(?<num>[\d,.]+)\s?(?<tail>%|percent|[\p{L}²2 ]+)?$/u.exec(
    cell.trim(),
  )
  if (!m?.groups) return null
  const n = parseNumber(m.groups.num ?? '')
  if (n === null) return null
  const tail = (m.groups.tail ?? '').trim().toLowerCase()
  const scale = p.lex.scales[tail] ?? 1
  const cur = m.groups.cur ? (p.lex.currencies[m.groups.cur.trim()] ?? null) : null
  const unit =
    cur ??
    (tail === '%' || tail === 'percent' ? 'percent' : scale === 1 && tail ? (p.lex.distanceUnits[tail] ?? tail) : null)
  return { value: n * scale, unit }
}

/** "Mexicans", "South Koreans": a country's people named by its adjective in the plural. */
function isDemonymPlural(word: string): boolean {
  return word.endsWith('s') && gazetteer().entries.get(word.slice(0, -1))?.kind === 'demonym'
}

/** The noun phrase a population belongs to, from the words just before "of" ("a Muslim nation", "Jewish community"). */
function populationSubject(before: string): string | null {
  const m =
    /((?:[\p{L}’'-]+\s+){0,2}(?:nation|country|population|community|state|city|people))\s+of\s+(?:about\s+|some\s+|around\s+|over\s+|nearly\s+)?$/iu.exec(
      before,
    )
  return m ? (m[1] as string).replace(/^(?:a|an|the|its|their)\s+/i, '') : null
}
