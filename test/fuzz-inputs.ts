/**
 * Inputs for the pipeline's fuzz test (fuzz.test.ts): random unicode and bytes, mutations of the small documents of
 * examples/ and test/fixtures, word salad and grammar-made sentences. Apart from the test so that a counterexample it
 * prints can be replayed (`mutate` the seed, `damage` the bytes) in a script.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import type { MediaType } from '../src/core/types.js'

/** Documents stay small: huge inputs are another test's business. */
export const MAX_CHARS = 20_000

export const utf8 = (s: string) => new TextEncoder().encode(s)
const MEDIA: readonly MediaType[] = ['text/plain', 'text/markdown', 'text/html']
export const mediaType = fc.constantFrom(...MEDIA)

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
export const unicodeText = fc
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
export const encoded = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    text.map(utf8),
    text.map((s) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(s, 'utf8')])),
    text.map((s) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')])),
    text.map((s) => Buffer.from(s, 'utf16le')),
    text.map((s) => Buffer.from(s, 'latin1')),
  )

/** Bytes that are mostly ASCII words with invalid UTF-8, stray BOMs and high bytes thrown in. */
export const rawBytes = fc.oneof(
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
export function seedDocuments(): { name: string; mediaType: MediaType; text: string }[] {
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

export type Mutation =
  | { op: 'delete' | 'duplicate' | 'upper'; at: number; len: number }
  | { op: 'swap'; at: number; to: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'truncate'; at: number }
  | { op: 'oddDates'; pick: number }

/** A place in the document as a fraction of its length, spread evenly (fast-check's bias would pile them at 0). */
const at = fc.noBias(fc.integer({ min: 0, max: 1_000_000 })).map((n) => n / 1_000_000)
const len = fc.integer({ min: 0, max: 400 })
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const, 'upper' as const), at, len }),
  fc.record({ op: fc.constant('swap' as const), at, to: at, len }),
  { weight: 3, arbitrary: fc.record({ op: fc.constant('insert' as const), at, text: insertion }) },
  fc.record({ op: fc.constant('truncate' as const), at }),
  fc.record({ op: fc.constant('oddDates' as const), pick: fc.nat() }),
)

/** Dates as the documents write them, to be replaced by odd ones. */
const DATE_LIKE =
  /\b(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2},?)?\s+\d{4}\b|\b\d{4}-\d{2}-\d{2}\b/g

export function mutate(text: string, m: Mutation): string {
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
export const byteDamage = fc.option(
  fc.oneof(
    fc.record({ at, bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }) }),
    fc.record({ at, cut: fc.constant(true) }),
  ),
  { freq: 3 },
)

export function damage(bytes: Uint8Array, d: { at: number; bytes?: Uint8Array; cut?: boolean } | null): Uint8Array {
  if (!d) return bytes
  const i = Math.floor(d.at * bytes.length)
  if (d.cut) return bytes.subarray(0, i)
  return Buffer.concat([bytes.subarray(0, i), d.bytes ?? new Uint8Array(), bytes.subarray(i)])
}

/** A grammar-made document: sentences "<State> <verb> <State> on <date>." with the states' codes. */
export interface GrammarDoc {
  readonly text: string
  readonly codes: ReadonlySet<string>
  /** Sentences written with an explicit date, and the date (`value` of an EventDate) it stands for. */
  readonly dated: readonly { readonly sentence: string; readonly value: string }[]
}

/** The explicit dates among VALID_DATES and the value each stands for. */
const EXPLICIT: Readonly<Record<string, string>> = {
  '3 May 2021': '2021-05-03',
  'May 3, 2021': '2021-05-03',
  '2021-05-03': '2021-05-03',
  '29 February 2024': '2024-02-29',
  '10–12 June 2022': '2022-06-10',
  'March 2020': '2020-03',
  '1999': '1999',
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
    if (opener) return { text: `${opener}, ${a[0]} ${verb} ${b[0]}${tail}.`, codes, value: undefined }
    const subject = a[0].replace(/^the/, 'The')
    const bare = /^(?:from |between |in |last |24 )/.test(date)
    const on = /^the |^\d{4}(?:–\d{4})?$|^[A-Z][a-z]+ \d{4}$/.test(date) ? 'in' : 'on'
    const text = `${subject} ${verb} ${b[0]} ${bare ? date : `${on} ${date}`}${tail}.`
    // A date after "invited X" or "threatened X" is the act to come's, by design: no check of the act's date there.
    return { text, codes, value: /^(?:invited|threatened)$/.test(verb) ? undefined : EXPLICIT[date] }
  })

export const grammarDoc: fc.Arbitrary<GrammarDoc> = fc
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
      dated: sentences.flatMap(({ text, value }) => (value ? [{ sentence: text, value }] : [])),
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
export const wordSalad = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 60 })
  .map((words) => words.join(' ').replace(/ ([,.;:)”'])/g, '$1'))

/** Tags, broken ones too, and text, for tag soup: pages whose frame is missing, misplaced, nested or left open. */
const TAGS = [
  '<!doctype html>',
  '<html>',
  '<html lang="en">',
  '</html>',
  '<head>',
  '</head>',
  '<body>',
  '</body>',
  '<title>Accord</title>',
  '<title>',
  '<meta property="article:published_time" content="2024-02-10">',
  '<meta name="author" content="Ana Roe">',
  '<meta property="x',
  '<a href="/">',
  '<a href="',
  '</a>',
  '<article>',
  '</article>',
  '<p>',
  '</p>',
  '<div>',
  '</div>',
  '<br>',
  '<h1>',
  '</h1>',
  '<ul><li>',
  '</li></ul>',
  '<table><tr><td>',
  '</td></tr></table>',
  '<script>',
  '</script>',
  '<style>',
  '</style>',
  '<noscript>',
  '<template>',
  '<svg>',
  '<!--',
  '-->',
  '<![CDATA[',
  '&amp;',
  '&lt;p&gt;',
  '<',
  '>',
  '"',
]
const PROSE = [
  'Chile and Peru signed an accord on fishing rights on Saturday, after two years of talks on quotas.',
  'France condemned Germany on 3 May 2021.',
  'Bilateral trade between Chile and Peru reached $4.2 billion in 2022.',
  'Home',
  'Share this article',
]

/** Tag soup: tags, broken tags and sentences in any order. */
export const tagSoup = fc
  .array(fc.oneof(fc.constantFrom(...TAGS), fc.constantFrom(...PROSE)), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.join(''))
