/**
 * Property-based fuzzing of the pipeline `dyad ingest` runs (decode → markup → clean → metadata → extract, without the
 * store) on random bytes, mutated real documents and grammar-made sentences. For every input the pipeline either
 * refuses it with an InputError or returns an extraction whose spans, dates and actors hold.
 *
 * Bounded by default (fixed seed, a few hundred runs); run longer by hand with
 * `FUZZ_RUNS=5000 FUZZ_SEED=7 node --import tsx --test test/fuzz.test.ts` (FUZZ_CORPUS=dir adds its documents to the
 * seeds mutated).
 */
import assert from 'node:assert/strict'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { actorName } from '../src/core/actors.js'
import type { ActorRef, EventDate, MediaType, PartialDate, Span } from '../src/core/types.js'
import { gazetteer } from '../src/extract/gazetteer.js'
import { type Extraction, extractDocument } from '../src/pipeline/extract.js'
import { InputError } from '../src/pipeline/prepare.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined
const SEED = Number(process.env.FUZZ_SEED ?? 13)
/** numRuns of one property: its default, or FUZZ_RUNS when given. */
const runs = (byDefault: number) => ({ seed: SEED, numRuns: RUNS ?? byDefault, includeErrorInReport: true })

/** Documents stay small: huge inputs are another test's business. */
const MAX_CHARS = 20_000

// ---------------------------------------------------------------------------------------------------------------
// The pipeline and its invariants

/** The pipeline without the store; an InputError (a refusal with a one-line reason) gives null. */
function run(bytes: Uint8Array, mediaType: MediaType): Extraction | null {
  const started = performance.now()
  try {
    const x = extractDocument({ origin: 'fuzz', mediaType, bytes })
    stats.extracted++
    return x
  } catch (e) {
    if (e instanceof InputError) {
      assert.ok(e.message.length > 0 && !e.message.includes('\n'), `refusal reason: ${JSON.stringify(e.message)}`)
      stats.refused++
      stats.reasons.set(e.message, (stats.reasons.get(e.message) ?? 0) + 1)
      return null
    }
    throw e
  } finally {
    // Not asserted (machines are noisy): printed with FUZZ_STATS=1 to spot inputs that cost more than their size.
    const ms = performance.now() - started
    if (ms > stats.slowest.ms)
      stats.slowest = { ms, bytes: bytes.length, head: Buffer.from(bytes.subarray(0, 200)).toString('utf8') }
  }
}

/** What the runs of one property came to, printed with FUZZ_STATS=1 (the share refused shows what was exercised). */
const stats = { extracted: 0, refused: 0, reasons: new Map<string, number>(), slowest: { ms: 0, bytes: 0, head: '' } }

function report(name: string): void {
  if (process.env.FUZZ_STATS)
    console.log(
      `${name}: ${stats.extracted} extracted, ${stats.refused} refused ${JSON.stringify([...stats.reasons])}; slowest ${stats.slowest.ms.toFixed(0)} ms ` +
        `(${stats.slowest.bytes} bytes: ${JSON.stringify(stats.slowest.head)})`,
    )
  Object.assign(stats, { extracted: 0, refused: 0, reasons: new Map(), slowest: { ms: 0, bytes: 0, head: '' } })
}

const COUNTRY_CODES: ReadonlySet<string> = new Set(gazetteer().countryName.keys())
const ORG_NAMES: ReadonlySet<string> = new Set(
  [...gazetteer().entries.values()].flatMap((e) => (e.kind === 'org' ? [e.name] : [])),
)

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** Whether a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string is a real calendar date (computed apart from src/core). */
function realDate(value: string): boolean {
  const m = PARTIAL.exec(value)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), m[2] && Number(m[2]), m[3] && Number(m[3])]
  if (mo === undefined || mo === '') return true
  if (mo < 1 || mo > 12) return false
  if (d === undefined || d === '') return true
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1] as number
  return d >= 1 && d <= days
}

const PRECISION_LENGTH = { year: 4, month: 7, day: 10 } as const

function checkPartialDate(d: PartialDate, what: string): void {
  assert.ok(realDate(d.value), `${what}: ${JSON.stringify(d)} is not a real date`)
  assert.equal(d.value.length, PRECISION_LENGTH[d.precision], `${what}: precision of ${JSON.stringify(d)}`)
}

