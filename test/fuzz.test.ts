/**
 * Property-based fuzzing of the pipeline `dyad ingest` runs (decode → markup → clean → metadata → extract, without the
 * store) on random unicode and bytes, tag soup, mutated real documents, word salad and grammar-made sentences. For every
 * input the pipeline either refuses it with an InputError or returns an extraction whose spans, dates and actors hold;
 * grammar-made documents must also give events, dated as written, between the states they name.
 *
 * Bounded by default (fixed seed, a few hundred runs); run longer by hand with
 * `FUZZ_RUNS=5000 FUZZ_SEED=7 node --import tsx --test test/fuzz.test.ts` (FUZZ_CORPUS=dir adds its documents to the
 * seeds mutated; FUZZ_STATS=1 prints what was extracted or refused and the slowest input, FUZZ_MISSES=1 the
 * explicitly dated grammar sentences whose event was not so dated). A counterexample's mutations can be replayed with
 * `mutate` and `damage` from fuzz-inputs.ts.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { actorName } from '../src/core/actors.js'
import type { ActorRef, EventDate, MediaType, PartialDate, Span } from '../src/core/types.js'
import { gazetteer } from '../src/extract/gazetteer.js'
import { splitSentences } from '../src/extract/segment.js'
import { type Extraction, extractDocument } from '../src/pipeline/extract.js'
import { InputError } from '../src/pipeline/prepare.js'
import {
  byteDamage,
  damage,
  encoded,
  grammarDoc,
  MAX_CHARS,
  mediaType,
  mutate,
  mutation,
  rawBytes,
  seedDocuments,
  tagSoup,
  unicodeText,
  utf8,
  wordSalad,
} from './fuzz-inputs.js'

const RUNS = Number(process.env.FUZZ_RUNS ?? 0) || undefined
const SEED = Number(process.env.FUZZ_SEED ?? 13)
/** numRuns of one property: its default, or FUZZ_RUNS when given. */
const runs = (byDefault: number) => ({ seed: SEED, numRuns: RUNS ?? byDefault, includeErrorInReport: true })

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
  const sentences = new Set(splitSentences(text).map((s) => `${s.span.start}-${s.span.end}`))
  for (const e of x.events) {
    const what = `${e.type} event ${e.rule} at ${JSON.stringify(e.evidence)}`
    checkSpan(text, e.evidence, what)
    assert.ok(sentences.has(`${e.evidence.start}-${e.evidence.end}`), `${what}: evidence is not one sentence`)
    for (const a of [e.source, ...(e.target ? [e.target] : []), ...e.coSources, ...e.coTargets])
      checkActor(a, text, what)
    if (e.date) checkEventDate(e.date, what)
    assert.ok(e.confidence > 0 && e.confidence <= 1, `${what}: confidence ${e.confidence}`)
  }
  for (const f of x.facts) {
    const what = `${f.kind} fact ${f.rule} at ${JSON.stringify(f.evidence)}`
    checkSpan(text, f.evidence, what)
    // A row of a flattened table is its evidence; any other figure's is its sentence.
    if (f.rule !== 'fact/table-row')
      assert.ok(sentences.has(`${f.evidence.start}-${f.evidence.end}`), `${what}: evidence is not one sentence`)
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

  it('tag soup (frames missing, misplaced, nested or left open) is refused or extracted soundly', () => {
    fc.assert(
      fc.property(tagSoup, (html) => {
        const x = run(utf8(html), 'text/html')
        if (x) checkExtraction(x)
      }),
      runs(150),
    )
    report('soup')
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
    let dated = 0
    let datedRight = 0
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
        // A sentence with an explicit date: an event read from it should have that date.
        const text = x.prepared.clean.text
        for (const { sentence, value } of doc.dated) {
          const at = text.indexOf(sentence)
          if (at < 0) continue
          dated++
          if (x.events.some((e) => e.evidence.start === at && e.date?.value === value)) datedRight++
          else if (process.env.FUZZ_MISSES)
            console.log(
              'MISS',
              JSON.stringify(sentence),
              value,
              JSON.stringify(x.events.filter((e) => e.evidence.start === at).map((e) => [e.type, e.date])),
            )
        }
      }),
      runs(150),
    )
    report('grammar')
    if (process.env.FUZZ_STATS)
      console.log(`grammar: ${withEvents} of ${docs} with events; ${datedRight} of ${dated} dated sentences dated so`)
    // Extraction that silently found nothing, or dated nothing, would make every property above vacuous.
    assert.ok(withEvents >= docs * 0.8, `only ${withEvents} of ${docs} grammar-made documents gave an event`)
    assert.ok(
      datedRight >= dated * 0.6,
      `only ${datedRight} of ${dated} explicitly dated sentences had an event so dated`,
    )
  })
})
