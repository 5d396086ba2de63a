import { z } from 'zod'
import { loadLexicon } from '../text/lexicon.js'

const Countries = z.object({
  about: z.string(),
  countries: z.array(
    z.object({
      code: z.string(),
      names: z.array(z.string()),
      demonyms: z.array(z.string()),
      capitals: z.array(z.string()),
    }),
  ),
})
const Organizations = z.object({
  note: z.string(),
  organizations: z.array(
    z.object({
      name: z.string(),
      aliases: z.array(z.string()),
      country: z.string().nullable(),
      kind: z.enum(['non-state', 'international', 'state-body']),
      note: z.string(),
    }),
  ),
})
const Cities = z.object({
  about: z.string(),
  licence: z.string(),
  cities: z.array(z.object({ name: z.string(), country: z.string() })),
})
const Roles = z.object({ note: z.string(), roles: z.array(z.string()), honorifics: z.array(z.string()) })
const Leaders = z.object({
  note: z.string(),
  as_of: z.string(),
  leaders: z.array(z.object({ name: z.string(), country: z.string(), role: z.string() })),
})

/** What a gazetteer name stands for. */
export type GazetteerEntry =
  | { readonly kind: 'country' | 'demonym' | 'capital' | 'city'; readonly code: string; readonly name: string }
  | { readonly kind: 'org'; readonly name: string; readonly country: string | null; readonly orgKind: string }

/** The loaded actor lexicons, with one regex over every name, longest first. */
export interface Gazetteer {
  readonly entries: ReadonlyMap<string, GazetteerEntry>
  /** Large cities by name (and by name without diacritics): places, matched apart from the pattern. */
  readonly cities: ReadonlyMap<string, GazetteerEntry>
  /** Matches any gazetteer name (case-sensitive), with a demonym plural `s` and a possessive allowed after it. */
  readonly pattern: RegExp
  readonly roles: RegExp
  readonly honorifics: ReadonlySet<string>
  readonly leaders: ReadonlyMap<string, { readonly country: string; readonly role: string }>
  /** Official English name of a country code. */
  readonly countryName: ReadonlyMap<string, string>
}

export const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** An alternation of literal strings, longest first, with spaces matching any run of whitespace. */
export function alternation(strings: Iterable<string>): string {
  return [...new Set(strings)]
    .sort((a, b) => b.length - a.length)
    .map((s) => escapeRegex(s).replace(/ /g, '\\s+'))
    .join('|')
}

/** The spellings of a name with an apostrophe: either mark, and a capitalised particle ("d'Ivoire", "D’Ivoire"). */
export function apostropheVariants(name: string): string[] {
  if (!/['’]/.test(name)) return []
  const marks = [name.replace(/['’]/g, "'"), name.replace(/['’]/g, '’')]
  return [...marks, ...marks.map((m) => m.replace(/\b([dl])(?=['’]\p{Lu})/gu, (c) => c.toUpperCase()))]
}

let cached: Gazetteer | undefined

/** The gazetteer built from lexicons/actors/*.json, loaded once per process. */
export function gazetteer(): Gazetteer {
  if (cached) return cached
  const entries = new Map<string, GazetteerEntry>()
  const countryName = new Map<string, string>()
  const add = (s: string, e: GazetteerEntry) => {
    // A name with an apostrophe is written with either mark, and its particle sometimes capitalised ("Cote D’Ivoire");
    // a name with diacritics is often written without them ("Brasilia", "Bogota"), unless it is then a short English
    // word ("Malé" is not "Male").
    const folded = s.normalize('NFD').replace(/\p{M}/gu, '')
    const plain = /^\p{L}{1,4}$/u.test(folded) ? s : folded
    for (const v of new Set([s, plain, ...apostropheVariants(s), ...apostropheVariants(plain)]))
      if (!entries.has(v)) entries.set(v, e)
  }
  const countries = loadLexicon('actors/countries.json', Countries).countries
  // Names first so that a string that is both a name and a capital (Singapore, Kuwait) reads as the country.
  for (const c of countries) {
    countryName.set(c.code, c.names[0] ?? c.code)
    for (const n of c.names) add(n, { kind: 'country', code: c.code, name: n })
  }
  for (const c of countries) for (const d of c.demonyms) add(d, { kind: 'demonym', code: c.code, name: d })
  for (const c of countries) for (const d of c.capitals) add(d, { kind: 'capital', code: c.code, name: d })
  for (const o of loadLexicon('actors/organizations.json', Organizations).organizations) {
    for (const n of [o.name, ...o.aliases]) add(n, { kind: 'org', name: o.name, country: o.country, orgKind: o.kind })
  }
  // Large cities: looked up word by word (a thousand more names in the pattern would slow every document down); a
  // name that is also a country, a capital or an organisation is that.
  const cities = new Map<string, GazetteerEntry>()
  for (const c of loadLexicon('actors/cities.json', Cities).cities) {
    const folded = c.name.normalize('NFD').replace(/\p{M}/gu, '')
    for (const v of new Set([c.name, folded]))
      if (!entries.has(v) && !cities.has(v)) cities.set(v, { kind: 'city', code: c.country, name: c.name })
  }
  const roles = loadLexicon('actors/roles.json', Roles)
  const leaders = new Map<string, { country: string; role: string }>()
  for (const l of loadLexicon('actors/leaders.json', Leaders).leaders) leaders.set(l.name, l)
  cached = {
    entries,
    cities,
    pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(entries.keys())})s?(?![\\p{L}\\p{N}])`, 'gu'),
    roles: new RegExp(`(?<![\\p{L}-])(?:${alternation(roles.roles)})(?![\\p{L}])`, 'giu'),
    honorifics: new Set(roles.honorifics),
    leaders,
    countryName,
  }
  return cached
}