function checkEventDate(d: EventDate, what: string): void {
  checkPartialDate(d, what)
  assert.ok(['explicit', 'relative', 'context'].includes(d.basis), `${what}: basis of ${JSON.stringify(d)}`)
  if (d.end === undefined) return
  assert.ok(realDate(d.end), `${what}: end of ${JSON.stringify(d)} is not a real date`)
  // Both ends are written to the same precision, so they compare as text.
  assert.equal(d.end.length, d.value.length, `${what}: ends of ${JSON.stringify(d)} differ in precision`)
  assert.ok(d.value <= d.end, `${what}: ${JSON.stringify(d)} ends before it starts`)
}

/** A fact's period: a partial date, a range of two (`2013-2023`, `2024-01/2024-02`) or a decade (`1990s`). */
function checkPeriod(p: string, what: string): void {
  const decade = /^(\d{3})0s$/.exec(p)
  if (decade) return
  const years = /^(\d{4})-(\d{4})$/.exec(p)
  if (years) {
    assert.ok((years[1] as string) <= (years[2] as string), `${what}: period ${p} ends before it starts`)
    return
  }
  const [from, to, ...rest] = p.split('/')
  assert.equal(rest.length, 0, `${what}: period ${p}`)
  assert.ok(realDate(from as string), `${what}: period ${p} is not a real date`)
  if (to === undefined) return
  assert.ok(realDate(to), `${what}: period ${p} is not a real date`)
  assert.ok((from as string) <= to, `${what}: period ${p} ends before it starts`)
}

/** Whether an offset falls between the two halves of a surrogate pair. */
function splitsPair(text: string, at: number): boolean {
  const before = text.charCodeAt(at - 1)
  const after = text.charCodeAt(at)
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff
}

/** A span is a non-blank slice of the text that does not cut a character in two. */
function checkSpan(text: string, s: Span, what: string): string {
  assert.ok(
    Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= text.length,
    `${what}: span ${JSON.stringify(s)} outside the clean text (length ${text.length})`,
  )
  assert.ok(!splitsPair(text, s.start) && !splitsPair(text, s.end), `${what}: span ${JSON.stringify(s)} cuts a pair`)
  const slice = text.slice(s.start, s.end)
  assert.ok(slice.trim() !== '', `${what}: blank span ${JSON.stringify(s)}`)
  return slice
}

const squash = (s: string) => s.replace(/\s+/g, ' ')

/** A state by a code of the gazetteer; an organisation or person by a name the text contains (or the lexicon's). */
function checkActor(a: ActorRef, text: string, what: string): void {
  if ('country' in a && a.country !== undefined)
    assert.ok(COUNTRY_CODES.has(a.country), `${what}: ${JSON.stringify(a)} has no country of the gazetteer`)
  const name = actorName(a)
  if (name === null) return
  assert.ok(name.trim() !== '', `${what}: ${JSON.stringify(a)} has a blank name`)
  if ('org' in a && ORG_NAMES.has(name)) return
  assert.ok(squash(text).includes(squash(name)), `${what}: ${JSON.stringify(a)} is not named in the text`)
}

const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end

