import type { Entities, OrganizationEntity } from '../core/types.js'
import type { ActorMention, PersonRecord } from './actors.js'
import { gazetteer } from './gazetteer.js'

/** A capitalised place name after a locative preposition: "in Almaty", "at the Hague" ("in Boston and New York City"). */
const PLACE =
  /(?<=\b(?:in|at|near|to|from|outside|around)\s+(?:the\s+)?)(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){0,2})/gu
const NOT_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|This|That|Both|All|His|Her|Their|Its|Some|Many)$/

/**
 * The countries, people, organisations and places a document names. Countries and capitals come from the gazetteer,
 * people from their introductions, organisations from the lexicon and from names with an organisation head word,
 * places from capitals and from capitalised names after "in", "at", "near", "to", "from"; a place named both in full
 * and shortly ("Gaza Strip", "Gaza") keeps the short name as an alias.
 */
export function findEntities(
  text: string,
  mentions: readonly ActorMention[],
  people: ReadonlyMap<string, PersonRecord>,
  organizations: readonly ActorMention[],
): Entities {
  const g = gazetteer()
  const countries = new Set<string>()
  const orgs = new Map<string, OrganizationEntity>()
  const places = new Map<string, { name: string; aliases: Set<string>; country: string | null }>()
  const addPlace = (name: string, country: string | null) => {
    const known = [...places.values()].find((p) => p.name.startsWith(`${name} `) || name.startsWith(`${p.name} `))
    if (known) {
      if (name.length > known.name.length) {
        places.delete(known.name)
        places.set(name, { name, aliases: new Set([...known.aliases, known.name]), country: known.country ?? country })
      } else known.aliases.add(name)
      return
    }
    if (!places.has(name)) places.set(name, { name, aliases: new Set(), country })
  }
  for (const m of mentions) {
    if ('country' in m.actor && m.via !== 'person' && m.via !== 'city' && m.actor.country)
      countries.add(m.actor.country)
    if ('org' in m.actor) orgs.set(m.actor.org, { name: m.actor.org, country: null })
    if ((m.via === 'capital' || m.via === 'city') && 'country' in m.actor) addPlace(m.text, m.actor.country ?? null)
    if (m.via === 'country' && m.place && /\s/.test(m.text) && 'country' in m.actor)
      addPlace(m.text, m.actor.country ?? null)
  }
  for (const o of organizations) {
    const country = 'country' in o.actor ? (o.actor.country ?? null) : null
    const known = orgs.get(o.text)
    if (!known || (!known.country && country)) orgs.set(o.text, { name: o.text, country })
  }
  for (const m of text.matchAll(PLACE)) {
    const name = (m[1] as string).replace(/['’]s$/, '')
    const first = name.split(/\s+/)[0] as string
    if (NOT_PLACE.test(first) || g.entries.has(name) || orgs.has(name) || people.has(name)) continue
    const at = m.index ?? 0
    if (mentions.some((p) => p.via === 'person' && p.span.start < at + name.length && at < p.span.end)) continue
    if (/^(?:Rabbi|President|Minister|King|General|Dr|Mr|Mrs|Ms)$/.test(first)) continue
    if (organizations.some((o) => o.text.includes(name))) continue
    addPlace(name, null)
  }
  return {
    countries: [...countries],
    people: [...people.values()].map((p) => ({ name: p.name, role: p.role, country: p.country })),
    organizations: [...orgs.values()],
    places: [...places.values()].map((p) => ({ name: p.name, aliases: [...p.aliases], country: p.country })),
  }
}
