/**
 * Builds lexicons/actors/office-holders-since-2014.json: heads of state, heads of government and foreign ministers from
 * 2014 on, each term with the source it was read from. The third-party files are not committed (see vendor/README.md);
 * `npx tsx scripts/build-office-holders-since-2014.ts` reads them from vendor/ and rewrites the lexicon:
 *
 * - Heads of state and government: the CIA World Factbook (public domain) through the git history of
 *   `factbook/factbook.json` (CC0), a bare clone at vendor/factbook.json.git. Every snapshot names the holders in office
 *   ("President William RUTO (since 13 September 2022)"); a term starts at its "since" date and ends where the next
 *   holder of the same office starts. GEC (FIPS 10-4) file names become ISO codes through two tables of
 *   `MilkMp/CIA-World-Factbooks-Archive-1990-2025` (MIT) in vendor/factbook-archive/.
 * - Foreign ministers: Wikidata (CC0) through the history of `sources/foreign/wikidata.csv` in
 *   `every-politician-scrapers/world`, a bare clone at vendor/every-politician-world.git: every version lists the
 *   ministers then in office with their start dates.
 * - Entries compiled by hand from reference pages (their `source` is a URL): scripts/office-holders-hand-compiled.json.
 *
 * Nothing is guessed: a person or date no source gives stays out, and a term's end is the start its successor's
 * source gives (or null while the latest snapshot still names the person).
 */
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { nameKey } from '../src/extract/office-holders.js'
import { projectPath } from '../src/text/project-root.js'

type Role = 'head_of_state' | 'head_of_government' | 'foreign_minister'
interface Term {
  country: string
  role: Role
  from: string | null
  to: string | null
  source: string[]
}
interface Person {
  name: string
  aliases: string[]
  surname?: string
  source: string
  terms: Term[]
}
interface Lexicon {
  about: string
  as_of: string
  coverage: string
  sources: { id: string; what: string; repo: string; commit: string; path: string; licence: string }[]
  people: Person[]
}

const AS_OF = '2026-11-29'
const vendor = (p: string) => projectPath(`vendor/${p}`)
const git = (dir: string, args: string[], input?: string): string =>
  execFileSync('git', ['--git-dir', dir, ...args], { input, maxBuffer: 1 << 30, encoding: 'utf8' })

const FACTBOOK = vendor('factbook.json.git')
const EP_WORLD = vendor('every-politician-world.git')

const gazetteer = JSON.parse(readFileSync(projectPath('lexicons/actors/countries.json'), 'utf8')) as {
  countries: { code: string; names: string[] }[]
}
const known = new Set(gazetteer.countries.map((c) => c.code))

// ---------------------------------------------------------------------------------------------------------------
// Country codes
// ---------------------------------------------------------------------------------------------------------------

function csv(text: string): Record<string, string>[] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"'
        i++
      } else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  const [head, ...body] = rows
  if (!head) return []
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])))
}

/** GEC code (factbook.json file name, lower case) to ISO 3166-1 alpha-3, for the states the gazetteer knows. */
function gecToIso(): Map<string, string> {
  const iso2to3 = new Map(
    csv(readFileSync(vendor('factbook-archive/CountryISO_Codes.csv'), 'utf8')).map((r) => [r.ISOAlpha2, r.ISOAlpha3]),
  )
  const out = new Map<string, string>()
  for (const r of csv(readFileSync(vendor('factbook-archive/master_countries.csv'), 'utf8'))) {
    // Sovereign states, plus the entities whose standing is disputed (Kosovo, Taiwan) and the Holy See.
    if (!['sovereign', 'disputed'].includes(r.EntityType ?? '')) continue
    const iso3 = iso2to3.get(r.ISOAlpha2 ?? '') ?? (r.CanonicalCode === 'KV' ? 'XKX' : undefined)
    if (iso3 && known.has(iso3)) out.set((r.CanonicalCode ?? '').toLowerCase(), iso3)
  }
  // The Palestinian Authority's president and prime minister are listed under the West Bank.
  if (known.has('PSE')) out.set('we', 'PSE')
  return out
}

// ---------------------------------------------------------------------------------------------------------------
// Names and dates as the Factbook writes them
// ---------------------------------------------------------------------------------------------------------------

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']

/** "12 December 2019", "21 Oct 2024", "May 2014", "2014" as YYYY-MM-DD, YYYY-MM or YYYY; null when not a date. */
export function factbookDate(s: string): string | null {
  const t = s.trim().replace(/\.$/, '')
  const month = (m: string) => {
    const i = MONTHS.indexOf(m.slice(0, 3).toLowerCase())
    return i < 0 ? null : String(i + 1).padStart(2, '0')
  }
  let m = /^(\d{1,2}) ([A-Za-z]+)\.? (\d{4})$/.exec(t)
  if (m?.[1] && m[2] && m[3]) {
    const mm = month(m[2])
    return mm ? `${m[3]}-${mm}-${m[1].padStart(2, '0')}` : null
  }
  m = /^([A-Za-z]+)\.? (\d{4})$/.exec(t)
  if (m?.[1] && m[2]) {
    const mm = month(m[1])
    return mm ? `${m[2]}-${mm}` : null
  }
  m = /^(\d{4})$/.exec(t)
  return m?.[1] ?? null
}