/** Every invariant of one extraction; throws (an assertion) on the first that fails. */
function checkExtraction(x: Extraction): void {
  const text = x.prepared.clean.text
  const raw = x.prepared.rawText
  for (const seg of x.prepared.clean.map) {
    if (seg.source.end === seg.source.start) continue
    assert.equal(text.slice(seg.clean.start, seg.clean.end), raw.slice(seg.source.start, seg.source.end), 'span map')
  }
  const pub = x.prepared.metadata.publicationDate.value
  if (pub) checkPartialDate(pub, 'publication date')
  if (x.dyad) {
    const [a, b] = x.dyad
    assert.ok(COUNTRY_CODES.has(a) && COUNTRY_CODES.has(b) && a < b, `dyad ${x.dyad}`)
  }
  for (const m of x.mentions) {
    const what = `${m.kind} mention ${m.rule}`
    assert.equal(checkSpan(text, m.span, what), m.text, `${what}: text is not its span`)
    if (m.kind === 'actor') checkActor(m.actor, text, what)
    else checkEventDate(m.date, what)
  }
  for (const q of x.quantities) {
    const what = `quantity ${q.rule}`
    assert.equal(checkSpan(text, q.span, what), q.text, `${what}: text is not its span`)
    assert.ok(Number.isFinite(q.value), `${what}: value ${q.value}`)
  }
  for (const e of x.events) {
    const what = `${e.type} event ${e.rule} at ${JSON.stringify(e.evidence)}`
    checkSpan(text, e.evidence, what)
    for (const a of [e.source, ...(e.target ? [e.target] : []), ...e.coSources, ...e.coTargets])
      checkActor(a, text, what)
    if (e.date) checkEventDate(e.date, what)
    assert.ok(e.confidence > 0 && e.confidence <= 1, `${what}: confidence ${e.confidence}`)
  }
  for (const f of x.facts) {
    const what = `${f.kind} fact ${f.rule} at ${JSON.stringify(f.evidence)}`
    checkSpan(text, f.evidence, what)
    checkSpan(text, f.valueSpan, `${what} (value)`)
    assert.ok(within(f.valueSpan, f.evidence), `${what}: value span outside the evidence`)
    assert.ok(Number.isFinite(f.value), `${what}: value ${f.value}`)
    if (f.valueMax !== null) assert.ok(Number.isFinite(f.valueMax) && f.valueMax >= f.value, `${what}: range`)
    if (f.period !== null) checkPeriod(f.period, what)
    if (f.pair) {
      const [a, b] = f.pair
      assert.ok(COUNTRY_CODES.has(a) && COUNTRY_CODES.has(b) && a < b, `${what}: pair ${f.pair}`)
    }
  }
  for (const c of x.entities.countries) assert.ok(COUNTRY_CODES.has(c), `entity country ${c}`)
  for (const p of x.entities.people) if (p.country) assert.ok(COUNTRY_CODES.has(p.country), `person ${p.name}`)
}

// ---------------------------------------------------------------------------------------------------------------
// Generators

const utf8 = (s: string) => new TextEncoder().encode(s)
const MEDIA: readonly MediaType[] = ['text/plain', 'text/markdown', 'text/html']
const mediaType = fc.constantFrom(...MEDIA)

/** Characters and pieces that have broken text pipelines before. */
const ODD = [
  '\0',
  '\uFEFF',
  '\r',
  '\r\n',
  '\n\n',
  '\t',
  '\u00A0',
  '\u200B',
  '\u200E',
  '\u200F',
  '\u202E',
  '\u2028',
  '\u2029',
  '\uD800',
  '\uDC00',
  '😀',
  '👨‍👩‍👧',
  '🇫🇷',
  'e\u0301',
  'ﬁ',
  'İ',
  'ß',
  'עברית',
  'العربية',
  '中文',
  'Ã©',
  'â€™',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&nbsp;',
  '<p>',
  '</p>',
  '<div>',
  '<script>x</script>',
  '<!--',
  '<br/>',
  '[1]',
  '[edit]',
  '^',
  '# ',
  '* ',
  '> ',
  '---\ntitle: x\n---\n',
  '```',
  '|a|b|\n|-|-|\n',
  'SOURCE: http://example.org/x\n',
  '$',
  '%',
  '—',
  '’s',
  '.',
  ',',
  ';',
  '"',
  '(',
  ')',
]

/** Country names, demonyms and capitals, with the code each stands for. */
const STATES: readonly (readonly [string, string])[] = [
  ['France', 'FRA'],
  ['Germany', 'DEU'],
  ['the United States', 'USA'],
  ['China', 'CHN'],
  ['Russia', 'RUS'],
  ['Ukraine', 'UKR'],
  ['India', 'IND'],
  ['Pakistan', 'PAK'],
  ['Japan', 'JPN'],
  ['South Korea', 'KOR'],
  ['Brazil', 'BRA'],
  ['Argentina', 'ARG'],
  ['Kazakhstan', 'KAZ'],
  ['Israel', 'ISR'],
  ['Iran', 'IRN'],
  ['Turkey', 'TUR'],
  ['Egypt', 'EGY'],
  ['Nigeria', 'NGA'],
  ["Côte d'Ivoire", 'CIV'],
  ['the United Kingdom', 'GBR'],
  ['Paris', 'FRA'],
  ['Berlin', 'DEU'],
  ['Washington', 'USA'],
  ['Beijing', 'CHN'],
  ['Moscow', 'RUS'],
  ['Kyiv', 'UKR'],
  ['Tokyo', 'JPN'],
  ['Ankara', 'TUR'],
  ['the French government', 'FRA'],
  ['the German government', 'DEU'],
  ['Chinese officials', 'CHN'],
  ['Russian forces', 'RUS'],
  ['the Indian government', 'IND'],
  ['Pakistani officials', 'PAK'],
  ['Israeli forces', 'ISR'],
  ['the Brazilian government', 'BRA'],
]
const COUNTRY_WORDS = STATES.map(([name]) => name)

