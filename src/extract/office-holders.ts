import { z } from 'zod'
import { loadLexicon } from '../text/lexicon.js'

/**
 * People by name: a person the text names without a role ("Putin", "Jaishankar") resolves to a country through two
 * dated lexicons of office holders, checked against the document's date. `office-holders.json` is generated from
 * PETRARCH2's actor dictionary (up to early 2014, CAMEO roles: GOV, ELI, MIL…); `office-holders-since-2014.json` is
 * compiled from reference pages (heads of state and government and foreign ministers from 2014).
 */

const PartialDay = z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
const Term = z.object({ country: z.string().regex(/^[A-Z]{3}$/), role: z.string(), from: PartialDay.nullable() })
const Petrarch = z.object({
  about: z.string(),
  source: z.object({ repo: z.string(), commit: z.string(), path: z.string(), sha256: z.string() }),
  as_of: PartialDay,
  licence: z.string().includes('MIT'),
  people: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()),
      surname: z.string().optional(),
      terms: z.array(Term.extend({ to: PartialDay.nullable() })),
    }),
  ),
})
const Since2014 = z.object({
  about: z.string(),
  as_of: PartialDay,
  coverage: z.string(),
  people: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()),
      surname: z.string().optional(),
      source: z.url(),
      terms: z.array(
        Term.extend({
          role: z.enum(['head_of_state', 'head_of_government', 'foreign_minister']),
          to: PartialDay.nullable(),
          source: z.array(z.url()),
        }),
      ),
    }),
  ),
})

/** The schema of lexicons/actors/office-holders.json (generated from PETRARCH2). */
export const petrarchHoldersSchema = Petrarch
/** The schema of lexicons/actors/office-holders-since-2014.json (compiled from reference pages). */
export const since2014HoldersSchema = Since2014

/** A person a name resolves to: the country and role of the term that applies, and the holder's full name. */
export interface ResolvedPerson {
  readonly country: string
  readonly role: string
  readonly name: string
}

/**
 * How long after a term ends the name still resolves to its country: "former president X" is still that country's
 * actor in the news for a while, and a two-year window keeps that without letting an old office outweigh a current one
 * (terms in office at the date always win over recently ended ones).
 */
export const GRACE_YEARS = 2

interface IndexedTerm {
  readonly country: string
  readonly role: string
  /** Inclusive bounds as comparable YYYY-MM-DD strings; '' and '9999-12-31' for open ends. */
  readonly from: string
  readonly to: string
  /** The `to` bound moved GRACE_YEARS later. */
  readonly graceTo: string
  /** Both ends open: PETRARCH's default code for the person, valid at any date but less telling than a dated term. */
  readonly open: boolean
}
interface Holder {
  readonly name: string
  readonly terms: readonly IndexedTerm[]
  /** 0 for the 2014+ lexicon, 1 for PETRARCH: the newer, hand-checked source wins a tie. */
  readonly rank: number
}
interface Index {
  readonly byName: ReadonlyMap<string, readonly Holder[]>
  readonly bySurname: ReadonlyMap<string, readonly Holder[]>
  readonly all: readonly Holder[]
}

