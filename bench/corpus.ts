// The scale benchmark's synthetic corpus: news-like documents about pairs of states, written from sentence templates
// that cover every PLOVER event type, with the extraction Dyad would store for them (mentions, events, facts,
// entities) built alongside the text, so that `bench/scale.ts` can write a million events through `Store.saveVersion`
// without running the extractor, and `dyad ingest` can read the same documents as files.
//
// Reproducible: document i depends only on (seed, i), so a smaller corpus is a prefix of a larger one.
import { createHash } from 'node:crypto'
import { canonicalPair, type Pair } from '../src/core/pair.js'
import type { EventType } from '../src/core/plover.js'
import type {
  ActorRef,
  DocumentMetadata,
  EventDate,
  Event as ExtractedEvent,
  Fact,
  Mention,
  PersonEntity,
} from '../src/core/types.js'
import type { NewDocumentVersion } from '../src/store/store.js'

/** A state of the corpus: ISO3 code, the name and demonym Dyad's gazetteer knows it by. */
export interface Country {
  readonly code: string
  readonly name: string
  readonly demonym: string
}

// 83 states (ISO3, name, demonym), as lexicons/actors/countries.json spells them.
const COUNTRY_TABLE = `USA United States|American;CHN China|Chinese;RUS Russia|Russian;UKR Ukraine|Ukrainian;ISR Israel|Israeli;
IRN Iran|Iranian;IND India|Indian;PAK Pakistan|Pakistani;JPN Japan|Japanese;KOR South Korea|South Korean;
PRK North Korea|North Korean;DEU Germany|German;FRA France|French;GBR United Kingdom|British;TUR Türkiye|Turkish;
SYR Syria|Syrian;SAU Saudi Arabia|Saudi Arabian;EGY Egypt|Egyptian;BRA Brazil|Brazilian;ARG Argentina|Argentine;
MEX Mexico|Mexican;CAN Canada|Canadian;AUS Australia|Australian;IDN Indonesia|Indonesian;VNM Vietnam|Vietnamese;
PHL Philippines|Filipino;THA Thailand|Thai;MYS Malaysia|Malaysian;SGP Singapore|Singaporean;AFG Afghanistan|Afghan;
IRQ Iraq|Iraqi;JOR Jordan|Jordanian;LBN Lebanon|Lebanese;QAT Qatar|Qatari;ARE United Arab Emirates|Emirati;
KAZ Kazakhstan|Kazakhstani;UZB Uzbekistan|Uzbekistani;AZE Azerbaijan|Azerbaijani;ARM Armenia|Armenian;
GEO Georgia|Georgian;POL Poland|Polish;HUN Hungary|Hungarian;ROU Romania|Romanian;SRB Serbia|Serbian;GRC Greece|Greek;
ITA Italy|Italian;ESP Spain|Spanish;PRT Portugal|Portuguese;NLD Netherlands|Dutch;BEL Belgium|Belgian;
SWE Sweden|Swedish;NOR Norway|Norwegian;FIN Finland|Finnish;DNK Denmark|Danish;AUT Austria|Austrian;
CHE Switzerland|Swiss;IRL Ireland|Irish;NGA Nigeria|Nigerian;ZAF South Africa|South African;KEN Kenya|Kenyan;
ETH Ethiopia|Ethiopian;SDN Sudan|Sudanese;SSD South Sudan|South Sudanese;LBY Libya|Libyan;DZA Algeria|Algerian;
MAR Morocco|Moroccan;TUN Tunisia|Tunisian;VEN Venezuela|Venezuelan;COL Colombia|Colombian;CHL Chile|Chilean;
PER Peru|Peruvian;CUB Cuba|Cuban;BGD Bangladesh|Bangladeshi;LKA Sri Lanka|Sri Lankan;NPL Nepal|Nepalese;
MMR Myanmar|Burmese;KHM Cambodia|Cambodian;NZL New Zealand|New Zealander;BLR Belarus|Belarusian;MDA Moldova|Moldovan;
SOM Somalia|Somali;YEM Yemen|Yemeni;OMN Oman|Omani`