const MONEY = [
  // Numbers past a double's range.
  `$${'999,'.repeat(110)}999`,
  `${'999,'.repeat(100)}999 billion tourists`,
  '$4.2 billion',
  'US$12.18 billion',
  '€300 million',
  '1.5 trillion yen',
  '$0',
  '$-3 billion',
  '45%',
  '1e308',
]
const ODD_DATES = [
  '31 February 2023',
  '2023-13-45',
  'the 0th of May',
  '29 February 2023',
  '0 January 2020',
  'May 32, 2021',
  '2021-02-30',
  '9999-99-99',
  '0000-00-00',
  '31/12/2020',
  '12/31/2020',
  'from 2020 to 2010',
  '31 June 2019',
  '30–31 February 2024',
  '31 April - 2 March 2022',
  'the 1990s',
  'the 1st century',
  'in the year 0',
  'Monday',
  'last week',
  '24 hours ago',
  '99th of Octember',
]
/** Dates at the calendar's ends and ranges whose ends disagree. */
const EDGE_DATES = [
  'from 29 February to 3 March 2023',
  'from 30 December to 2 January 2023',
  'between November and February',
  'between 12 and 10 June 2022',
  '2021–2019',
  '1 January 1000',
  'the 1st century',
  'December 9999',
  'the 9990s',
  'the 99th century',
  '31 December 9999',
]
/** Sentence openers that count from the date before them. */
const FROM_PREVIOUS = [
  'A year earlier',
  'The day before',
  'Two weeks later',
  'A month later',
  '2500 years earlier',
  'Five thousand years later',
  'That year',
  'The following year',
  'Ten centuries earlier',
  'In March of the previous year',
  'At that time',
  'In the next decade',
]
const VALID_DATES = [
  '3 May 2021',
  'May 3, 2021',
  '2021-05-03',
  '29 February 2024',
  '10–12 June 2022',
  'Tuesday',
  'March 2020',
  '1999',
]

/** A random unicode string with odd characters spliced in. */
const unicodeText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
      { weight: 3, arbitrary: fc.constantFrom(...ODD) },
      {
        weight: 2,
        arbitrary: fc.constantFrom(...COUNTRY_WORDS, ...MONEY, ...ODD_DATES, ...EDGE_DATES, ...VALID_DATES),
      },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 30 }) },
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''))

/** Text as bytes in one of the encodings a file may come in (with or without a BOM), or raw bytes. */
const encoded = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    text.map(utf8),
    text.map((s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])),
    text.map((s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])),
    text.map((s) => Buffer.from(s, 'utf16le')),
    text.map((s) => Buffer.from(s, 'latin1')),
  )

/** Bytes that are mostly ASCII words with invalid UTF-8, stray BOMs and high bytes thrown in. */
const rawBytes = fc.oneof(
  fc.uint8Array({ maxLength: 2000 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...'The ministers of France met in Paris on 3 May 2021 and signed . \n'.split(' ')).map(utf8),
        fc.uint8Array({ minLength: 1, maxLength: 4 }),
        fc.constantFrom(
          Uint8Array.of(0xc3),
          Uint8Array.of(0xe2, 0x80),
          Uint8Array.of(0xed, 0xa0, 0x80),
          Uint8Array.of(0xf4, 0x90, 0x80, 0x80),
          Uint8Array.of(0xc0, 0xaf),
          Uint8Array.of(0xef, 0xbb, 0xbf),
          Uint8Array.of(0xff, 0xfe),
          Uint8Array.of(0xfe, 0xff),
          Uint8Array.of(0x93, 0x94, 0x85),
          Uint8Array.of(0x0d),
        ),
      ),
      { maxLength: 200 },
    )
    .map((chunks) => Buffer.concat(chunks.map((c) => Buffer.from(c)))),
)

