/**
 * Builds lexicons/actors/office-holders.json from PETRARCH2's actor dictionary (Phoenix.Countries.actors.txt, MIT):
 * the people in it, each with the plain forms of their name and their dated CAMEO codes turned into terms of office
 * (ISO 3166-1 alpha-3 country, CAMEO role, from, to). The dictionary itself is not committed (see vendor/README.md):
 * `npx tsx scripts/build-office-holders.ts [path]` reads it from `vendor/petrarch2/Phoenix.Countries.actors.txt` by
 * default; the output is committed.
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { projectPath } from '../src/text/project-root.js'

/** Where the dictionary comes from; the hash tells a rebuild from a different file apart. */
const source = {
  repo: 'openeventdata/petrarch2',
  commit: '676801cd9cb2924bbbad09f86d15c9323e7097bf',
  path: 'petrarch2/data/dictionaries/Phoenix.Countries.actors.txt',
  sha256: '8d4ee11692ccb1636a5cf4421849c420508acbd9b930adab457472b843276506',
}

/**
 * CAMEO country codes that are not the ISO 3166-1 alpha-3 code of the same state in lexicons/actors/countries.json.
 * A code mapped to null has no state in the gazetteer, so its terms are dropped.
 */
const cameoToIso: Readonly<Record<string, string | null>> = {
  KSV: 'XKX', // Kosovo: CAMEO's code; XKX is the user-assigned code the gazetteer (and the EU, IMF) uses
  TMP: 'TLS', // East Timor: CAMEO keeps the withdrawn ISO code TMP; Timor-Leste is TLS since 2002
  USR: 'SUN', // Soviet Union: CAMEO's USR; the gazetteer carries the USSR under its ISO 3166-3 code SUN
  SRP: 'BIH', // Republika Srpska: an entity of Bosnia and Herzegovina, not a state of its own
  IMY: 'IMN', // Isle of Man: CAMEO's IMY (in GBRIMYGOV); ISO's IMN
  ANT: null, // Netherlands Antilles: dissolved in 2010; not in the gazetteer
  KNT: null, // Kinakuta: the fictional country of the KEDS/TABARI test suites
  CSK: null, // Czechoslovakia: dissolved in 1993 and not in the gazetteer (its successors are CZE and SVK)
  DDR: null, // East Germany: merged into Germany in 1990; not in the gazetteer
  YUG: null, // Yugoslavia: dissolved; not in the gazetteer (its successor states have their own codes)
  FRY: null, // Federal Republic of Yugoslavia: dissolved in 2003; not in the gazetteer
  SCG: null, // Serbia and Montenegro: dissolved in 2006; not in the gazetteer
  IGO: null, // intergovernmental organisations (IGOEUREEC, IGOUNOIAE…): not a state
  IMG: null, // CAMEO's code for migrants, not a state
  FRN: null, // not a state code in CAMEO's country list (a stray code in the file)
  KRJ: null, // not a state code in CAMEO's country list (a stray code in the file)
}

/**
 * Words that make a synonym a title rather than a plain name ("PRESIDENT_PUTIN_", "RUSSIAN_PRESIDENT_VLADIMIR_PUTIN"):
 * titles are recognised by the role rules, so such forms would only duplicate them.
 */
const titleWords = new Set(
  `PRESIDENT PRESIDENTE PREMIER PRIME MINISTER MINISTRE CHANCELLOR SECRETARY KING QUEEN PRINCE PRINCESS CROWN EMIR
  AMIR SULTAN SHEIKH SHEIK SHAIKH AYATOLLAH IMAM GENERAL GEN GEN. LT. COL. COLONEL MARSHAL FIELD ADMIRAL MAJOR CAPTAIN
  MR MR. MRS MRS. MS MS. DR DR. SIR LORD LADY DAME HIS HER EXCELLENCY MAJESTY HIGHNESS CHAIRMAN CHAIRWOMAN CHAIR LEADER
  FORMER EX VICE DEPUTY ACTING INTERIM SPEAKER GOVERNOR SENATOR AMBASSADOR POPE POPE. PATRIARCH CARDINAL BISHOP
  ARCHBISHOP REV REV. REVEREND FATHER MULLAH MAULANA EMPEROR TSAR SHAH MONARCH REGENT COMMANDER CHIEF JUDGE JUSTICE
  FOREIGN DEFENSE DEFENCE INTERIOR FINANCE PM FM THE`.split(/\s+/),
)