/** The corpus's 83 states. */
export const COUNTRIES: readonly Country[] = COUNTRY_TABLE.split(';').map((entry) => {
  const [head, demonym] = entry.trim().split('|') as [string, string]
  return { code: head.slice(0, 3), name: head.slice(4), demonym }
})

const BY_CODE = new Map(COUNTRIES.map((c) => [c.code, c]))

/**
 * The pairs documents are mainly about, most documented first: a handful of familiar rivalries and partnerships, then
 * pairs spread over every state so that all 83 appear. Document counts fall off as rank^-ZIPF_S.
 */
export const PAIRS: readonly Pair[] = (() => {
  const head = ['USA-CHN', 'RUS-UKR', 'ISR-IRN', 'IND-PAK', 'USA-RUS', 'CHN-JPN', 'KOR-PRK', 'DEU-FRA', 'ARM-AZE']
  const out = new Map<string, Pair>()
  for (const h of head) {
    const [a, b] = h.split('-') as [string, string]
    const p = canonicalPair(a, b)
    out.set(p.join('-'), p)
  }
  for (let k = 0; out.size < 64; k++) {
    const a = COUNTRIES[k % COUNTRIES.length] as Country
    const b = COUNTRIES[(k * 17 + 29) % COUNTRIES.length] as Country
    if (a.code === b.code) continue
    const p = canonicalPair(a.code, b.code)
    out.set(p.join('-'), p)
  }
  return [...out.values()]
})()

const ZIPF_S = 1.1

/** Every PLOVER type with how often it occurs (relative weights) and its sentence templates. */
// Placeholders: {A} and {B} a state's name, {a} and {b} its demonym, {PA} and {PB} an official, {C} a third state, {D}
// the date phrase (with its leading space, or empty for an undated event). {A}/{PA} is the source, {B}/{PB} the target.
const EVENT_TEMPLATES: Record<EventType, { weight: number; verb: string; templates: readonly string[] }> = {
  CONSULT: {
    weight: 14,
    verb: 'meet',
    templates: ['{PA} met {PB}{D} to discuss border security.', '{A} held talks with {B}{D} on energy supplies.'],
  },
  VISIT: {
    weight: 6,
    verb: 'visit',
    templates: ['{PA} visited {B}{D} for two days of meetings.', '{PA} arrived in {B}{D} on an official visit.'],
  },
  AGREE: {
    weight: 8,
    verb: 'sign',
    templates: ['{A} and {B} signed a trade agreement{D}.', '{A} agreed with {B}{D} to extend the ceasefire.'],
  },
  SUPPORT: {
    weight: 6,
    verb: 'support',
    templates: ['{A} voiced support for {B}{D} at the United Nations.', '{PA} praised {B}{D} for its mediation.'],
  },
  ESTABLISH_RELATIONS: {
    weight: 1,
    verb: 'establish',
    templates: ['{A} established diplomatic relations with {B}{D}.', '{A} reopened its embassy in {B}{D}.'],
  },
  COOPERATE: {
    weight: 8,
    verb: 'cooperate',
    templates: ['{A} and {B} held joint naval exercises{D}.', '{A} agreed to share intelligence with {B}{D}.'],
  },
  AID: {
    weight: 4,
    verb: 'send',
    templates: ['{A} sent humanitarian aid to {B}{D}.', '{A} pledged reconstruction loans to {B}{D}.'],
  },
  RETREAT: {
    weight: 2,
    verb: 'withdraw',
    templates: ['{A} withdrew its troops from the border with {B}{D}.', '{A} released detained {b} sailors{D}.'],
  },
  REQUEST: {
    weight: 5,
    verb: 'urge',
    templates: ['{A} urged {B}{D} to return to negotiations.', '{PA} asked {B}{D} to extradite the suspects.'],
  },
  ACCUSE: {
    weight: 6,
    verb: 'accuse',
    templates: ['{A} accused {B} of violating the airspace agreement{D}.', '{PA} blamed {B}{D} for the cyberattack.'],
  },
  REJECT: {
    weight: 4,
    verb: 'reject',
    templates: ['{A} rejected the proposal from {B}{D}.', '{PA} refused {b} demands{D} for compensation.'],
  },
  THREATEN: {
    weight: 3,
    verb: 'threaten',
    templates: ['{A} threatened {B} with retaliation{D}.', '{PA} warned {B}{D} of severe consequences.'],
  },
  PROTEST: {
    weight: 3,
    verb: 'protest',
    templates: ['{A} summoned the {b} ambassador{D} in protest.', '{A} lodged a formal protest with {B}{D}.'],
  },
  SANCTION: {
    weight: 3,
    verb: 'sanction',
    templates: ['{A} imposed sanctions on {B}{D}.', '{A} expelled four {b} diplomats{D}.'],
  },
  MOBILIZE: {
    weight: 2,
    verb: 'deploy',
    templates: ['{A} deployed troops near the border with {B}{D}.', '{A} put its forces on alert against {B}{D}.'],
  },
  COERCE: {
    weight: 2,
    verb: 'seize',
    templates: ['{A} seized a {b} tanker{D}.', '{A} blockaded ports used by {B}{D}.'],
  },
  ASSAULT: {
    weight: 3,
    verb: 'attack',
    templates: ['{A} launched air strikes on {B}{D}.', '{a} forces shelled positions held by {B}{D}.'],
  },
  STATEMENT: {
    weight: 10,
    verb: 'say',
    templates: ['{PA} said{D} that relations with {B} were improving.', '{A} commented on {b} elections{D}.'],
  },
  OTHER: {
    weight: 2,
    verb: 'other',
    templates: ['{A} and {B} marked the anniversary of their treaty{D}.', '{A} hosted a {b} trade fair{D}.'],
  },
}