/** The small documents of examples/ and test/fixtures, plus those of FUZZ_CORPUS when given. */
function seedDocuments(): { name: string; mediaType: MediaType; text: string }[] {
  const root = new URL('../', import.meta.url)
  const files = [
    'examples/000_99231b158a2f5198.txt',
    'examples/003_05902e0c1a095d85.txt',
    'examples/004_0acf342cc4b77461.txt',
    'test/fixtures/inputs/synthetic-news.txt',
    'test/fixtures/inputs/synthetic-page.html',
    'test/fixtures/inputs/front-matter.md',
    'test/fixtures/inputs/notes.md',
    'test/fixtures/eval/docs/ury-pry.md',
    'test/fixtures/decode/seed-003-windows-874-mojibake.txt',
  ].map((f) => new URL(f, root).pathname)
  const extra = process.env.FUZZ_CORPUS
  if (extra)
    for (const f of readdirSync(extra)) if (statSync(join(extra, f)).size <= MAX_CHARS) files.push(join(extra, f))
  return files.map((f) => ({
    name: f,
    mediaType: f.endsWith('.html') ? 'text/html' : f.endsWith('.md') ? 'text/markdown' : 'text/plain',
    text: readFileSync(f, 'utf8'),
  }))
}

/** What a mutation inserts: markup, countries, figures, odd dates, odd characters or random text. */
const insertion = fc.oneof(
  fc.constantFrom(...ODD),
  fc.constantFrom(...COUNTRY_WORDS).map((c) => ` ${c} `),
  fc.constantFrom(...MONEY).map((m) => ` ${m} `),
  fc.constantFrom(...ODD_DATES, ...EDGE_DATES, ...VALID_DATES).map((d) => ` on ${d} `),
  fc.constantFrom(...FROM_PREVIOUS).map((d) => `. ${d}, `),
  fc.constantFrom('<html><body>', '<h1>Title</h1>', '<table><tr><td>', '</td></tr></table>', '<a href="x">', '</a>'),
  fc.string({ unit: 'binary', maxLength: 20 }),
)

type Mutation =
  | { op: 'delete' | 'duplicate' | 'upper'; at: number; len: number }
  | { op: 'swap'; at: number; to: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'truncate'; at: number }
  | { op: 'oddDates'; pick: number }

/** A place in the document as a fraction of its length, spread evenly (fast-check's bias would pile them at 0). */
const at = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000)
const len = fc.integer({ min: 0, max: 400 })
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'upper' as const), at, len }),
  fc.record({ op: fc.constant('swap' as const), at, to: at, len }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('insert' as const), at, text: insertion }) },
  fc.record({ op: fc.constant('truncate' as const), at }),
  fc.record({ op: fc.constant('oddDates' as const), pick: fc.nat() }),
)

/** Dates as the documents write them, to be replaced by odd ones. */
const DATE_LIKE =
  /\b(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2},?)?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/g

function mutate(text: string, m: Mutation): string {
  const pos = (f: number) => Math.floor(f * text.length)
  switch (m.op) {
    case 'delete':
      return text.slice(0, pos(m.at)) + text.slice(pos(m.at) + m.len)
    case 'duplicate':
      return text.slice(0, pos(m.at) + m.len) + text.slice(pos(m.at), pos(m.at) + m.len) + text.slice(pos(m.at) + m.len)
    case 'upper':
      return (
        text.slice(0, pos(m.at)) +
        text.slice(pos(m.at), pos(m.at) + m.len).toUpperCase() +
        text.slice(pos(m.at) + m.len)
      )
    case 'swap': {
      const [a, b] = [pos(m.at), pos(m.to)].sort((x, y) => x - y) as [number, number]
      const n = Math.min(m.len, b - a)
      return text.slice(0, a) + text.slice(b, b + n) + text.slice(a + n, b) + text.slice(a, a + n) + text.slice(b + n)
    }
    case 'insert':
      return text.slice(0, pos(m.at)) + m.text + text.slice(pos(m.at))
    case 'truncate':
      return text.slice(0, pos(m.at))
    case 'oddDates': {
      let i = m.pick
      const odd = [...ODD_DATES, ...EDGE_DATES]
      return text.replace(DATE_LIKE, () => odd[i++ % odd.length] as string)
    }
  }
}