/** Words that stay lower-case inside a name in English text ("Luiz Inácio Lula da Silva", "Ursula von der Leyen"). */
const particles = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den'])
particles.add('bin').add('bint').add('ibn').add('al').add('el').add('la').add('le').add('y')

interface Term {
  country: string
  role: string
  from: string | null
  to: string | null
}
interface Person {
  name: string
  aliases: Set<string>
  surname: string | undefined
  terms: Term[]
}

const file = process.argv[2] ?? projectPath('vendor/petrarch2/Phoenix.Countries.actors.txt')
const text = readFileSync(file, 'utf8')
const sha256 = createHash('sha256').update(text).digest('hex')
if (sha256 !== source.sha256)
  console.warn(`warning: ${file} is not the file of commit ${source.commit} (sha256 ${sha256})`)

const gazetteer = new Set<string>(
  (
    JSON.parse(readFileSync(projectPath('lexicons/actors/countries.json'), 'utf8')) as {
      countries: { code: string }[]
    }
  ).countries.map((c) => c.code),
)

/** The MIT notice as the dictionary's header states it, without the comment marks. */
function licence(): string {
  const lines = text.split('\n').filter((l) => l.startsWith('#'))
  const start = lines.findIndex((l) => l.includes('The MIT License'))
  const end = lines.findIndex((l, i) => i > start && l.includes('THE SOFTWARE.'))
  if (start < 0 || end < 0) throw new Error(`${file} has no MIT notice in its header`)
  return lines
    .slice(start, end + 1)
    .map((l) => l.replace(/^# ?/, '').trimEnd())
    .join('\n')
}

/**
 * A PETRARCH date (YYYYMMDD, or YYMMDD with 00–30 read as 20YY and 31–99 as 19YY, as PETRreader.dstr_to_ordate does
 * for consistency with KEDS and TABARI) as YYYY-MM-DD, or null when it is not a calendar day.
 */
function isoDate(s: string): string | null {
  let y: number
  let m: number
  let d: number
  if (!/^\d{6,}$/.test(s)) return null
  // Like PETRARCH, only the first 8 digits of a long date count ("201005011" is 2010-05-01).
  if (s.length > 7) {
    y = Number(s.slice(0, 4))
    m = Number(s.slice(4, 6))
    d = Number(s.slice(6, 8))
  } else {
    const yy = Number(s.slice(0, 2))
    y = yy <= 30 ? 2000 + yy : 1900 + yy
    m = Number(s.slice(2, 4))
    d = Number(s.slice(4, 6))
  }
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

const stats = { entries: 0, places: 0, people: 0, badDates: 0, droppedCodes: new Map<string, number>() }

/** A CAMEO actor code as country and role, or null when it names no person of a state (a place, an IGO…). */
function splitCode(code: string): { country: string; role: string } | null {
  const parts = code.match(/.{3}/g) ?? []
  const first = parts[0]
  if (first === undefined || parts.length < 2) return null
  const mapped = first in cameoToIso ? cameoToIso[first] : first
  if (mapped === null || mapped === undefined || !gazetteer.has(mapped)) {
    stats.droppedCodes.set(first, (stats.droppedCodes.get(first) ?? 0) + 1)
    return null
  }
  // A second country-like triplet is a territory with its own government (USAPRIGOV: Puerto Rico's governor).
  let rest = parts.slice(1)
  let country = mapped
  const region = rest[0] as string
  if (!roles.has(region)) {
    const regional = region in cameoToIso ? cameoToIso[region] : region
    if (regional === null || regional === undefined || !gazetteer.has(regional)) return null
    country = regional
    rest = rest.slice(1)
  }
  const role = rest[0]
  return role !== undefined && roles.has(role) ? { country, role } : null
}

/** Whether a triplet names a state or territory, in CAMEO's codes or the gazetteer's. */
const isCountryCode = (t: string): boolean => gazetteer.has(t) || t in cameoToIso

/** CAMEO role codes (the second triplet of a person's code). */
const roles = new Set(
  'GOV ELI MIL OPP REB SPY COP LEG JUD PTY BUS MED EDU CVL CRM LAB REF HLH ENV AGR UAF INS SEP RAD MOD HRI NGO OCC'.split(
    ' ',
  ),
)

/** The restrictions of a line: `[CODE]`, `[CODE <date]`, `[CODE >date]`, `[CODE date-date]`. */
function restrictions(line: string): { code: string; from: string | null; to: string | null }[] {
  const out: { code: string; from: string | null; to: string | null }[] = []
  for (const m of line.matchAll(/\[([^\]]*)\]/g)) {
    const [code, ...rest] = (m[1] ?? '').trim().split(/\s+/)
    if (!code) continue
    const when = rest.join('')
    let from: string | null = null
    let to: string | null = null
    if (when.startsWith('<')) to = isoDate(when.slice(1))
    else if (when.startsWith('>')) from = isoDate(when.slice(1))
    else if (when.includes('-')) {
      const [a = '', b = ''] = when.split('-')
      from = isoDate(a)
      to = isoDate(b)
      if (from === null || to === null) {
        stats.badDates++
        continue
      }
    }
    if (when !== '' && from === null && to === null) {
      stats.badDates++
      continue
    }
    out.push({ code, from, to })
  }
  return out
}

/** A dictionary phrase ("VLADIMIR_V._PUTIN_") in the case English text gives it ("Vladimir V. Putin"). */
function properCase(words: readonly string[]): string {
  return words
    .map((w, i) =>
      w
        .toLowerCase()
        .split('-')
        .map((part, j) => {
          if ((i > 0 || j > 0) && particles.has(part)) return part
          const up = part.replace(/^(o'|d'|l'|mc)?(\p{L})/u, (_, pre: string | undefined, c: string) =>
            pre ? pre.charAt(0).toUpperCase() + pre.slice(1) + c.toUpperCase() : c.toUpperCase(),
          )
          return up
        })
        .join('-'),
    )
    .join(' ')
}

const phraseWords = (s: string): string[] => s.replace(/_/g, ' ').trim().split(/\s+/).filter(Boolean)

/** One record of the dictionary: its primary phrase, synonyms and restrictions. */
interface Record_ {
  primary: string[]
  synonyms: string[][]
  codes: { code: string; from: string | null; to: string | null }[]
}

function* records(): Generator<Record_> {
  let current: Record_ | undefined
  for (const raw of text.split('\n')) {
    // Comments: a line starting with '#', or ' #' / ';' and what follows (PETRreader.read_FIN_line; ';' in old files).
    if (/^\s*#/.test(raw) || raw.trim() === '') continue
    const line = raw.replace(/\s#.*$/, '').replace(/;.*$/, '')
    if (line.trim() === '') continue
    if (/^\s/.test(line) || line.trim().startsWith('[')) {
      current?.codes.push(...restrictions(line))
    } else if (line.startsWith('+')) {
      const head = line.slice(1).split('[')[0] ?? ''
      current?.synonyms.push(phraseWords(head))
      if (current) current.codes.push(...restrictions(line))
    } else {
      if (current) yield current
      const head = line.split('[')[0] ?? ''
      current = { primary: phraseWords(head), synonyms: [], codes: restrictions(line) }
    }
  }
  if (current) yield current
}

/**
 * Records as PETRARCH reads them, except that a run of records without codes is joined to the record that follows:
 * the file sometimes drops the '+' of synonyms (IVO_JOSIPOVIC_, PRESIDENT_JOSIPOVIC_, JOSIPOVIC_ and then the codes),
 * which PETRARCH would read as code-less actors. The first phrase of the run is the name.
 */
function* joined(): Generator<Record_> {
  let pending: string[][] = []
  for (const r of records()) {
    if (r.codes.length === 0 && r.synonyms.length === 0) {
      pending.push(r.primary)
      continue
    }
    const [first, ...more] = pending
    yield first ? { primary: first, synonyms: [...more, r.primary, ...r.synonyms], codes: r.codes } : r
    pending = []
  }
}

const people = new Map<string, Person>()
for (const r of joined()) {
  stats.entries++
  // A place (AFGHANISTAN_ [AFG], SERBIA [SRB] with [YUGSRB <920427]) carries a code without a role.
  if (r.primary.length === 0 || r.codes.some((c) => (c.code.match(/.{3}/g) ?? []).every(isCountryCode))) {
    stats.places++
    continue
  }
  const terms: Term[] = []
  for (const c of r.codes) {
    const split = splitCode(c.code)
    if (split) terms.push({ ...split, from: c.from, to: c.to })
  }
  if (terms.length === 0) continue
  const name = properCase(r.primary)
  const words = new Set(r.primary.map((w) => w.toUpperCase()))
  const person = people.get(name) ?? { name, aliases: new Set<string>(), surname: undefined, terms: [] }
  for (const syn of r.synonyms) {
    if (syn.length === 0 || syn.some((w) => titleWords.has(w.toUpperCase()))) continue
    // A synonym sharing no word with the name may be another person (the dictionary's own example lists three
    // Afghan leaders as synonyms of one record): left out rather than guessed.
    if (!syn.some((w) => words.has(w.toUpperCase()))) continue
    if (syn.length === 1) {
      const last = r.primary[r.primary.length - 1]
      const s = properCase(syn)
      if (person.surname === undefined || syn[0] === last) person.surname = s
      continue
    }
    const alias = properCase(syn)
    if (alias !== name) person.aliases.add(alias)
  }
  person.terms.push(...terms)
  people.set(name, person)
}

const key = (t: Term): string => `${t.from ?? ''}|${t.to ?? ''}|${t.country}|${t.role}`
const rows = [...people.values()]
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  .map((p) => {
    const seen = new Set<string>()
    const terms = p.terms.filter((t) => !seen.has(key(t)) && seen.add(key(t)))
    // Open-ended defaults last, dated terms in order of their start, as PETRARCH checks them.
    terms.sort((a, b) => {
      const da = a.from === null && a.to === null ? 1 : 0
      const db = b.from === null && b.to === null ? 1 : 0
      return da - db || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)
    })
    const aliases = [...p.aliases].sort()
    return { name: p.name, aliases, ...(p.surname ? { surname: p.surname } : {}), terms }
  })
stats.people = rows.length

/** The day the dictionary was generated (its header's "Generated at:" line): an open-ended term is known to that day. */
function generatedOn(): string {
  const m = text.match(/^# Generated at: \w+ (\w+) (\d+) [\d:]+ (\d{4})/m)
  const month = m ? 'JanFebMarAprMayJunJulAugSepOctNovDec'.indexOf(m[1] ?? '') / 3 + 1 : 0
  if (!m || month < 1) throw new Error(`${file} has no "Generated at:" line`)
  return `${m[3]}-${String(month).padStart(2, '0')}-${(m[2] ?? '').padStart(2, '0')}`
}

const out = {
  about:
    "Generated by scripts/build-office-holders.ts from PETRARCH2's actor dictionary (see source); do not edit by hand. People only: each with plain forms of the name (titled forms are left to the role rules), the bare surname the dictionary lists, and terms of office as ISO 3166-1 alpha-3 country, CAMEO role code (GOV government, ELI elite, MIL military, OPP opposition…), from and to (inclusive; null is open, and an open end means in office as of `as_of`). A term with both ends null is the dictionary's default code for the person, valid at any date.",
  source,
  as_of: generatedOn(),
  licence: licence(),
  people: rows,
}
const head = JSON.stringify({ ...out, people: undefined }, null, 2).replace(/\n}$/, '')
writeFileSync(
  projectPath('lexicons/actors/office-holders.json'),
  `${head},\n  "people": [\n${rows.map((r) => `    ${JSON.stringify(r)}`).join(',\n')}\n  ]\n}\n`,
)
const termCount = rows.reduce((n, r) => n + r.terms.length, 0)
console.log(
  `${stats.entries} records, ${stats.places} places, ${rows.length} people, ${termCount} terms, ${stats.badDates} restrictions with unreadable dates`,
)
console.log(`dropped country codes: ${[...stats.droppedCodes].map(([c, n]) => `${c} ${n}`).join(', ')}`)