/** Every event type, in the table's order. */
export const EVENT_TYPES = Object.keys(EVENT_TEMPLATES) as EventType[]

const TYPE_WEIGHTS = EVENT_TYPES.map((t) => EVENT_TEMPLATES[t].weight)
const PAIR_WEIGHTS = PAIRS.map((_, i) => 1 / (i + 1) ** ZIPF_S)

const ROLES = ['Foreign Minister', 'Prime Minister', 'President', 'Defence Minister', 'Trade Minister']
const GIVEN = ['Anna', 'Omar', 'Li', 'Maria', 'Ivan', 'Priya', 'Kenji', 'Amara', 'Lucas', 'Fatima', 'Erik', 'Sofia']
const FAMILY = ['Haddad', 'Novak', 'Chen', 'Okafor', 'Silva', 'Kowalski', 'Tanaka', 'Petrov', 'Mehta', 'Larsen']
const MONTHS = 'January February March April May June July August September October November December'.split(' ')
const FILLERS = [
  'The government said talks would continue next month.',
  'Officials from both governments declined to comment on the details.',
  'Analysts said the move reflected a broader shift in regional policy.',
  'The ministry published a statement on its website.',
  'Diplomats in both capitals described the mood as cautious.',
]
/** A word that only about one document in RARE_EVERY carries, for the rare-word search. */
export const RARE_WORD = 'ombudsman'
/** A word nearly every document carries, for the common-word search. */
export const COMMON_WORD = 'government'
const RARE_EVERY = 2000
const RARE_FILLER = `The ${RARE_WORD} of the foreign ministry opened an inquiry into the affair.`