/** Byte-level damage after encoding: random bytes inserted, or the bytes cut anywhere (inside a UTF-8 sequence too). */
const byteDamage = fc.option(
  fc.oneof(
    fc.record({ at, bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
    fc.record({ at, cut: fc.constant(true) }),
  ),
  { freq: 3 },
)

function damage(bytes: Uint8Array, d: { at: number; bytes?: Uint8Array; cut?: boolean } | null): Uint8Array {
  if (!d) return bytes
  const i = Math.floor(d.at * bytes.length)
  if (d.cut) return bytes.subarray(0, i)
  return Buffer.concat([bytes.subarray(0, i), d.bytes ?? new Uint8Array(), bytes.subarray(i)])
}

/** A grammar-made document: sentences "<State> <verb> <State> on <date>." with the states' codes. */
interface GrammarDoc {
  readonly text: string
  readonly codes: ReadonlySet<string>
}

const VERBS = [
  'signed an agreement with',
  'signed a trade deal with',
  'condemned',
  'attacked',
  'met with',
  'met',
  'accused',
  'criticized',
  'visited',
  'imposed sanctions on',
  'praised',
  'threatened',
  'recalled its ambassador from',
  'severed diplomatic relations with',
  'held talks with',
  'invited',
  'welcomed',
  'expelled diplomats of',
  'recognized',
  'pledged aid to',
]

const state = fc.constantFrom(...STATES)
const sentence = fc
  .record({
    a: state,
    verb: fc.constantFrom(...VERBS),
    b: state,
    date: fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...VALID_DATES) },
      { weight: 2, arbitrary: fc.constantFrom(...ODD_DATES, ...EDGE_DATES) },
    ),
    opener: fc.option(fc.constantFrom(...FROM_PREVIOUS), { freq: 3 }),
    tail: fc.constantFrom('', ', officials said', ' in the capital', ', according to a statement'),
  })
  .filter(({ a, b }) => a[1] !== b[1])
  .map(({ a, verb, b, date, opener, tail }) => {
    const codes = [a[1], b[1]]
    // "A year earlier, France condemned Germany."
    if (opener) return { text: `${opener}, ${a[0]} ${verb} ${b[0]}${tail}.`, codes }
    const subject = a[0].replace(/^the/, 'The')
    const bare = /^(?:from |between |in |last |24 )/.test(date)
    const on = /^the |^\d{4}(?:–\d{4})?$|^[A-Z][a-z]+ \d{4}$/.test(date) ? 'in' : 'on'
    return { text: `${subject} ${verb} ${b[0]} ${bare ? date : `${on} ${date}`}${tail}.`, codes }
  })

const grammarDoc: fc.Arbitrary<GrammarDoc> = fc
  .record({
    title: fc.option(fc.constantFrom('Talks between two states', 'Relations in 2021', 'France–Germany relations')),
    dateline: fc.option(
      fc.constantFrom(
        'Published: 13 March 2024',
        'March 13, 2024',
        'Published 31 December 9999',
        'Updated: 29 February 2023',
        'date 2021-08-24',
        '1 January 0001',
      ),
    ),
    sentences: fc.array(sentence, { minLength: 1, maxLength: 6 }),
    joiner: fc.constantFrom(' ', '\n\n', '\n'),
    money: fc.option(fc.constantFrom(...MONEY)),
  })
  .map(({ title, dateline, sentences, joiner, money }) => {
    const body = sentences.map((s) => s.text)
    if (money) body.push(`Bilateral trade reached ${money} in 2022.`)
    return {
      text: `${title ? `${title}\n\n` : ''}${dateline ? `${dateline}\n\n` : ''}${body.join(joiner)}\n`,
      codes: new Set(sentences.flatMap((s) => s.codes)),
    }
  })

