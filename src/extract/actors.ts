import { z } from 'zod'
import { SpanIndex, spanIndex } from '../core/span-index.js'
import type { ActorRef, RuleId, Span } from '../core/types.js'
import { loadLexicon } from '../text/lexicon.js'
import { type GazetteerEntry, gazetteer } from './gazetteer.js'
import { formerHolder, officeHoldersAt, resolvePerson } from './office-holders.js'

/** A name in the clean text that stands for an actor (or, when `place`, for a place). */
export interface ActorMention {
  readonly span: Span
  readonly text: string
  readonly actor: ActorRef
  /** What kind of name it is: a country's name, its adjective, its capital, an organisation or a person. */
  readonly via: 'country' | 'demonym' | 'capital' | 'city' | 'org' | 'person'
  /** The name stands for a place here ("in Astana", "an embassy in Tel Aviv"), not for an acting state. */
  readonly place: boolean
  readonly possessive: boolean
  /** An organ of a state named without its state ("the Ministry of Foreign Affairs"): it acts for the state in focus. */
  readonly stateBody?: boolean
  readonly rule: RuleId
}

/** A person the document names, with the role and country it gives them. */
export interface PersonRecord {
  readonly name: string
  readonly role: string | null
  readonly country: string | null
  readonly rule: RuleId
}

const StopWords = z.object({ note: z.string(), words: z.array(z.string()) })
const OrgHeads = z.object({
  note: z.string(),
  stateBodies: z.array(z.string()),
  others: z.array(z.string()),
  commonBodies: z.array(z.string()),
})
let orgPattern: { re: RegExp; common: RegExp; stateBodies: ReadonlySet<string> } | undefined
function orgNames() {
  if (!orgPattern) {
    const heads = loadLexicon('actors/org-heads.json', OrgHeads)
    const all = [...heads.stateBodies, ...heads.others].sort((a, b) => b.length - a.length).join('|')
    const word = String.raw`(?:\p{Lu}[\p{L}’'-]*|of|for|and|on|the)`
    orgPattern = {
      re: new RegExp(
        String.raw`(?<![\p{L}])(?:\p{Lu}[\p{L}’'-]*\s+(?:${word}\s+){0,6})?(?:${all})(?:\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:and\s+|of\s+)?\p{Lu}[\p{L}’'-]*){0,5})?(?![\p{L}])`,
        'gu',
      ),
      // "the foreign ministry": an organ of a state written in lower case, after "the".
      common: new RegExp(
        String.raw`(?<![\p{L}])(?<=\bthe\s+)(?:${[...heads.commonBodies].sort((a, b) => b.length - a.length).join('|')})(?![\p{L}])`,
        'gu',
      ),
      stateBodies: new Set(heads.stateBodies),
    }
  }
  return orgPattern
}
let stopWords: ReadonlySet<string> | undefined
const stops = () => {
  stopWords ??= new Set(loadLexicon('actors/name-stopwords.json', StopWords).words)
  return stopWords
}