/** A seeded PRNG (mulberry32): the same seed gives the same stream on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function docSeed(seed: number, index: number): number {
  return createHash('sha256').update(`${seed}:${index}`).digest().readUInt32LE(0)
}

function weighted(rng: () => number, weights: readonly number[]): number {
  let total = 0
  for (const w of weights) total += w
  let x = rng() * total
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i] as number
    if (x < 0) return i
  }
  return weights.length - 1
}

function pick<T>(rng: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rng() * xs.length)] as T
}

/** One generated document: its text (as a file would hold it), what Dyad stores for it, and the pairs it links. */
export interface SyntheticDocument {
  readonly index: number
  readonly name: string
  /** The file's text: title, date line and paragraphs. */
  readonly text: string
  /** The document's main pair. */
  readonly pair: Pair
  readonly version: NewDocumentVersion
  /** For each event (in order), the pair keys it links: what `event_pairs` will hold. */
  readonly eventPairs: readonly (readonly string[])[]
}

interface Piece {
  text: string
  /** Offsets of the piece within `text` where an actor or date phrase sits. */
  marks: { start: number; end: number; mention: Mention }[]
}

function day(d: Date): string {
  return d.toISOString().slice(0, 10)
}

function dateText(d: Date): string {
  return `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
}

/** Document `index` of the corpus of `seed`. */
export function generateDocument(seed: number, index: number): SyntheticDocument {
  const rng = prng(docSeed(seed, index))
  const [x, y] = PAIRS[weighted(rng, PAIR_WEIGHTS)] as Pair
  const [a, b] = rng() < 0.5 ? [x, y] : [y, x]
  const A = BY_CODE.get(a) as Country
  const B = BY_CODE.get(b) as Country
  const person = (c: Country): { name: string; role: string; country: string } => ({
    name: `${pick(rng, GIVEN)} ${pick(rng, FAMILY)}`,
    role: pick(rng, ROLES),
    country: c.code,
  })
  // Publication dates spread over 2000–2025; events fall in the month before.
  const published = new Date(Date.UTC(2000, 0, 1) + Math.floor(rng() * 26 * 365) * 86_400_000)
  const people = new Map<string, PersonEntity>()
  const countries = new Set<string>([a, b])
  const events: { piece: Piece; event: Omit<ExtractedEvent, 'evidence'> }[] = []
  const nEvents = 4 + Math.floor(rng() * 9) // 4–12, about 8 on average

  for (let i = 0; i < nEvents; i++) {
    const type = EVENT_TYPES[weighted(rng, TYPE_WEIGHTS)] as EventType
    const spec = EVENT_TEMPLATES[type]
    const template = pick(rng, spec.templates)
    // Most events are between the two states, in either direction; some involve a third state instead of one of them.
    let [src, tgt] = rng() < 0.6 ? [A, B] : [B, A]
    if (rng() < 0.15) {
      const other = pick(rng, COUNTRIES)
      if (other.code !== src.code) tgt = other
    }
    countries.add(tgt.code)
    const pa = template.includes('{PA}') ? person(src) : null
    const pb = template.includes('{PB}') ? person(tgt) : null
    for (const p of [pa, pb]) if (p) people.set(p.name, { name: p.name, role: p.role, country: p.country })
    const roll = rng()
    const when = new Date(published.getTime() - Math.floor(rng() * 30) * 86_400_000)
    const date: EventDate | null =
      roll < 0.6
        ? { value: day(when), precision: 'day', basis: 'explicit' }
        : roll < 0.8
          ? { value: day(when).slice(0, 7), precision: 'month', basis: 'explicit' }
          : null
    const dPhrase = !date
      ? ''
      : date.precision === 'day'
        ? ` on ${dateText(when)}`
        : ` in ${MONTHS[when.getUTCMonth()]} ${when.getUTCFullYear()}`
    const piece = fill(template, { src, tgt, pa, pb, dPhrase, date })
    const actor = (c: Country, p: typeof pa): ActorRef =>
      p ? { person: p.name, role: p.role, country: c.code } : { country: c.code }
    const flagRoll = rng()
    events.push({
      piece,
      event: {
        type,
        source: actor(src, pa),
        target: actor(tgt, pb),
        coSources: [],
        coTargets: [],
        date,
        flags: { negated: flagRoll < 0.02, hedged: flagRoll > 0.95, future: flagRoll > 0.02 && flagRoll < 0.05 },
        dyadRelevant: canonicalPair(src.code, tgt.code).join('-') === canonicalPair(a, b).join('-'),
        rule: `event/verb-rule/${spec.verb} clause-subject/direct-object${date ? ' date/month-day' : ''}`,
        confidence: 0.8,
      },
    })
  }

  // Text: title, blank, date line (cleaning removes it), blank, then paragraphs of three or four sentences. No byline:
  // the cleaner removes some bylines and not others, and the stored clean text must be what `dyad ingest` would store.
  const title = `${A.name} and ${B.name}: ${pick(rng, ['talks resume', 'tensions rise', 'a new agreement', 'ministers meet'])}`
  const dateLine = dateText(published)
  const head = `${title}\n\n`
  const removedAt = head.length
  let clean = head
  const mentions: Mention[] = [actorMention(A, 0, title), { ...actorMention(B, A.name.length + 5, title) }]
  const outEvents: ExtractedEvent[] = []
  const facts: Fact[] = []
  let inParagraph = 0
  const addSentence = (s: string): { start: number; end: number } => {
    if (inParagraph > 0) clean += ' '
    const start = clean.length
    clean += s
    inParagraph++
    if (inParagraph >= 3 + (start % 2)) {
      clean += '\n\n'
      inParagraph = 0
    }
    return { start, end: start + s.length }
  }
  for (const { piece, event } of events) {
    const span = addSentence(piece.text)
    for (const m of piece.marks)
      mentions.push({ ...m.mention, span: { start: span.start + m.start, end: span.start + m.end } })
    outEvents.push({ ...event, evidence: span })
    if (rng() < 0.4) addSentence(pick(rng, FILLERS))
  }
  addSentence(rng() < 0.9 ? (FILLERS[0] as string) : pick(rng, FILLERS))
  if (index % RARE_EVERY === RARE_EVERY - 1) addSentence(RARE_FILLER)
  if (rng() < 0.6) {
    // A trade figure: one fact about the main pair.
    const billions = (1 + Math.floor(rng() * 900)) / 10
    const year = published.getUTCFullYear() - 1
    const money = `$${billions} billion`
    const s = `Bilateral trade between ${A.name} and ${B.name} reached ${money} in ${year}.`
    const span = addSentence(s)
    const at = span.start + s.indexOf(money)
    facts.push({
      kind: 'trade_volume',
      subkind: null,
      subject: 'bilateral trade',
      value: Math.round(billions * 1e9),
      valueMax: null,
      unit: 'USD',
      qualifier: 'reached',
      period: String(year),
      pair: canonicalPair(a, b),
      valueSpan: { start: at, end: at + money.length },
      evidence: span,
      rule: 'fact/money trade_volume',
      confidence: 0.8,
    })
  }
  clean = clean.trimEnd()
  const text = `${head}${dateLine}\n\n${clean.slice(removedAt)}\n`
  const shift = dateLine.length + 2
  const name = `doc-${String(index).padStart(7, '0')}.txt`
  const contentHash = createHash('sha256').update(text).digest('hex')
  const metadata: DocumentMetadata = {
    title: { value: title, rule: 'metadata/title-first-line', evidence: title },
    authors: { value: [], rule: null },
    publicationDate: {
      value: { value: day(published), precision: 'day' },
      rule: 'metadata/date-line-near-title',
      evidence: dateLine,
    },
    sourceName: { value: null, rule: null },
    sourceType: { value: 'other', rule: 'metadata/source-type-default' },
    sourceSubtype: { value: null, rule: null },
    language: { value: 'en', rule: 'metadata/language-franc', evidence: 'eng' },
  }
  const version: NewDocumentVersion = {
    documentId: createHash('sha256').update(`bench:${seed}:${index}`).digest('hex').slice(0, 12),
    origin: `/bench/corpus/${name}`,
    sourceUrl: null,
    contentHash,
    byteLength: Buffer.byteLength(text),
    mediaType: 'text/plain',
    charset: 'utf-8',
    rawText: text,
    cleanText: clean,
    spanMap: [
      { clean: { start: 0, end: removedAt }, source: { start: 0, end: removedAt } },
      {
        clean: { start: removedAt, end: clean.length },
        source: { start: removedAt + shift, end: clean.length + shift },
      },
    ],
    removals: [
      { rule: 'clean/date-line', span: { start: removedAt, end: removedAt + dateLine.length }, text: dateLine },
    ],
    metadata,
    ingestedAt: published.toISOString(),
    extraction: {
      dyad: canonicalPair(a, b),
      mentions,
      events: outEvents,
      facts,
      entities: {
        countries: [...countries],
        people: [...people.values()],
        organizations: [],
        places: [],
      },
      extractor: 'bench-synthetic',
    },
  }
  const eventPairs = outEvents.map((e) => {
    const s = (e.source as { country: string }).country
    const t = (e.target as { country: string }).country
    return s === t ? [] : [canonicalPair(s, t).join('-')]
  })
  return { index, name, text, pair: canonicalPair(a, b), version, eventPairs }
}

function actorMention(c: Country, start: number, text: string): Mention {
  return {
    kind: 'actor',
    actor: { country: c.code },
    text: text.slice(start, start + c.name.length),
    span: { start, end: start + c.name.length },
    rule: 'actor/gazetteer-country',
    confidence: 0.8,
  }
}

/** Fills a template, recording where each actor and the date phrase land. */
function fill(
  template: string,
  v: {
    src: Country
    tgt: Country
    pa: { name: string; role: string } | null
    pb: { name: string; role: string } | null
    dPhrase: string
    date: EventDate | null
  },
): Piece {
  const piece: Piece = { text: '', marks: [] }
  const parts = template.split(/(\{[A-Za-z]+\})/)
  const mark = (s: string, mention: Mention | null) => {
    const start = piece.text.length
    piece.text += s
    if (mention) piece.marks.push({ start, end: piece.text.length, mention })
  }
  const country = (c: Country, s: string, rule: 'actor/gazetteer-country' | 'actor/gazetteer-demonym'): Mention => ({
    kind: 'actor',
    actor: { country: c.code },
    text: s,
    span: { start: 0, end: 0 },
    rule,
    confidence: 0.8,
  })
  const official = (c: Country, p: { name: string; role: string }) => {
    mark(`${c.demonym} ${p.role} `, null)
    mark(p.name, {
      kind: 'actor',
      actor: { person: p.name, role: p.role, country: c.code },
      text: p.name,
      span: { start: 0, end: 0 },
      rule: 'actor/person-role-before-name',
      confidence: 0.8,
    })
  }
  for (const part of parts) {
    if (part === '{A}') mark(v.src.name, country(v.src, v.src.name, 'actor/gazetteer-country'))
    else if (part === '{B}') mark(v.tgt.name, country(v.tgt, v.tgt.name, 'actor/gazetteer-country'))
    else if (part === '{a}') mark(v.src.demonym, country(v.src, v.src.demonym, 'actor/gazetteer-demonym'))
    else if (part === '{b}') mark(v.tgt.demonym, country(v.tgt, v.tgt.demonym, 'actor/gazetteer-demonym'))
    else if (part === '{PA}' && v.pa) official(v.src, v.pa)
    else if (part === '{PB}' && v.pb) official(v.tgt, v.pb)
    else if (part === '{D}') {
      if (!v.date) continue
      const words = v.dPhrase.replace(/^ (on|in) /, '')
      mark(v.dPhrase.slice(0, v.dPhrase.length - words.length), null)
      mark(words, {
        kind: 'time',
        date: v.date,
        text: words,
        span: { start: 0, end: 0 },
        rule: v.date.precision === 'day' ? 'date/month-day' : 'date/month-year',
        confidence: 0.8,
      })
    } else mark(part, null)
  }
  // A sentence starts with a capital ("{a} forces…" starts with a demonym, already capitalised).
  return piece
}