/** Words of news about states, for word salad: the parts the event and fact rules read, in any order. */
const WORDS = [
  ...COUNTRY_WORDS,
  ...VERBS,
  ...MONEY,
  ...VALID_DATES,
  ...EDGE_DATES,
  ...FROM_PREVIOUS,
  'with',
  'to',
  'from',
  'against',
  'by',
  'of',
  'and',
  'or',
  'but',
  'not',
  'never',
  'will',
  'may',
  'reportedly',
  'which',
  'who',
  'that',
  'the',
  'a',
  'its',
  'both',
  'all',
  'said',
  'was',
  'were',
  'had been',
  'President Emmanuel Macron',
  'Mr. Scholz',
  'his counterpart',
  'Foreign Minister',
  'the foreign ministry',
  'NATO',
  'the European Union',
  'the United Nations',
  'Ministry of Foreign Affairs',
  'the two countries',
  'bilateral trade',
  'exports',
  'tourists',
  'per cent',
  'million',
  'billion',
  'agreement',
  'talks',
  'sanctions',
  'embassy',
  'ambassador',
  ',',
  '.',
  ';',
  ':',
  '"',
  '“',
  '”',
  '(',
  ')',
  '—',
  "'s",
  '\n',
  '\n\n',
]

/** Word salad: sentences of news words in random order, cut anywhere ("… signed an agreement with"). */
const wordSalad = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 60 })
  .map((words) => words.join(' ').replace(/ ([,.;:)”'])/g, '$1'))

// ---------------------------------------------------------------------------------------------------------------
// Properties

describe('fuzz: the ingest pipeline on random, mutated and grammar-made documents', () => {
  it('random unicode text, in any encoding and media type, is refused or extracted soundly', () => {
    fc.assert(
      fc.property(encoded(unicodeText), mediaType, (bytes, type) => {
        const x = run(bytes, type)
        if (x) checkExtraction(x)
      }),
      runs(150),
    )
    report('unicode')
  })

  it('random bytes (invalid UTF-8, NUL, BOMs, lone CR) are refused or extracted soundly', () => {
    fc.assert(
      fc.property(rawBytes, mediaType, (bytes, type) => {
        const x = run(bytes, type)
        if (x) checkExtraction(x)
      }),
      runs(150),
    )
    report('bytes')
  })

  it('mutated real documents are refused or extracted soundly', () => {
    const seeds = seedDocuments()
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        byteDamage,
        fc.boolean(),
        (seed, mutations, bytes, asPlain) => {
          let text = seed.text
          for (const m of mutations) text = mutate(text, m).slice(0, MAX_CHARS)
          const x = run(damage(utf8(text), bytes), asPlain ? 'text/plain' : seed.mediaType)
          if (x) checkExtraction(x)
        },
      ),
      runs(100),
    )
    report('mutated')
  })

  it('word salad of news words (states, verbs, prepositions, dates, figures, quotes) is extracted soundly', () => {
    fc.assert(
      fc.property(wordSalad, fc.constantFrom('text/plain' as const, 'text/markdown' as const), (text, type) => {
        const x = run(utf8(text), type)
        if (x) checkExtraction(x)
      }),
      runs(300),
    )
    report('salad')
  })

  it('grammar-made sentences give events between the states they name, and most give some', () => {
    let docs = 0
    let withEvents = 0
    fc.assert(
      fc.property(grammarDoc, mediaType, (doc, type) => {
        const body =
          type === 'text/html' ? `<html><body><p>${doc.text.replace(/\n\n/g, '</p><p>')}</p></body></html>` : doc.text
        const x = run(utf8(body), type)
        assert.ok(x, 'a grammar-made document is never refused')
        checkExtraction(x)
        docs++
        if (x.events.length > 0) withEvents++
        for (const e of x.events)
          for (const a of [e.source, ...(e.target ? [e.target] : []), ...e.coSources, ...e.coTargets])
            if ('country' in a && a.country && !('person' in a))
              assert.ok(doc.codes.has(a.country), `${e.type} event names ${a.country}, not a state of the text`)
      }),
      runs(150),
    )
    report('grammar')
    if (process.env.FUZZ_STATS) console.log(`grammar: ${withEvents} of ${docs} with events`)
    // Extraction that silently found nothing would make every property above vacuous.
    assert.ok(withEvents >= docs * 0.6, `only ${withEvents} of ${docs} grammar-made documents gave an event`)
  })
})