const ACCENTS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  tilde: '\u0303',
  uml: '\u0308',
  ring: '\u030a',
  cedil: '\u0327',
  caron: '\u030c',
}
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  szlig: 'ß',
  oslash: 'ø',
  Oslash: 'Ø',
  aelig: 'æ',
  AElig: 'Æ',
  eth: 'ð',
  ETH: 'Ð',
  thorn: 'þ',
  THORN: 'Þ',
}

/** The Factbook's HTML entities ("F&eacute;lix", "PE&Ntilde;A", "&#7877;") and line breaks as plain text. */
export function plainText(s: string): string {
  return s
    .replace(/<br\s*\/?>/gi, '; ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&([A-Za-z])(acute|grave|circ|tilde|uml|ring|cedil|caron);/g, (_, l: string, a: string) => l + ACCENTS[a])
    .replace(/&([A-Za-z]+);/g, (all, n: string) => ENTITIES[n] ?? all)
    .normalize('NFC')
}

/** Words that make up titles before a name ("President of the Swiss Confederation", "Crown Prince and Prime Minister"). */
const TITLE = new Set(
  `President Presidents Vice Prime Minister Premier Chancellor Federal King Queen Sultan Amir Emir Crown Prince Princess
  Grand Duke Duchess Supreme Leader Chairman Chairwoman Chairperson Chair General Secretary Acting Interim Transitional
  Transition Co-prince Co-Prince Coprince Co-chiefs Co-chief French Spanish Archbishop Bishop Pope Captain Captains
  Regent Regents Governor Governor-General Head State Government Council Presidential Sovereign Sovereignty Military
  Commander Chief Lt. Lt Gen. Gen Lieutenant Colonel Col. Field Marshal Maj. Brig. Admiral Dr. Emperor Taoiseach
  Executive Deputy Swiss Confederation National Assembly Republic Federation Union Senior First His Her Majesty
  Highness Ayatollah Presidency Cap Govern Holy Father Heir Apparent President-elect President-Elect Affairs Political Foreign Ministers Interior
  Defense Defence Sri Seri Dato Dato' Datuk Tun Dr Prof. Professor Excellency Cardinal Mr. Mrs. Ms. Madam CEO CNSP GNU SAC CNRD CMTS CNT SPDC MPSR of the
  and or`.split(/\s+/),
)
const PARTICLES = new Set(['da', 'de', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den'])
for (const p of ['bin', 'bint', 'ibn', 'al', 'el', 'la', 'le', 'y', 'e', 'i', 'ben', 'ould', 'ag']) PARTICLES.add(p)

const isUpper = (w: string) => /^\p{Lu}[\p{Lu}'’-]*\p{Lu}\.?,?$/u.test(w)
const isRoman = (w: string) => /^[IVXL]{1,6},?$/.test(w)
const CONNECTORS = new Set(['of', 'the', 'for', 'and'])

/** "TEBBOUNE" → "Tebboune", "KELLER-SUTTER" → "Keller-Sutter", "O'NEILL" → "O'Neill". */
function capitalise(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'’])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/^Mc(\p{L})/u, (_, ch: string) => `Mc${ch.toUpperCase()}`)
}

interface ParsedName {
  name: string
  surname: string | undefined
  aliases: string[]
}

/**
 * A Factbook name ("Uhuru KENYATTA", "Claudia SHEINBAUM Pardo", "XI Jinping", "Samia Suluhu HASSAN",
 * "MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud") as a display name, the surname (the upper-case block) and the plain
 * short forms the press uses (given name + surname). Null when the text holds no upper-case surname.
 */
export function factbookName(text: string): ParsedName | null {
  const nicknames: string[] = []
  const tokens = text
    .replace(/\b(?:Tan Sri|Dato' Sri|Dato' Seri|Datuk Seri|Dato Sri)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .filter((t) => {
      // A nickname in quotes or brackets ("BongBong", (Sam)) is a name of its own, not a given name.
      const nick = /^["“(]([^"”()]+)["”)],?$/.exec(t)
      if (nick?.[1]) nicknames.push(nick[1])
      return t !== '' && !nick
    })
  const first = tokens.findIndex((t) => isUpper(t) && !TITLE.has(t.replace(/[,.]$/, '')))
  if (first < 0) return null
  let start = first
  while (start > 0) {
    const w = tokens[start - 1] ?? ''
    const capital = /^(?:al-|el-)?['‘’]?\p{Lu}/u.test(w)
    const particle =
      PARTICLES.has(w) && /^['‘’]?\p{Lu}/u.test(tokens[start - 2] ?? '') && !TITLE.has(tokens[start - 2] ?? '')
    if (TITLE.has(w) || !(capital || particle) || /[),:;]$/.test(w) || CONNECTORS.has(tokens[start - 2] ?? '')) break
    start--
  }
  let end = first
  while (end + 1 < tokens.length) {
    const w = tokens[end + 1] ?? ''
    if (isUpper(w) || isRoman(w) || (PARTICLES.has(w.toLowerCase()) && isUpper(tokens[end + 2] ?? ''))) end++
    else break
  }
  const given = tokens.slice(start, first)
  const block = tokens.slice(first, end + 1).map((w) => w.replace(/,$/, ''))
  // What follows the upper-case part belongs to the name only while it is capitalised or a particle, and only when
  // no second upper-case name follows ("GUSMAO - formerly Jose Alexandre GUSMAO", "BURES Karlheinz KOPF").
  const after = tokens.slice(end + 1)
  const stop = after.findIndex((w) => /^(?:also|aka|-|–|formerly|previously|note|born)$/.test(w))
  const rest = stop < 0 ? after : after.slice(0, stop)
  const tail: string[] = []
  if (!rest.some((w) => isUpper(w)))
    for (const raw of rest) {
      const w = raw.replace(/,$/, '')
      if (/^(?:Jr\.?|Sr\.?)$/.test(w) || TITLE.has(w)) continue
      if (!(/^['‘’]?\p{Lu}/u.test(w) || PARTICLES.has(w.toLowerCase()) || /^al-/.test(w))) break
      tail.push(w)
      if (raw.endsWith(',')) break
    }
  while (tail.length > 0 && PARTICLES.has((tail[tail.length - 1] ?? '').toLowerCase())) tail.pop()
  const shown = block.map((w, i) =>
    isRoman(w) && i > 0 ? w : i > 0 && PARTICLES.has(w.toLowerCase()) ? w.toLowerCase() : capitalise(w),
  )
  const surnameWords = shown.filter((w, i) => !(isRoman(w) && i > 0))
  const name = [...given, ...shown, ...tail].join(' ')
  const aliases = new Set<string>()
  let surname: string | undefined
  const regnal = block.length > 1 && isRoman(block[block.length - 1] ?? '')
  if (given.length > 0) {
    surname = surnameWords.join(' ')
    const plainGiven = given.filter((g) => !/^[A-Z]\.$/.test(g) && !PARTICLES.has(g.toLowerCase()))
    for (const g of [plainGiven[0], plainGiven[plainGiven.length - 1]])
      if (g) {
        aliases.add(`${g} ${surname}`)
        // Spanish and Portuguese double surnames: the first is the one the press uses ("Pedro Sánchez").
        if (
          surnameWords.length > 1 &&
          !PARTICLES.has((surnameWords[0] ?? '').toLowerCase()) &&
          !PARTICLES.has((surnameWords[1] ?? '').toLowerCase())
        )
          aliases.add(`${g} ${surnameWords[0]}`)
      }
    if (tail.length > 0) aliases.add([...given, ...shown].join(' '))
  } else if (!regnal) {
    // A name that starts with its upper-case part: East Asian order ("XI Jinping") or an Arabic nasab
    // ("TAMIM bin Hamad Al Thani"), where the upper-case part is the name in use.
    if (tail.length > 0 && !PARTICLES.has((tail[0] ?? '').toLowerCase())) surname = surnameWords.join(' ')
    else if (tail.length > 0 && block.length > 1) aliases.add(shown.join(' '))
    // A single name (a monarch or pope: "NARUHITO", "FRANCIS") gets no surname of its own.
  }
  if (surname) for (const n of nicknames) aliases.add(`${n} ${surname}`)
  aliases.delete(name)
  return { name, surname, aliases: [...aliases] }
}

/**
 * The holder a Factbook "chief of state" or "head of government" text names first, with the date in "(since …)";
 * null when it names nobody with a start date (a vacancy, or a text this parser does not understand).
 */
export function firstHolder(raw: string): { name: ParsedName; since: string } | null {
  const text = plainText(raw)
  const m = /\(([^()]*?)\bsince ([^;)]+)[^()]*\)/.exec(text)
  if (!m?.[2]) return null
  const since = factbookDate(m[2].replace(/\s*-.*$/, ''))
  if (!since) return null
  // The name is what comes after the last separator before the parenthesis, without other bracketed asides.
  const before = text.slice(0, m.index).replace(/\([^()]*\)/g, ' ')
  // The holder named first must be the one with the date: "President X; CEO Y (since …)" dates Y, not X.
  if (before.includes(';')) return null
  const name = factbookName(before.split(': ').pop() ?? '')
  return name ? { name, since } : null
}

// ---------------------------------------------------------------------------------------------------------------
// Timelines: snapshots of who holds an office, turned into terms
// ---------------------------------------------------------------------------------------------------------------

interface Sighting {
  /** When the snapshot was taken (YYYY-MM-DD). */
  seen: string
  name: ParsedName
  since: string
  source: string
}

interface Run {
  sightings: Sighting[]
}

const precision = (d: string) => d.length

/**
 * Consecutive sightings of one person in one office: the same folded name, or the same surname and start date (a
 * respelt name). Two people of one family ("Idriss DEBY Itno", "Mahamat Idriss DEBY") differ in start date.
 */
function samePerson(a: Sighting, b: Sighting): boolean {
  const fold = (s: string) => nameKey(s).toLowerCase()
  if (fold(a.name.name) === fold(b.name.name)) return true
  const sameStart = a.since.startsWith(b.since) || b.since.startsWith(a.since)
  if (!sameStart) return false
  // The same office taken on the same day: one person, spelt two ways ("ELSISI", "el-SISI").
  if (a.since === b.since && a.since.length === 10) return true
  if (a.name.surname && b.name.surname && fold(a.name.surname) === fold(b.name.surname)) return true
  const words = (s: Sighting) => new Set(fold(s.name.name).split(' '))
  const wa = words(a)
  return a.since.length === 10 && [...words(b)].some((w) => w.length > 3 && wa.has(w))
}

/** The terms of one office (country + role) from its sightings, in date order. */
function terms(sightings: Sighting[], lastSeen: string): { s: Sighting; all: Sighting[]; to: string | null }[] {
  const runs: Run[] = []
  for (const s of [...sightings].sort((a, b) => (a.seen < b.seen ? -1 : 1))) {
    const run = runs[runs.length - 1]
    const prev = run?.sightings[run.sightings.length - 1]
    if (run && prev && samePerson(prev, s)) run.sightings.push(s)
    else runs.push({ sightings: [s] })
  }
  return runs.map((run, i) => {
    const latest = run.sightings[run.sightings.length - 1] as Sighting
    // The most precise start date any sighting gives, preferring later (corrected) ones.
    // The earliest start any sighting gives (a re-appointment resets the Factbook's "since"), made more precise by
    // a later sighting of the same year or month.
    const starts = run.sightings.map((x) => x.since).sort()
    let since = starts[0] as string
    for (const x of starts) if (precision(x) > precision(since) && x.startsWith(since)) since = x
    const best = { since }
    const next = runs[i + 1]?.sightings[0]
    let to: string | null = null
    if (next) to = next.since >= since ? next.since : latest.seen
    else if (latest.seen < lastSeen) to = latest.seen
    return { s: { ...latest, since: best.since }, all: run.sightings, to }
  })
}

// ---------------------------------------------------------------------------------------------------------------
// Source 1: the Factbook's history
// ---------------------------------------------------------------------------------------------------------------

const factbookHead = git(FACTBOOK, ['rev-parse', 'HEAD']).trim()

/**
 * Commits to read: every one up to 2017, then the last of each month from November 2020 (the weekly updates change
 * little; the repository's own restructuring commits of November 2020 carry stale 2017 texts until its last one).
 */
function factbookCommits(): { commit: string; date: string }[] {
  const all = git(FACTBOOK, ['log', '--reverse', '--format=%H %cs', factbookHead])
    .trim()
    .split('\n')
    .map((l) => {
      const [commit = '', date = ''] = l.split(' ')
      return { commit, date }
    })
  const lastOfMonth = new Map<string, { commit: string; date: string }>()
  const out: { commit: string; date: string }[] = []
  for (const c of all) {
    if (c.date < '2018') out.push(c)
    else if (c.date >= '2020-11') lastOfMonth.set(c.date.slice(0, 7), c)
  }
  return [...out, ...lastOfMonth.values()]
}

/** Reads many blobs at once: `git cat-file --batch` for "commit:path" names. */
function blobs(dir: string, names: string[]): Map<string, string> {
  const out = new Map<string, string>()
  if (names.length === 0) return out
  const raw = execFileSync('git', ['--git-dir', dir, 'cat-file', '--batch'], {
    input: `${names.join('\n')}\n`,
    maxBuffer: 1 << 30,
  })
  let pos = 0
  for (const name of names) {
    const nl = raw.indexOf(10, pos)
    const header = raw.subarray(pos, nl).toString('utf8')
    pos = nl + 1
    const size = Number(header.split(' ')[2])
    if (header.endsWith('missing') || !Number.isFinite(size)) continue
    out.set(name, raw.subarray(pos, pos + size).toString('utf8'))
    pos += size + 1
  }
  return out
}

function jsonText(doc: string, field: string): string | null {
  const m = new RegExp(`"${field}": \\{\\s*"text": "((?:[^"\\\\]|\\\\.)*)"`).exec(doc)
  return m?.[1] ? (JSON.parse(`"${m[1]}"`) as string) : null
}

const FACTBOOK_SRC = 'cia-world-factbook'
const WIKIDATA_FM_SRC = 'wikidata-foreign-ministers'

interface Office {
  country: string
  role: Role
  sightings: Sighting[]
}
const offices = new Map<string, Office>()
const office = (country: string, role: Role) => {
  const key = `${country} ${role}`
  let o = offices.get(key)
  if (!o) {
    o = { country, role, sightings: [] }
    offices.set(key, o)
  }
  return o
}

function readFactbook(): { first: string; last: string } {
  const codes = gecToIso()
  const commits = factbookCommits()
  for (const { commit, date } of commits) {
    const files = git(FACTBOOK, ['ls-tree', '-r', '--name-only', commit])
      .split('\n')
      .filter((p) => /^[a-z-]+\/[a-z]{2}\.json$/.test(p) && codes.has(p.slice(-7, -5)))
    const docs = blobs(
      FACTBOOK,
      files.map((f) => `${commit}:${f}`),
    )
    const chiefs = new Map<string, string>()
    const found: { iso: string; role: Role; holder: NonNullable<ReturnType<typeof firstHolder>> }[] = []
    for (const f of files) {
      const doc = docs.get(`${commit}:${f}`)
      const iso = codes.get(f.slice(-7, -5))
      if (!doc || !iso) continue
      const cos = jsonText(doc, 'chief of state')
      const hog = jsonText(doc, 'head of government')
      const chief = cos ? firstHolder(cos) : null
      const head = hog ? firstHolder(hog) : null
      if (chief) {
        chiefs.set(iso, nameKey(chief.name.name))
        found.push({ iso, role: 'head_of_state', holder: chief })
      }
      // A president who also heads the government is recorded once, as head of state.
      if (head && !(chief && nameKey(chief.name.name) === nameKey(head.name.name)))
        found.push({ iso, role: 'head_of_government', holder: head })
    }
    // The British monarch heads the Commonwealth realms, and the French president is co-prince of Andorra: those
    // people belong to their own country in a lookup by name.
    const foreignChiefs = new Set([chiefs.get('GBR'), chiefs.get('FRA')])
    for (const { iso, role, holder } of found) {
      if (role === 'head_of_state' && iso !== 'GBR' && iso !== 'FRA' && foreignChiefs.has(nameKey(holder.name.name)))
        continue
      office(iso, role).sightings.push({ seen: date, name: holder.name, since: holder.since, source: FACTBOOK_SRC })
    }
  }
  return { first: commits[0]?.date ?? '', last: commits[commits.length - 1]?.date ?? '' }
}

// ---------------------------------------------------------------------------------------------------------------
// Source 2: Wikidata's foreign ministers, as every-politician-scrapers/world recorded them
// ---------------------------------------------------------------------------------------------------------------

/** Wikidata's English labels of states that differ from every name the gazetteer gives. */
const WIKIDATA_COUNTRY: Readonly<Record<string, string>> = {
  "People's Republic of China": 'CHN',
  'Kingdom of the Netherlands': 'NLD',
  'Kingdom of Denmark': 'DNK',
  'Ivory Coast': 'CIV',
  'Federated States of Micronesia': 'FSM',
  'State of Palestine': 'PSE',
  'The Gambia': 'GMB',
  'The Bahamas': 'BHS',
  'Republic of the Congo': 'COG',
  'Democratic Republic of the Congo': 'COD',
  Taiwan: 'TWN',
  Kosovo: 'XKX',
  'Vatican City': 'VAT',
  'Holy See': 'VAT',
}

const epHead = git(EP_WORLD, ['rev-parse', 'HEAD']).trim()
const EP_PATH = 'sources/foreign/wikidata.csv'

function readWikidataForeignMinisters(): { last: string } {
  const byName = new Map<string, string>()
  for (const c of gazetteer.countries) for (const n of c.names) byName.set(n.toLowerCase(), c.code)
  const commits = git(EP_WORLD, ['log', '--reverse', '--format=%H %cs', epHead, '--', EP_PATH])
    .trim()
    .split('\n')
    .map((l) => l.split(' ') as [string, string])
  const texts = blobs(
    EP_WORLD,
    commits.map(([c]) => `${c}:${EP_PATH}`),
  )
  const unknown = new Set<string>()
  for (const [commit, date] of commits) {
    const rows = csv(texts.get(`${commit}:${EP_PATH}`) ?? '')
    // A state with two ministers listed at once (a shared or disputed office) is left out for that version.
    const perCountry = new Map<string, Record<string, string>[]>()
    for (const r of rows) {
      const label = r.countryLabel ?? ''
      const iso = WIKIDATA_COUNTRY[label] ?? byName.get(label.toLowerCase())
      if (!iso) {
        unknown.add(label)
        continue
      }
      if (!r.person || !/^\d{4}-\d{2}-\d{2}/.test(r.start ?? '')) continue
      perCountry.set(iso, [...(perCountry.get(iso) ?? []), r])
    }
    for (const [iso, list] of perCountry) {
      if (list.length !== 1) continue
      const r = list[0] as Record<string, string>
      const name = (r.name || r.personLabel || '').trim()
      if (!name || /^Q\d+$/.test(name)) continue
      const start = (r.start ?? '').slice(0, 10)
      // Wikidata marks a start known only to the year or month as the first of it.
      office(iso, 'foreign_minister').sightings.push({
        seen: date,
        name: { name, surname: undefined, aliases: [] },
        since: start,
        source: WIKIDATA_FM_SRC,
      })
    }
  }
  if (unknown.size > 0) console.warn(`Wikidata states not in the gazetteer: ${[...unknown].sort().join(', ')}`)
  return { last: commits[commits.length - 1]?.[1] ?? '' }
}

// ---------------------------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------------------------

const fb = readFactbook()
const wd = readWikidataForeignMinisters()

const people = new Map<string, Person>()
const personKey = (country: string, name: string) => `${country} ${nameKey(name).toLowerCase()}`

for (const o of offices.values()) {
  const last = o.role === 'foreign_minister' ? wd.last : fb.last
  for (const { s, all, to } of terms(o.sightings, last)) {
    // Terms over before 2014 are PETRARCH's business.
    if (to !== null && to < '2014') continue
    const key = personKey(o.country, s.name.name)
    let p = people.get(key)
    if (!p) {
      p = { name: s.name.name, aliases: [], source: s.source, terms: [] }
      if (s.name.surname) p.surname = s.name.surname
      people.set(key, p)
    }
    const aliases = new Set([...p.aliases, ...s.name.aliases])
    for (const x of all) if (nameKey(x.name.name) !== nameKey(p.name)) aliases.add(x.name.name)
    for (const x of all) for (const a of x.name.aliases) aliases.add(a)
    aliases.delete(p.name)
    p.aliases = [...aliases].sort()
    p.terms.push({ country: o.country, role: o.role, from: s.since, to, source: [s.source] })
  }
}

// Hand-compiled entries from the current lexicon (sourced by URL) stay; where the same person came from a dataset,
// the hand entry's names join it as aliases and its terms are kept only for offices the datasets do not cover.
const lexiconPath = projectPath('lexicons/actors/office-holders-since-2014.json')
const previous = JSON.parse(readFileSync(projectPath('scripts/office-holders-hand-compiled.json'), 'utf8')) as Lexicon
const isUrl = (s: string) => /^https?:\/\//.test(s)
// Only the Factbook's offices are covered through the years; Wikidata's ministers are a 2022 window.
const covered = new Set(
  [...offices.values()]
    .filter((o) => o.sightings.length > 0 && o.role !== 'foreign_minister')
    .map((o) => `${o.country} ${o.role}`),
)
// Names first, then aliases that no other person of the state shares.
const byAnyName = new Map<string, Person>()
const aliasOwners = new Map<string, Set<Person>>()
for (const [key, p] of people)
  for (const a of p.aliases) {
    const k = personKey(key.slice(0, 3), a)
    aliasOwners.set(k, (aliasOwners.get(k) ?? new Set()).add(p))
  }
for (const [k, owners] of aliasOwners) if (owners.size === 1) byAnyName.set(k, [...owners][0] as Person)
for (const [key, p] of people) byAnyName.set(personKey(key.slice(0, 3), p.name), p)
let kept = 0
for (const h of previous.people) {
  // A hand-compiled term is one sourced by URL (its person may since have joined a dataset's entry).
  for (const t of h.terms.filter((x) => x.source.some(isUrl))) {
    const match = [h.name, ...h.aliases].map((n) => byAnyName.get(personKey(t.country, n))).find((p) => p)
    const target = match ?? people.get(personKey(t.country, h.name))
    if (target) {
      // The hand-compiled name is the common form ("Abdel Fattah el-Sisi"): it becomes the display name.
      const aliases = new Set([...target.aliases, target.name, ...(target === match ? [h.name, ...h.aliases] : [])])
      if (target === match) target.name = h.name
      aliases.delete(target.name)
      target.aliases = [...aliases].sort()
      if (h.surname) target.surname = h.surname
    }
    const overlaps = (x: Term) =>
      x.country === t.country &&
      x.role === t.role &&
      (x.from ?? '') <= (t.to ?? '9999') &&
      (t.from ?? '') <= (x.to ?? '9999')
    if (covered.has(`${t.country} ${t.role}`) && match?.terms.some(overlaps)) continue
    let p = target
    if (!p) {
      p = { name: h.name, aliases: [...h.aliases], source: h.source, terms: [] }
      if (h.surname) p.surname = h.surname
      people.set(personKey(t.country, h.name), p)
      for (const n of [h.name, ...h.aliases]) byAnyName.set(personKey(t.country, n), p)
    }
    if (!p.terms.some((x) => x.country === t.country && x.role === t.role && x.from === t.from)) {
      p.terms.push(t)
      kept++
    }
  }
}

// A foreign minister still in office at the last version of one source ends where a later-starting minister of the
// same state, from another source, begins.
const ministers = [...people.values()].flatMap((p) =>
  p.terms.filter((t) => t.role === 'foreign_minister').map((t) => ({ p, t })),
)
for (const { p, t } of ministers) {
  if (t.to !== null || t.from === null) continue
  const from = t.from
  const later = ministers
    .filter((x) => x.p !== p && x.t.country === t.country && x.t.from !== null && x.t.from > from)
    .map((x) => x.t.from as string)
    .sort()[0]
  if (later) t.to = later
}

// ---------------------------------------------------------------------------------------------------------------
// Source 3: the CIA's World Leaders directory as scraped in May–June 2019 (foreign ministers then in office)
// ---------------------------------------------------------------------------------------------------------------

const CIA_LEADERS_SRC = 'cia-world-leaders-2019'
const CIA_LEADERS_SEEN = '2019-06'
/** The directory's country names that differ from every name the gazetteer gives. */
const CIA_COUNTRY: Readonly<Record<string, string>> = {
  'Korea, South': 'KOR',
  'Korea, North': 'PRK',
  'Congo, Democratic Republic of the': 'COD',
  'Congo, Republic of the': 'COG',
  Burma: 'MMR',
  'Gambia, The': 'GMB',
  'Bahamas, The': 'BHS',
  'Micronesia, Federated States of': 'FSM',
  'Holy See (Vatican City)': 'VAT',
  'Cabo Verde': 'CPV',
  "Cote d'Ivoire": 'CIV',
  'Timor-Leste': 'TLS',
  Eswatini: 'SWZ',
  Czechia: 'CZE',
  Macedonia: 'MKD',
  'North Macedonia': 'MKD',
  'Sao Tome and Principe': 'STP',
  Taiwan: 'TWN',
  Kosovo: 'XKX',
}

/**
 * Foreign ministers the 2019 directory names, for states where the other sources have nobody in office then: the
 * directory gives no start, so the term has none (`from` null) and ends where the next known minister starts, or at
 * the scrape when none is known.
 */
function addCiaForeignMinisters(): number {
  const byName = new Map<string, string>()
  for (const c of gazetteer.countries) for (const n of c.names) byName.set(n.toLowerCase(), c.code)
  const W = 'http://williamrobertfunk.com/ontologies/'
  const LABEL = 'http://www.w3.org/2000/01/rdf-schema#label'
  const offices = JSON.parse(readFileSync(vendor('cia-world-leaders/government-offices.json'), 'utf8')) as Record<
    string,
    { datatypeProperties: Record<string, string>; objectProperties: Record<string, Record<string, string>>[] }
  >
  const perCountry = new Map<string, string[]>()
  for (const o of Object.values(offices)) {
    const title = o.datatypeProperties[`${W}world-leaders#title`] ?? ''
    if (!/^(?:Minister|Secretary|Sec\.)\s+(?:of|for)\s+(?:Foreign|External)\b/.test(title)) continue
    const country = o.objectProperties.map((x) => x[`${W}country#hasCountry`]?.[LABEL]).find((x) => x)
    const holders = o.objectProperties.map((x) => x[`${W}world-leaders#hasGovernmentOfficial`]?.[LABEL])
    const iso = country ? (CIA_COUNTRY[country] ?? byName.get(country.toLowerCase())) : undefined
    if (!iso) continue
    for (const h of holders) if (h) perCountry.set(iso, [...(perCountry.get(iso) ?? []), h])
  }
  let added = 0
  for (const [iso, names] of perCountry) {
    const parsed = names.length === 1 ? factbookName(plainText(names[0] as string)) : null
    if (!parsed) continue
    const fold = (n: string) => nameKey(n).toLowerCase()
    const terms = [...people.entries()]
      .filter(([k]) => k.startsWith(`${iso} `))
      .flatMap(([, p]) => p.terms.filter((t) => t.role === 'foreign_minister').map((t) => ({ p, t })))
    const same = terms.find(
      ({ p }) =>
        [p.name, ...p.aliases].some((n) => fold(n) === fold(parsed.name)) ||
        (p.surname !== undefined && parsed.surname !== undefined && fold(p.surname) === fold(parsed.surname)) ||
        fold(p.name).endsWith(` ${fold(parsed.surname ?? parsed.name)}`),
    )
    if (same) {
      const aliases = new Set([...same.p.aliases, parsed.name, ...parsed.aliases])
      aliases.delete(same.p.name)
      same.p.aliases = [...aliases].sort()
      if (!same.p.surname && parsed.surname) same.p.surname = parsed.surname
      continue
    }
    // Somebody else is known to hold the office at the scrape: the sources disagree, so nothing is added.
    const seenLow = `${CIA_LEADERS_SEEN}-01`
    if (terms.some(({ t }) => (t.from ?? '') <= `${CIA_LEADERS_SEEN}-31` && (t.to === null || t.to >= seenLow)))
      continue
    const next = terms
      .map(({ t }) => t.from)
      .filter((f): f is string => f !== null && f > `${CIA_LEADERS_SEEN}-31`)
      .sort()[0]
    const key = personKey(iso, parsed.name)
    const p = people.get(key) ?? { name: parsed.name, aliases: parsed.aliases, source: CIA_LEADERS_SRC, terms: [] }
    if (parsed.surname && !p.surname) p.surname = parsed.surname
    p.terms.push({
      country: iso,
      role: 'foreign_minister',
      from: null,
      to: next ?? CIA_LEADERS_SEEN,
      source: [CIA_LEADERS_SRC],
    })
    people.set(key, p)
    added++
  }
  return added
}
const ciaAdded = addCiaForeignMinisters()

// A derived short form that is another holder's name in the same state ("Idriss DEBY" from "Mahamat Idriss DEBY")
// is dropped.
const namesIn = new Map<string, Set<string>>()
for (const [key, p] of people) {
  const set = namesIn.get(key.slice(0, 3)) ?? new Set<string>()
  set.add(nameKey(p.name).toLowerCase())
  namesIn.set(key.slice(0, 3), set)
}
for (const [key, p] of people) {
  const taken = namesIn.get(key.slice(0, 3)) ?? new Set<string>()
  p.aliases = p.aliases.filter((a) => !taken.has(nameKey(a).toLowerCase()))
}

// A name from Wikidata or the hand-compiled pages comes without a marked surname: the last word is the surname, the
// first in states that write the family name first; an Arabic nasab or a one-word name gets none.
const FAMILY_FIRST = new Set(['CHN', 'TWN', 'KOR', 'PRK', 'VNM', 'KHM', 'MNG'])
for (const p of people.values()) {
  if (p.surname) continue
  const words = p.name.replace(/^(?:Prince|Sheikh|Archbishop|Cardinal|Dr\.?)\s+/, '').split(' ')
  if (words.length < 2 || words.some((w) => /^(?:bin|ibn|bint|Al|al|Al-|al-.*|ould|Ould)$/.test(w))) continue
  const country = p.terms[0]?.country ?? ''
  const surname = FAMILY_FIRST.has(country) ? words[0] : words[words.length - 1]
  if (surname && surname.length > 2 && /^\p{Lu}/u.test(surname)) p.surname = surname
}

const sorted = [...people.values()]
  .filter((p) => p.terms.length > 0)
  .map((p) => ({ ...p, terms: [...p.terms].sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? -1 : 1)) }))
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))

const out: Lexicon = {
  about:
    'Heads of state, heads of government and foreign ministers from 2014 on, generated by scripts/build-office-holders-since-2014.ts from the datasets in `sources` (each person and term names the source it was read from: a source id, or the URL of a reference page for entries compiled by hand). Dates are as precise as the source gives them: YYYY-MM-DD, YYYY-MM or YYYY. A term starts at the date its source gives ("since …") and ends where the next holder of the same office starts; `to` null means the latest snapshot of the source still names the person. Terms that began before 2014 keep their real start. A president who also heads the government is recorded once, as head of state.',
  as_of: AS_OF,
  coverage: `Heads of state and government: the CIA World Factbook's snapshots from ${fb.first} to ${fb.last} (none between March 2017 and November 2020, so a holder whose whole term fell in that gap, or between two snapshots, is missing; the end of the predecessor is still the successor's start). Foreign ministers: Wikidata's current foreign ministers as recorded between August and December 2022 (with their start dates), plus the hand-compiled entries; ministers in office only before or after that window are mostly missing. Commonwealth realms and Andorra list the British monarch and the French president as head of state; those people are recorded for their own country only.`,
  sources: [
    {
      id: FACTBOOK_SRC,
      what: 'CIA World Factbook, Government > Executive branch > chief of state / head of government, every snapshot before 2021 and the last of each month after',
      repo: 'factbook/factbook.json',
      commit: factbookHead,
      path: '*/*.json (git history)',
      licence: 'Public domain (a work of the U.S. Government); the repository is CC0 1.0',
    },
    {
      id: 'factbook-country-codes',
      what: 'GEC (FIPS 10-4) to ISO 3166-1 codes, used to map the Factbook files to states',
      repo: 'MilkMp/CIA-World-Factbooks-Archive-1990-2025',
      commit: 'b998f60a91d7de6fde80f3d4d216fa0e591a099e',
      path: 'data/reference_tables/master_countries.csv, data/CountryISO_Codes.csv',
      licence: 'MIT (code and tables); the Factbook data itself is public domain',
    },
    {
      id: CIA_LEADERS_SRC,
      what: "The CIA's World Leaders directory (Chiefs of State and Cabinet Members of Foreign Governments) as scraped in May-June 2019: the minister of foreign (or external) affairs of each state, used where the other sources name nobody for mid-2019",
      repo: 'WilliamRADFunk/cia-world-leaders',
      commit: 'd52b3b8f9a1f92d620445f23e39f49687a551090',
      path: 'dist/json/json.zip > dist/json/government-offices.json',
      licence:
        'Public domain (a work of the U.S. Government); the repository states no licence of its own (UNLICENSED), and only the facts (names, offices) are used',
    },
    {
      id: WIKIDATA_FM_SRC,
      what: "Wikidata's foreign ministers in office (P39 of a subclass of Q7330070 with a start date and no end), every version recorded",
      repo: 'every-politician-scrapers/world',
      commit: epHead,
      path: `${EP_PATH} (git history)`,
      licence: 'CC0 1.0 (Wikidata)',
    },
  ],
  people: sorted,
}

const head = JSON.stringify({ ...out, people: undefined }, null, 2).replace(/\n}$/, '')
writeFileSync(
  lexiconPath,
  `${head},\n  "people": [\n${sorted.map((p) => `    ${JSON.stringify(p)}`).join(',\n')}\n  ]\n}\n`,
)
const count = (role: Role) => sorted.reduce((n, p) => n + p.terms.filter((t) => t.role === role).length, 0)
console.log(
  `${sorted.length} people; terms: ${count('head_of_state')} head of state, ${count('head_of_government')} head of government, ${count('foreign_minister')} foreign minister; ${ciaAdded} from the 2019 directory; ${kept} hand-compiled terms kept`,
)