/** Words before a name that make it a location rather than an actor. */
const LOCATIVE = /(?:^|[\s(])(?:in|at|near|across|around|outside|inside|between|throughout|within)\s+(?:the\s+)?$/i
/** Before a capital, motion words also make it a place ("visits to Berlin", "a flight from Tel Aviv"). */
const LOCATIVE_CITY = /(?:^|[\s(])(?:to|from|into|via|toward|towards|of)\s+(?:the\s+)?$/i
const GROUP_OF =
  /^\s+(?:[\p{Ll}-]+\s+){0,2}(?:group|movement|faction|militia|organi[sz]ation|party|militants?|company|firm|airline|carrier)\s+\p{Lu}/u
const NEGATED_PREFIX = /(?:anti|pro|non|post|pre)[-‐]$/i
const REGION_BEFORE = /(?:Latin|South|North|Central|Native|Pan)[\s-]$/
const NAME_WORD =
  /^(?:\p{Lu}[\p{Ll}\p{M}'’-]*[\p{Ll}\p{M}]\.?|\p{Lu}\.|\p{Lu}{2,}[\p{Ll}]*|\p{Lu}[\p{Ll}]*-\p{Lu}[\p{Ll}]+|[IVX])$/u
const PARTICLE = /^(?:al|el|bin|ibn|van|von|de|da|di|der|le|la|du|dos|das)$/

/** Whether the organisations lexicon knows a name. */
const knownOrg = (name: string): boolean => gazetteer().entries.get(name)?.kind === 'org'

function actorOf(e: GazetteerEntry): ActorRef {
  return e.kind === 'org' ? (e.country ? { country: e.country } : { org: e.name }) : { country: e.code }
}

/** Reads the longest person name starting at `at`: capitalised words, particles inside, stopping at stop words. */
export function readName(text: string, at: number, minWords = 2): { name: string; end: number } | null {
  const words: string[] = []
  const re = /[\p{L}\p{M}.'’-]+/uy
  let i = at
  let end = at
  while (words.length < 5) {
    re.lastIndex = i
    const m = re.exec(text)
    if (!m) break
    const w = m[0].replace(/[’']s$/, '')
    const particle = PARTICLE.test(w) && words.length > 0
    if (!particle && (!NAME_WORD.test(w) || stops().has(w) || gazetteer().entries.has(w.replace(/\.$/, '')))) break
    // A word with a full stop ends the name unless it is an initial or Jr./Sr. ("Ruslan Zheldibay. Tokayev" is two).
    const sentenceEnd = w.endsWith('.') && w.length > 2 && !/^(?:Jr|Sr)\.$/.test(w)
    words.push(sentenceEnd ? w.slice(0, -1) : w)
    if (!particle) end = i + w.length - (sentenceEnd ? 1 : 0)
    if (w !== m[0] || sentenceEnd) break
    const gap = /^[ \u00a0]+/.exec(text.slice(i + m[0].length, i + m[0].length + 3))
    if (!gap) break
    i = i + m[0].length + gap[0].length
  }
  while (words.length > 0 && PARTICLE.test(words[words.length - 1] as string)) words.pop()
  const name = text.slice(at, end).replace(/\.$/, (d) => (/\b(?:Jr|Sr)\.$/.test(text.slice(at, end)) ? d : ''))
  const count = name.split(/\s+/).filter(Boolean).length
  return count >= minWords ? { name, end: at + name.length } : null
}

/** A locative preposition and a capitalised place, then a comma: "in Davos, " before a country's name. */
const PLACE_THEN_COUNTRY =
  /(?:^|[\s(])(?:in|at|near|from|to|outside|inside)\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s){0,2}\p{Lu}[\p{L}\p{M}'’-]*,\s+$/u

/** Hyphenated modifiers that make a thing the state's: its flag, its registry, its ownership, its lead. */
const OWNED_BY = /^[-‐](?:flagged|registered|owned|operated|led)\b/u

function gazetteerMentions(text: string): ActorMention[] {
  const g = gazetteer()
  const out: ActorMention[] = []
  g.pattern.lastIndex = 0
  for (let m = g.pattern.exec(text); m; m = g.pattern.exec(text)) {
    let surface = m[0]
    let entry = g.entries.get(surface)
    if (!entry && surface.endsWith('s')) {
      const singular = g.entries.get(surface.slice(0, -1))
      if (singular?.kind === 'demonym') entry = singular
    }
    if (!entry) continue
    const before = text.slice(Math.max(0, m.index - 30), m.index)
    if (NEGATED_PREFIX.test(before)) continue
    // "Latin American", "North American": a region's people, not the United States'.
    if (/^Americans?$/.test(surface) && REGION_BEFORE.test(before)) continue
    // "the Palestinian group Hamas": the adjective describes the organisation named next, which is the actor.
    if (entry.kind === 'demonym' && GROUP_OF.test(text.slice(m.index + surface.length, m.index + surface.length + 60)))
      continue
    const after = text.slice(m.index + surface.length, m.index + surface.length + 40)
    // "US$17 million", "A$": a currency, not the country; "Russian-brokered", "US-backed": a modifier, not an actor;
    // but "a U.K.-flagged tanker", "the Saudi-led coalition" belong to the state, which acts or is acted on through them.
    if (after.startsWith('$') || (/^[-‐]\p{Ll}/u.test(after) && !OWNED_BY.test(after))) continue
    const possessive = /^(?:['’]s?)(?![\p{L}])/u.test(after)
    // "Makhachkala, Russia" and "Hanoi, Vietnam": a city followed by its country is a place.
    const cityOfCountry = entry.kind === 'capital' && /^,\s+\p{Lu}/u.test(after)
    // "at Davos, Switzerland": a country after a place it holds is a place too.
    const countryOfPlace = entry.kind === 'country' && PLACE_THEN_COUNTRY.test(before)
    // (Large cities other than capitals are matched apart, by `cityMentions`, and are always places.)
    const place =
      countryOfPlace ||
      (entry.kind !== 'demonym' &&
        (LOCATIVE.test(before) || cityOfCountry || (entry.kind === 'capital' && LOCATIVE_CITY.test(before))))
    if (surface.startsWith('the ')) surface = surface.slice(4)
    out.push({
      span: { start: m.index + (m[0].length - surface.length), end: m.index + m[0].length },
      text: surface,
      actor: actorOf(entry),
      via: entry.kind,
      place,
      possessive,
      rule: `actor/gazetteer-${entry.kind}`,
    })
  }
  return out
}

/** A run of capitalised words, with the particles city names have inside ("Rio de Janeiro", "Dar es Salaam"). */
const CAPITALISED_RUN =
  /(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’.-]*(?:\s(?:(?:de|del|do|dos|da|das|es|am|la|el|al|upon|na|sur)\s)*\p{Lu}[\p{L}\p{M}'’.-]*)*/gu

/**
 * Large cities the text names, as places of their state: the longest run of words that names a city; a city name
 * that holds a country's ("Mexico City", "Kuwait City") replaces that mention.
 */
function cityMentions(text: string, known: ActorMention[]): ActorMention[] {
  const cities = gazetteer().cities
  const found: ActorMention[] = []
  CAPITALISED_RUN.lastIndex = 0
  for (let m = CAPITALISED_RUN.exec(text); m; m = CAPITALISED_RUN.exec(text)) {
    const words = [...m[0].matchAll(/\S+/g)].map((w) => ({ text: w[0], start: m.index + (w.index ?? 0) }))
    for (let i = 0; i < words.length; i++) {
      for (let j = Math.min(words.length, i + 6); j > i; j--) {
        const first = words[i] as { text: string; start: number }
        const last = words[j - 1] as { text: string; start: number }
        const end = last.start + last.text.replace(/['’]s$|[.,]$/u, '').length
        const name = text.slice(first.start, end)
        const entry = cities.get(name)
        if (entry?.kind !== 'city') continue
        found.push({
          span: { start: first.start, end },
          text: name,
          actor: { country: entry.code },
          via: 'city',
          place: true,
          possessive: /^['’]s?(?![\p{L}])/u.test(text.slice(end)),
          rule: 'actor/gazetteer-city',
        })
        i = j - 1
        break
      }
    }
  }
  const foundIndex = new SpanIndex(found)
  const out = known.filter(
    (k) =>
      !foundIndex
        .overlapping(k.span.start, k.span.end)
        .some(
          (c) =>
            c.span.start <= k.span.start &&
            k.span.end <= c.span.end &&
            c.span.end - c.span.start > k.span.end - k.span.start,
        ),
  )
  const kept = new SpanIndex(out)
  // The cities come in text order without overlapping one another: one overlaps an earlier city only by starting
  // before the furthest end of those added.
  let addedEnd = -1
  for (const c of found) {
    if (c.span.start < addedEnd || kept.overlapping(c.span.start, c.span.end).length > 0) continue
    out.push(c)
    addedEnd = Math.max(addedEnd, c.span.end)
  }
  return out.sort((a, b) => a.span.start - b.span.start)
}

/** The country of the mention ending just before `at` ("Israeli ", "Kazakhstan’s ", "U.S. "), if any. */
function countryJustBefore(mentions: readonly ActorMention[], text: string, at: number): string | null {
  // The gap allowed is spaces, a short word and spaces, and "'s": only a mention ending after `from` can fit it.
  let from = at
  while (from > 0 && /\s/.test(text[from - 1] as string)) from--
  for (let k = 0; k < 8 && from > 0 && /\S/.test(text[from - 1] as string); k++) from--
  while (from > 0 && /\s/.test(text[from - 1] as string)) from--
  for (const m of spanIndex(mentions).endingIn(Math.max(0, from - 2), at)) {
    if (!('country' in m.actor) || m.via === 'person') continue
    const gap = text.slice(m.span.end, at)
    if (/^(?:['’]s?)?\s+(?:(?:then|new|former|acting|deputy|first|top)\s+)?$/i.test(gap))
      return m.actor.country as string
  }
  return null
}

/** The country named in an "of …" tail after a role ("President of the United States"), and where the tail ends. */
function countryOfTail(
  mentions: readonly ActorMention[],
  text: string,
  at: number,
): { country: string; end: number } | null {
  const tail = /^\s+of\s+(?:the\s+)?/i.exec(text.slice(at, at + 12))
  if (!tail) return null
  const from = at + tail[0].length
  for (const m of spanIndex(mentions).startingIn(from, from + 60)) {
    if (!('country' in m.actor) || m.via === 'person') continue
    if (/[,;.]/.test(text.slice(from, m.span.start))) return null
    return { country: m.actor.country as string, end: m.span.end }
  }
  return null
}

/** Words of envoys' roles (lemmas), who are posted to another state: "ambassador", "high commissioner". */
export const ENVOY = /^(?:ambassador|envoy|representative|consul|commissioner|attaché|attache|chargé|charge)$/

const givenNames = new Map<string, Map<string, Set<string>>>()
/** The states of the office holders in office at a date, by given name (built once per date). */
function givenNamesAt(date: string): ReadonlyMap<string, ReadonlySet<string>> {
  let byName = givenNames.get(date)
  if (!byName) {
    byName = new Map()
    for (const h of officeHoldersAt(date)) {
      const first = h.name.split(/\s+/)[0] as string
      const set = byName.get(first) ?? new Set<string>()
      set.add(h.country)
      byName.set(first, set)
    }
    if (givenNames.size > 64) givenNames.clear()
    givenNames.set(date, byName)
  }
  return byName
}

/** A name, then a verb of taking office, right before a role: "X became", "X was elected", "X served as". */
const BECAME_ROLE =
  /([\p{Lu}][\p{L}\p{M}.'’ -]+?)\s+(?:became|was\s+(?:elected|appointed|named|made|sworn\s+in\s+as)|served\s+as)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}.'’-]+\s){0,2}$/u

/**
 * Finds the people a document introduces with a role ("Kazakhstan’s Minister of Foreign Affairs, Yermek Kosherbayev",
 * "Moshe Kamkhy, Israel's ambassador", "his Israeli counterpart, Gideon Saar", "President of the United States Joseph
 * R. Biden Jr."), and the built-in leaders it names without one.
 */
function introducePeople(
  text: string,
  countries: readonly ActorMention[],
  date: string | null,
): Map<string, PersonRecord> {
  const g = gazetteer()
  const people = new Map<string, PersonRecord>()
  const add = (p: PersonRecord) => {
    const known = people.get(p.name)
    if (!known || (!known.country && p.country)) people.set(p.name, p)
  }
  g.roles.lastIndex = 0
  for (let r = g.roles.exec(text); r; r = g.roles.exec(text)) {
    const role = r[0]
    const roleEnd = r.index + role.length
    const left = countryJustBefore(countries, text, r.index)
    const tail = countryOfTail(countries, text, roleEnd)
    const country = left ?? tail?.country ?? null
    // Name after the role: "President Tokayev", "Minister of Foreign Affairs, Yermek Kosherbayev".
    let at = tail ? tail.end : roleEnd
    // "the ambassador of India to the UAE Sunjay Sudhir": the state an envoy is posted to stands before the name.
    const posted = /^\s+to\s+(?:the\s+)?/.exec(text.slice(at, at + 10))
    const host = posted && spanIndex(countries).startingIn(at + posted[0].length, at + posted[0].length)[0]
    if (host && role.split(/\s+/).some((w) => ENVOY.test(w.toLowerCase()))) at = host.span.end
    const skip = /^(?:\s+of\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.]*\s+(?:of\s+)?){0,6}?)?/uy
    skip.lastIndex = at
    const candidates: number[] = []
    const direct = /^,?\s+/.exec(text.slice(at, at + 3))
    if (direct) candidates.push(at + direct[0].length)
    if (!tail) {
      const of = /^\s+of\s+(?:the\s+)?/i.exec(text.slice(at, at + 10))
      if (of) {
        const wordRe = /\s+(?=\p{Lu})/gu
        const stretch = text.slice(at + of[0].length, at + of[0].length + 80)
        for (let w = wordRe.exec(stretch); w; w = wordRe.exec(stretch))
          candidates.push(at + of[0].length + w.index + w[0].length)
      }
    }
    const capitalRole = /^\p{Lu}/u.test(role)
    for (const c of candidates) {
      const name = readName(text, c, capitalRole ? 1 : 2)
      if (name) {
        // "King Harald V of Norway": the country may follow the name.
        const after = country ? null : countryOfTail(countries, text, name.end)
        add({
          name: name.name,
          role,
          country: country ?? after?.country ?? null,
          rule: 'actor/person-role-before-name',
        })
        at = -1
        break
      }
    }
    if (at === -1) continue
    // Appositive before the role: "Moshe Kamkhy, Israel's ambassador", "Kazhimurat Mayermanov, a deputy defense minister".
    const before = text.slice(Math.max(0, r.index - 120), r.index)
    const app =
      /([\p{Lu}][\p{L}\p{M}.'’ -]+?),\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\p{L}.'’ -]{0,40}\s)?$/u.exec(before)
    if (app) {
      const start = r.index - before.length + (app.index ?? 0)
      const name = readName(text, start, 2)
      if (name && name.end === start + (app[1] as string).length)
        add({ name: name.name, role, country, rule: 'actor/person-appositive-role' })
      continue
    }
    // The role as what the person became: "Andrés Pérez became President of Venezuela in 1974".
    const became = BECAME_ROLE.exec(before)
    if (became && country) {
      const start = r.index - before.length + (became.index ?? 0)
      const name = readName(text, start, 2)
      if (name && name.end === start + (became[1] as string).length)
        add({ name: name.name, role, country, rule: 'actor/person-became-role' })
    }
  }
  for (const [name, l] of g.leaders) {
    if (!people.has(name) && text.includes(name))
      add({ name, role: l.role, country: l.country, rule: 'actor/person-leaders-list' })
  }
  // Names the text gives without a role: capitalised runs that the dated dictionary of office holders knows.
  const run =
    /(?<![\p{L}\p{M}'’.-])\p{Lu}[\p{L}\p{M}'’-]+(?:[ \u00a0](?:\p{Lu}[\p{L}\p{M}'’-]+|\p{Lu}\.?|bin|al|de|da|van|von|ibn|el))*(?![\p{L}\p{M}])/gu
  for (let m = run.exec(text); m; m = run.exec(text)) {
    // "Angela Merkel’s first trip", "Trump’s Gaza plan": a possessive ends the name.
    const words = (m[0].split(/['’]s(?=[ \u00a0]|$)/)[0] as string).split(/[ \u00a0]/)
    // The longest stretch of the run that names a holder: "President Samia Suluhu Hassan" → "Samia Suluhu Hassan".
    for (let from = 0; from < words.length; from++) {
      const name = words.slice(from).join(' ')
      if (people.has(name) || g.entries.has(name) || stops().has(name)) continue
      const held = resolvePerson(name, date)
      if (!held) continue
      add({ name, role: held.role, country: held.country, rule: 'actor/person-office-holders' })
      break
    }
  }
  // One person, two records: "President Trump" after "U.S. President Donald Trump" is the same man.
  // (The words of the longer names, gathered once: a search of every name for each short one grows as their square.)
  const partOfLonger = new Set<string>()
  for (const q of people.values()) for (const w of q.name.split(/\s+/)) if (w !== q.name) partOfLonger.add(w)
  for (const name of people.keys()) {
    if (name.includes(' ')) continue
    if (partOfLonger.has(name)) people.delete(name)
  }
  // A person the text names without a country: the office holder of that name at the document's date, else a
  // current leader of the built-in list (checked as of its date), by full name or surname.
  for (const [name, p] of people) {
    if (p.country) continue
    const surname = name.split(/\s+/).pop() as string
    const held =
      resolvePerson(name, date) ?? formerHolder(name) ?? (name.includes(' ') ? resolvePerson(surname, date) : null)
    if (held) {
      people.set(name, { ...p, country: held.country, rule: `${p.rule}+office-holders` })
      continue
    }
    // "President Samia": a title and one name may be a given name, when one holder in office at the date has it.
    if (!name.includes(' ') && p.rule === 'actor/person-role-before-name' && date) {
      const given = givenNamesAt(date).get(name) ?? new Set<string>()
      const [country] = given
      if (given.size === 1 && country) {
        people.set(name, { ...p, country, rule: `${p.rule}+given-name` })
        continue
      }
    }
    for (const [lname, l] of g.leaders) {
      const lwords = lname.split(/\s+/)
      if (
        lname === name ||
        (lwords[lwords.length - 1] === surname && (!name.includes(' ') || lwords[0] === name.split(/\s+/)[0]))
      ) {
        people.set(name, { ...p, country: l.country, rule: `${p.rule}+leaders-list` })
        break
      }
    }
  }
  return people
}

/** The short forms a person is later called by: surname, and the name without a middle initial. */
function shortForms(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => !/^(?:Jr|Sr)\.?$/.test(w))
  const out = [name]
  if (words.length > 1) out.push(words[words.length - 1] as string)
  return out
}

/**
 * Organisations named by a head word ("National Security Committee", "Prussian Trust", "Ministry of Foreign Affairs"),
 * not already known to the gazetteer. `forEvents` is false when a country names the body's state ("Kazakhstan’s
 * Ministry…", "… of Kazakhstan"): that country mention already stands for it.
 */
function organizationMentions(text: string, known: readonly ActorMention[]): (ActorMention & { forEvents: boolean })[] {
  const { re, stateBodies } = orgNames()
  const out: (ActorMention & { forEvents: boolean })[] = []
  const index = spanIndex(known)
  /** The first known mention (in list order) ending right before `at`, after spaces or "'s", that passes `keep`. */
  const justBefore = (at: number, keep: (k: ActorMention) => boolean) => {
    let from = at
    while (from > 0 && /\s/.test(text[from - 1] as string)) from--
    return index
      .endingIn(Math.max(0, from - 2), at)
      .find((k) => /^(?:['’]s?)?\s+$/.test(text.slice(k.span.end, at)) && keep(k))
  }
  const insideOrg = (start: number, end: number) =>
    index.overlapping(start, end).some((k) => k.via === 'org' && k.span.start <= start && end <= k.span.end)
  re.lastIndex = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let name = m[0].replace(/^(?:The|A|An|In|On|At|By|For|From|Since|After|During)\s+/, '')
    let start = m.index + (m[0].length - name.length)
    // Trailing words that are not part of the name ("the Ministry of Defense knowingly" never matches; "of the" does)
    name = name.replace(/\s+(?:of|for|and|on|the)$/, '')
    const end = start + name.length
    // A one-word name is an organisation only when the lexicon knows it as one ("Knesset", "Kremlin").
    if (!name.includes(' ') && !knownOrg(name)) continue
    if (insideOrg(start, end)) continue
    const inside = index.within(start, end).find(
      // A country's name inside ("… of Kazakhstan"), or its adjective first ("Israeli Embassy"), not "of American States".
      (k) =>
        k.span.start >= start &&
        k.span.end <= end &&
        'country' in k.actor &&
        (k.via === 'country' || k.via === 'capital' || (k.via === 'demonym' && k.span.start === start)),
    )
    // A name that starts with a country or adjective ("Israeli Embassy", "Kazakhstan Secretary") belongs to it.
    if (inside && inside.span.start === start)
      start = inside.span.end + (/^['’]s/.test(text.slice(inside.span.end)) ? 3 : 1)
    // "Russia and the Collective Security Treaty Organization": the name starts at its first capitalised word.
    while (start < end && !/\p{Lu}/u.test(text[start] ?? '')) {
      const space = text.indexOf(' ', start)
      if (space < 0 || space >= end) break
      start = space + 1
    }
    const finalName = text.slice(start, end)
    if (!finalName.includes(' ') && !knownOrg(finalName)) continue
    // A body the lexicon knows ("European Union") is already a mention of its own.
    if (insideOrg(start, end)) continue
    const head = finalName.split(/\s+/).find((w) => stateBodies.has(w))
    const before = justBefore(start, (k) => 'country' in k.actor)
    const within = inside && inside.span.start >= start ? inside : undefined
    const country = within ?? (inside && inside.span.end <= start ? inside : undefined) ?? before
    out.push({
      span: { start, end },
      text: finalName,
      actor: country && 'country' in country.actor ? { country: country.actor.country as string } : { org: finalName },
      via: 'org',
      place: false,
      possessive: /^['’]s?(?![\p{L}])/u.test(text.slice(end)),
      stateBody: Boolean(head) && !country,
      rule: head ? 'actor/organization-state-body' : 'actor/organization-name',
      forEvents: !country,
    })
  }
  const common = orgNames().common
  common.lastIndex = 0
  for (let m = common.exec(text); m; m = common.exec(text)) {
    const span = { start: m.index, end: m.index + m[0].length }
    // "Chile's foreign ministry", "the Peruvian foreign ministry": a country just before names whose organ it is.
    const before = justBefore(span.start, (k) => 'country' in k.actor)
    if (before) continue
    out.push({
      span,
      text: m[0],
      actor: { org: m[0] },
      via: 'org',
      place: false,
      possessive: /^['’]s?(?![\p{L}])/u.test(text.slice(span.end)),
      stateBody: true,
      rule: 'actor/organization-state-body',
      forEvents: true,
    })
  }
  return out
}

/** Finds every actor mention of a text: countries, their adjectives and capitals, organisations and people. */
export function findActors(
  text: string,
  date: string | null = null,
): {
  mentions: ActorMention[]
  people: Map<string, PersonRecord>
  organizations: ActorMention[]
} {
  const countries = cityMentions(text, gazetteerMentions(text))
  const people = introducePeople(text, countries, date)
  const forms = new Map<string, PersonRecord>()
  for (const p of people.values())
    for (const f of shortForms(p.name)) if (!forms.has(f) || f === p.name) forms.set(f, p)
  const personMentions: ActorMention[] = []
  if (forms.size > 0) {
    const re = new RegExp(
      `(?<![\\p{L}])(?:${[...forms.keys()]
        .sort((a, b) => b.length - a.length)
        .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('|')})(?![\\p{L}])`,
      'gu',
    )
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const p = forms.get(m[0]) as PersonRecord
      personMentions.push({
        span: { start: m.index, end: m.index + m[0].length },
        text: m[0],
        actor: { person: p.name, ...(p.role ? { role: p.role } : {}), ...(p.country ? { country: p.country } : {}) },
        via: 'person',
        place: false,
        possessive: /^['’]s?(?![\p{L}])/u.test(text.slice(m.index + m[0].length)),
        rule: p.rule,
      })
    }
  }
  // A person's name wins over a gazetteer name inside it; otherwise keep both sorted.
  const persons = new SpanIndex(personMentions)
  const kept = countries.filter(
    (c) =>
      !persons
        .overlapping(c.span.start, c.span.end)
        .some((p) => p.span.start <= c.span.start && c.span.end <= p.span.end),
  )
  const organizations = organizationMentions(text, kept).filter(
    (o) => persons.overlapping(o.span.start, o.span.end).length === 0,
  )
  const keptIndex = new SpanIndex(kept)
  const forEvents = organizations
    .filter((o) => o.forEvents && keptIndex.overlapping(o.span.start, o.span.end).length === 0)
    .map(({ forEvents: _, ...o }) => o)
  const mentions = [...kept, ...personMentions, ...forEvents].sort((a, b) => a.span.start - b.span.start)
  return { mentions, people, organizations }
}