/** A name as a lookup key: whitespace runs collapsed, diacritics and apostrophe variants folded; case is kept. */
export function nameKey(name: string): string {
  // The ASCII fast path skips NFD for most names in English text; the lookup runs on every capitalised name.
  const s = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’ʼ`]/g, "'")
  return s.trim().replace(/\s+/g, ' ')
}

const lowBound = (d: string | null): string =>
  d === null ? '' : d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d
const highBound = (d: string | null): string =>
  d === null ? '9999-12-31' : d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d
const plusYears = (d: string, years: number): string =>
  d.startsWith('9999') ? d : `${String(Number(d.slice(0, 4)) + years).padStart(4, '0')}${d.slice(4)}`

function indexTerms(terms: readonly { country: string; role: string; from: string | null; to: string | null }[]) {
  return terms.map((t) => {
    const to = highBound(t.to)
    return {
      country: t.country,
      role: t.role,
      from: lowBound(t.from),
      to,
      graceTo: plusYears(to, GRACE_YEARS),
      open: t.from === null && t.to === null,
    }
  })
}

let index: Index | undefined

/** Builds the name and surname maps once per process from both lexicons. */
function holdersIndex(): Index {
  if (index) return index
  const byName = new Map<string, Holder[]>()
  const bySurname = new Map<string, Holder[]>()
  const all: Holder[] = []
  const add = (map: Map<string, Holder[]>, key: string, h: Holder) => {
    const list = map.get(key)
    if (!list) map.set(key, [h])
    else if (!list.includes(h)) list.push(h)
  }
  const since = loadLexicon('actors/office-holders-since-2014.json', Since2014).people
  const petrarch = loadLexicon('actors/office-holders.json', Petrarch)
  // PETRARCH's open end only says "still in office when the dictionary was made"; where the 2014+ lexicon knows the
  // person, it says what came next, so the old term stops at the dictionary's date instead of running on.
  const known = new Set(since.flatMap((p) => [p.name, ...p.aliases].map(nameKey)))
  const capped = (p: (typeof petrarch.people)[number]) =>
    [p.name, ...p.aliases].some((n) => known.has(nameKey(n)))
      ? p.terms.map((t) => (t.to === null && t.from !== null ? { ...t, to: petrarch.as_of } : t))
      : p.terms
  const people = [
    ...since.map((p) => ({ p, terms: p.terms, rank: 0 })),
    ...petrarch.people.map((p) => ({ p, terms: capped(p), rank: 1 })),
  ]
  for (const { p, terms, rank } of people) {
    const h: Holder = { name: p.name, terms: indexTerms(terms), rank }
    all.push(h)
    for (const n of [p.name, ...p.aliases]) add(byName, nameKey(n), h)
    if (p.surname) add(bySurname, nameKey(p.surname), h)
  }
  index = { byName, bySurname, all }
  return index
}

/** A query date ("2019-05-30", "2019-05", "2019") as the inclusive range it covers. */
function range(date: string): { lo: string; hi: string } {
  return { lo: lowBound(date), hi: highBound(date) }
}

/**
 * The best term of a holder at a date, with its tier: 0 in office (a dated term), 1 in office by an open default
 * term, 2 ended within the grace window; undefined when none applies.
 */
function termAt(h: Holder, at: { lo: string; hi: string }): { term: IndexedTerm; tier: number } | undefined {
  let best: { term: IndexedTerm; tier: number } | undefined
  for (const t of h.terms) {
    if (t.from > at.hi) continue
    const tier = t.to >= at.lo ? (t.open ? 1 : 0) : t.graceTo >= at.lo ? 2 : -1
    if (tier < 0) continue
    if (!best || tier < best.tier || (tier === best.tier && t.from > best.term.from)) best = { term: t, tier }
  }
  return best
}

/** The latest term of a holder (by start), for a lookup without a date. */
function latestTerm(h: Holder): IndexedTerm | undefined {
  let best: IndexedTerm | undefined
  for (const t of h.terms) if (!best || (best.open && !t.open) || (!t.open && t.from > best.from)) best = t
  return best
}

/** Among candidates at a date, the one whose term applies best; null when none applies or two countries tie. */
function pickAt(candidates: readonly Holder[], at: { lo: string; hi: string }, single: boolean): ResolvedPerson | null {
  const found: { h: Holder; term: IndexedTerm; tier: number }[] = []
  for (const h of candidates) {
    const t = termAt(h, at)
    if (t) found.push({ h, ...t })
  }
  if (found.length === 0) return null
  const tier = Math.min(...found.map((f) => f.tier))
  const top = found.filter((f) => f.tier === tier)
  // A bare surname must point at exactly one person; a full name may be carried by one person in both lexicons.
  if (single && new Set(top.map((f) => nameKey(f.h.name))).size > 1) return null
  if (new Set(top.map((f) => f.term.country)).size > 1) return null
  const rank = Math.min(...top.map((f) => f.h.rank))
  const best = top.filter((f) => f.h.rank === rank).sort((a, b) => (a.term.from < b.term.from ? 1 : -1))[0]
  return best ? { country: best.term.country, role: best.term.role, name: best.h.name } : null
}

/** Without a date: resolves only when every candidate term names one country; the latest term gives the role. */
function pickUndated(candidates: readonly Holder[]): ResolvedPerson | null {
  const countries = new Set(candidates.flatMap((h) => h.terms.map((t) => t.country)))
  if (countries.size !== 1) return null
  const rank = Math.min(...candidates.map((h) => h.rank))
  const h = candidates.find((c) => c.rank === rank)
  const t = h && latestTerm(h)
  return h && t ? { country: t.country, role: t.role, name: h.name } : null
}

/**
 * The country, role and full name of the office holder a name denotes at a date (YYYY, YYYY-MM or YYYY-MM-DD; null
 * when the document has none): by full name or alias, or by a bare surname when exactly one holder with it is in office
 * (without a date: when all holders with it belong to one country). Null when unknown or ambiguous.
 */
export function resolvePerson(name: string, date: string | null): ResolvedPerson | null {
  const idx = holdersIndex()
  const key = nameKey(name)
  const full = idx.byName.get(key)
  if (full) {
    const hit = date === null ? pickUndated(full) : pickAt(full, range(date), false)
    if (hit || date === null) return hit
  }
  const bySurname = idx.bySurname.get(key)
  if (!bySurname) return null
  return date === null ? pickUndated(bySurname) : pickAt(bySurname, range(date), true)
}

/**
 * Every holder with a term in force at a date (without the grace window), each with that term's country and role;
 * with a null date, every holder with their latest term.
 */
export function officeHoldersAt(date: string | null): ResolvedPerson[] {
  const out: ResolvedPerson[] = []
  const at = date === null ? null : range(date)
  for (const h of holdersIndex().all) {
    let term: IndexedTerm | undefined
    if (at === null) term = latestTerm(h)
    else {
      const t = termAt(h, at)
      if (t && t.tier < 2) term = t.term
    }
    if (term) out.push({ country: term.country, role: term.role, name: h.name })
  }
  return out
}
