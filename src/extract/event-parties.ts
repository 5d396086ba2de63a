import type { ActorRef, Sentence } from '../core/types.js'
import type { ActorMention } from './actors.js'

/** The pair as subject: "the two countries", "both leaders". */
const PAIR_SUBJECT =
  /\b(?:the\s+two\s+(?:[\p{L}-]+\s+)?(?:countries|nations|states|sides|leaders|governments|neighbou?rs|ministers|presidents|delegations|heads)|both\s+(?:countries|nations|sides|leaders|governments)|the\s+countries|the\s+leaders['’]?)(?![\p{L}])/iu

/** Where the clause of a trigger's object ends: ", and said …", "; …", "but …", ", which …". */
const CLAUSE_END = /,\s+(?:and|but)\s+(?!(?:the\s+)?\p{Lu})|;|\bbut\b|,\s+(?:which|who|while|whereas)\b/u

/** An accusation names the doer of the act it is about: "accused Azerbaijan of shelling". */
const ACCUSED_OF = /\baccus(?:ed|es|ing)\s+$/i

/** A pair as the object: "urged both sides to", "called on the two countries". */
const PAIR_OBJECT =
  /^\s+(?:both\s+(?:sides|countries|parties|governments)|the\s+two\s+(?:sides|countries|parties|governments))\b/i

/** An opening adverbial phrase ("At the invitation of X, …"): its actors are not the clause's subject. */
const OPENING_PHRASE =
  /^(?:At|On|In|During|After|Following|Despite|Amid|Upon|Under|With|Without|For|Before|Since|According to|As part of|On behalf of)\b[^,;“"]{0,120},\s+/

/** A sentence that starts with a pronoun: its subject is the last acting party. */
const PRONOUN_START = /^(?:["“]?)(?:he|she|they|it)\b/i

/** Where a subordinate clause starts: its subject is the nearest actor after it ("… this month when Japan restricted"). */
const SUBCLAUSE =
  /(?:\b(?:when|after|before|while|because|since|as|although|though|whereas|until|if|which|who|where)\b|;|,\s+and\b|\bbut\b)(?![\s\S]*(?:\b(?:when|after|before|while|because|since|as|although|though|whereas|until|if|which|who|where|but)\b|;|,\s+and\b))/i

/** The reporting clause after a quotation: "…,” the ministry said". */
const REPORTED_BY =
  /^[”"’]?\s*,?\s*[”"’]?\s*(?<speaker>[^.“"”]{0,80}?)\s+(?:said|added|told|stated|announced|declared|warned|insisted|wrote)\b/

/** The reporting clause before a quotation: "Dr X replied: “…". */
const SPEAKER_BEFORE =
  /(?<speaker>[^.“"”]{0,80}?)\s+(?:said|added|told\s+\w+|stated|announced|declared|warned|replied)\s*[:,]?\s*[“"]$/

/** Speech acts: what a quotation's speaker does. */
export const VERBAL = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'REQUEST', 'SUPPORT', 'STATEMENT'])

/** The listing code of an actor: ISO3 for a state or a placed person, the name of an organisation, else null. */
export const codeOf = (a: ActorRef): string | null =>
  'country' in a && a.country ? a.country : 'org' in a ? a.org : null

/** An actor of an event, with its listing code and the mention it was read from (none when inferred). */
export interface Party {
  readonly actor: ActorRef
  readonly code: string | null
  readonly mention: ActorMention | null
}

/** The party a mention stands for. */
export function party(m: ActorMention): Party {
  return { actor: m.actor, code: codeOf(m.actor), mention: m }
}

/** Mentions joined by commas or "and" ("Egypt, Qatar, and Turkey"), starting from `first`. */
function coordination(text: string, list: readonly ActorMention[], first: number): ActorMention[] {
  const group = [list[first] as ActorMention]
  for (let i = first + 1; i < list.length; i++) {
    const prev = list[i - 1] as ActorMention
    const cur = list[i] as ActorMention
    const gap = text.slice(prev.span.end, cur.span.start)
    if (!/^(?:['’]s)?(?:\s*,\s*|\s*,?\s+(?:and|or|as well as)\s+(?:the\s+|both\s+|also\s+)?|\s+)$/.test(gap)) break
    group.push(cur)
  }
  return group
}

/** Parties without repeats of the same code (or the same unplaced person). */
function uniqueByCode(parties: Party[]): Party[] {
  const seen = new Set<string>()
  return parties.filter((p) => {
    const key = p.code ?? ('person' in p.actor ? p.actor.person : '')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Whether an offset of a sentence lies inside quotation marks. */
export function insideQuote(sentence: string, at: number): boolean {
  const prefix = sentence.slice(0, at)
  const open = (prefix.match(/“/g) ?? []).length
  const close = (prefix.match(/”/g) ?? []).length
  if (open > close) return true
  return (prefix.match(/"/g) ?? []).length % 2 === 1
}

/**
 * Who says a quotation that holds a trigger: the actor named in "…,” the Kenyan Ministry said" after the quote or in
 * "Dr X replied: “…" before it; "it said" / "he added" is the last acting party.
 */
function speakerOf(
  text: string,
  s: Sentence,
  at: number,
  actors: readonly ActorMention[],
  previous: Party | null,
): Party | null {
  const offset = at - s.span.start
  if (!insideQuote(s.text, offset)) return null
  // The report follows the last quotation of the sentence: "“…” had taken place … and would “…,” it said."
  const closeAt = Math.max(s.text.lastIndexOf('”'), s.text.lastIndexOf('"'))
  const candidates: { from: number; to: number }[] = []
  if (closeAt > offset) {
    const from = closeAt + 1
    const m = REPORTED_BY.exec(s.text.slice(from))
    if (m) candidates.push({ from: s.span.start + from, to: s.span.start + from + m[0].length })
  }
  const openAt = Math.max(s.text.lastIndexOf('“', offset), s.text.lastIndexOf('"', offset))
  if (openAt >= 0) {
    const m = SPEAKER_BEFORE.exec(s.text.slice(0, openAt + 1))
    if (m) candidates.push({ from: s.span.start + (m.index ?? 0), to: s.span.start + openAt })
  }
  for (const c of candidates) {
    const who = actors.find((m) => m.span.start >= c.from && m.span.end <= c.to)
    if (who) return party(who)
    if (/\b(?:he|she|it|they)\b/i.test(text.slice(c.from, c.to)) && previous) return previous
  }
  return null
}

/** Whether an offset lies before the first or after the last quotation mark of a sentence: in its reporting clause. */
export function outsideAllQuotes(sentence: string, at: number): boolean {
  const first = sentence.search(/[“"]/)
  const last = Math.max(sentence.lastIndexOf('”'), sentence.lastIndexOf('"'))
  return first < 0 || at < first || at > last
}

/**
 * Parties named inside a trigger phrase: "embassy of Israel in Kazakhstan" (of/by → source, in/to/with → target) or
 * "Vietnam–U.S. … Partnership" (two countries joined by a dash or "and": source and target). Null when there are none.
 */
function insideParties(
  text: string,
  inside: readonly ActorMention[],
): { sources: ActorMention[]; targets: ActorMention[] } | null {
  const states = inside.filter((m) => codeOf(m.actor))
  if (states.length === 0) return null
  const sources: ActorMention[] = []
  const targets: ActorMention[] = []
  const bare: ActorMention[] = []
  for (const m of states) {
    const before = text.slice(Math.max(0, m.span.start - 10), m.span.start)
    if (/\b(?:in|to|with|into)\s+(?:the\s+)?$/i.test(before)) targets.push(m)
    else if (/\b(?:of|by)\s+(?:the\s+)?$/i.test(before)) sources.push(m)
    else bare.push(m)
  }
  // "the Vietnam–U.S. Comprehensive Partnership": two countries joined by a dash or "and" are the two parties.
  if (sources.length === 0 && targets.length === 0 && bare.length === 2) {
    const gap = text.slice((bare[0] as ActorMention).span.end, (bare[1] as ActorMention).span.start)
    if (/^\s*(?:[-–—/]|and)\s*$/.test(gap))
      return { sources: [bare[0] as ActorMention], targets: [bare[1] as ActorMention] }
  }
  // Other bare adjectives ("summoned the French ambassador") are objects, read with the sentence's subject.
  return sources.length > 0 ? { sources: sources.slice(0, 1), targets } : null
}

/** Words that may stand between a subject and its verb: auxiliaries, adverbs, a short time phrase. */
const SUBJECT_GAP =
  /^(?:\s+(?:has|have|had|was|were|is|are|will|would|could|also|then|later|reportedly|formally|officially|again|never|not|to|on\s+\p{Lu}\p{Ll}+|\p{Ll}+ly))*\s+$/u

/** The actor right before a verb with only auxiliaries or adverbs between ("the court rejected", "Kenya on Saturday recalled"). */
function directSubject(text: string, left: readonly ActorMention[], at: number): ActorMention | null {
  const last = left[left.length - 1]
  if (!last || last.possessive || left.length < 2) return null
  // The last of a list ("Egypt, Ethiopia, and Sudan have resumed") is not the subject on its own.
  const before = left[left.length - 2] as ActorMention
  if (/^(?:['’]s)?(?:\s*,\s*|\s*,?\s+(?:and|or)\s+(?:the\s+)?)$/.test(text.slice(before.span.end, last.span.start)))
    return null
  return SUBJECT_GAP.test(text.slice(last.span.end, at)) ? last : null
}

/** The actor of "accused X of …" when the trigger is what X is accused of. */
function accusedActor(text: string, left: readonly ActorMention[], at: number): ActorMention | null {
  const last = left[left.length - 1]
  if (!last) return null
  const gap = text.slice(last.span.end, at)
  if (!/^(?:['’]s\s+\p{L}+)?(?:\s+on\s+\p{Lu}\p{Ll}+)?\s+of\s+(?:[\p{L}-]+\s+){0,1}$/u.test(gap)) return null
  return ACCUSED_OF.test(text.slice(Math.max(0, last.span.start - 20), last.span.start)) ? last : null
}

/** What the party rules read about one trigger. */
export interface TriggerSite {
  readonly text: string
  readonly sentence: Sentence
  readonly start: number
  readonly end: number
  readonly type: string
  readonly bilateral: boolean
  readonly actorsAfterFrom: boolean
  /** Actor mentions of the sentence (places too) and of the whole document. */
  readonly sentenceMentions: readonly ActorMention[]
  readonly documentMentions: readonly ActorMention[]
  readonly sentences: readonly Sentence[]
  readonly dyad: readonly [string, string] | null
  /** The source of the last act read, for pronouns and unplaced speakers. */
  readonly previousSource: Party | null
}

/**
 * Who acts and who is acted on, for one trigger: the rules in order of how much the sentence says — an accusation's
 * accused, a relative clause's antecedent, a quotation's speaker, a passive's agent, parties inside the trigger phrase,
 * the actor right before the verb, a possessor, the subject of the trigger's clause, the sentence's first actors, the
 * pair, a pronoun's antecedent — then the fallbacks a document about a pair allows. `how` names the rules used.
 */
export function partiesOf(site: TriggerSite): { sources: Party[]; targets: Party[]; how: string } {
  const { text, dyad, previousSource } = site
  const s = site.sentence
  const f = { start: site.start, end: site.end }
  const trigger = { type: site.type, bilateral: site.bilateral, actorsAfterFrom: site.actorsAfterFrom }
  const sMentions = site.sentenceMentions
  const actors = sMentions.filter((m) => !m.place)
  const ctx = { mentions: site.documentMentions, sentences: site.sentences }
  // "At the invitation of the Prime Minister of Japan, the Prime Minister of India paid…": actors of an opening
  // adverbial phrase are not the subject when the clause after its comma names one.
  const opening = OPENING_PHRASE.exec(s.text)
  const afterOpening = opening ? s.span.start + opening[0].length : s.span.start
  const allLeft = actors.filter((m) => m.span.end <= f.start)
  const clauseLeft = allLeft.filter((m) => m.span.start >= afterOpening)
  const left = afterOpening < f.start && clauseLeft.length > 0 ? clauseLeft : allLeft
  const right = actors.filter((m) => m.span.start >= f.end)
  const after = text.slice(f.end, f.end + 12)
  let sources: Party[] = []
  let targets: Party[] = []
  let how = 'subject-object'
  const clauseEnd = CLAUSE_END.exec(text.slice(f.end, s.span.end))
  const objectEnd = clauseEnd ? f.end + clauseEnd.index : s.span.end
  const rightFrom = (exclude: ReadonlySet<string | null>): Party[] => {
    const i = right.findIndex((m) => !exclude.has(codeOf(m.actor)) && m.span.start < objectEnd)
    return i < 0 ? [] : coordination(text, right, i).map(party)
  }
  const passive = /^\s+by\s/i.test(after) || (trigger.actorsAfterFrom && /from\s*$/i.test(text.slice(f.start, f.end)))
  const speaker = VERBAL.has(trigger.type) ? speakerOf(text, s, f.start, actors, previousSource) : null
  const inside = sMentions.filter((m) => m.span.start >= f.start && m.span.end <= f.end)
  const nearPossessive = [...left].reverse().find((m) => m.possessive)
  const possessiveGap = nearPossessive ? text.slice(nearPossessive.span.end, f.start) : ''
  const subclause = SUBCLAUSE.exec(text.slice(s.span.start, f.start))
  let local = subclause ? left.filter((m) => m.span.start >= s.span.start + subclause.index) : []
  // ", and Sudan have resumed": an "and" inside a list of actors does not open a clause.
  if (
    subclause &&
    local[0] &&
    /^,?\s*and\s+(?:the\s+)?$/i.test(text.slice(s.span.start + subclause.index, local[0].span.start))
  )
    local = []
  const accusedOf = accusedActor(text, left, f.start)
  const relative = /,\s+(?:who|which)\s+(?:[\p{L}]+\s+){0,3}$/u.exec(text.slice(s.span.start, f.start))
  const antecedent = relative ? [...left].reverse().find((m) => m.span.end <= s.span.start + relative.index) : undefined
  if (accusedOf) {
    // "Armenia accused Azerbaijan of shelling villages": the accused is the doer of the act, which is alleged.
    sources = [party(accusedOf)]
    targets = rightFrom(new Set([codeOf(accusedOf.actor)]))
    how = 'accused-of'
  } else if (antecedent && relative && !left.some((m) => m.span.start >= s.span.start + relative.index)) {
    // "remarks by President Macron, who had criticised Azerbaijan": the relative pronoun's antecedent acts.
    sources = [party(antecedent)]
    targets = rightFrom(new Set([codeOf(antecedent.actor)]))
    how = 'relative-clause'
  } else if (speaker) {
    sources = [speaker]
    const others = [...right, ...left].filter((m) => codeOf(m.actor) !== speaker.code)
    targets = others.length > 0 ? [party(others[0] as ActorMention)] : []
    how = 'speaker'
  } else if (passive && right.length > 0) {
    sources = coordination(text, right, 0).map(party)
    targets =
      left.length > 0 ? [party(left[left.length - 1] as ActorMention)] : rightFrom(new Set(sources.map((p) => p.code)))
    how = 'passive'
  } else if (insideParties(text, inside)) {
    // "The embassy of Israel in Kazakhstan opened", "formed the Vietnam–U.S. Comprehensive Partnership".
    const p = insideParties(text, inside) as { sources: ActorMention[]; targets: ActorMention[] }
    sources = p.sources.map(party)
    targets = p.targets.map(party)
    how = 'inside-trigger'
  } else if (directSubject(text, left, f.start)) {
    // "…, a claim the International Court of Justice rejected": the actor right before the verb is its subject.
    const subject = directSubject(text, left, f.start) as ActorMention
    sources = [party(subject)]
    targets = rightFrom(new Set([codeOf(subject.actor)]))
    how = 'direct-subject'
  } else if (nearPossessive && /^[’'s]*\s+(?:[\p{L}\p{N}-]+\s+){0,3}$/u.test(possessiveGap)) {
    // "Japan’s 1910-45 occupation of", "Ethiopia's move to", "Biden’s State visit to": the possessor acts.
    sources = [party(nearPossessive)]
    targets = rightFrom(new Set([codeOf(nearPossessive.actor)]))
    how = 'possessive'
  } else if (local.length > 0) {
    sources = coordination(text, local, 0).map(party)
    targets = rightFrom(new Set(sources.map((p) => p.code)))
    how = 'clause-subject'
  } else if (left.length > 0) {
    sources = coordination(text, left, 0).map(party)
    targets = rightFrom(new Set(sources.map((p) => p.code)))
    // "The United States, China and the EU urged both countries…": several sources, the pair as object.
    if (targets.length === 0 && dyad && PAIR_OBJECT.test(text.slice(f.end, f.end + 40))) {
      targets = dyad.map((c) => ({ actor: { country: c }, code: c, mention: null }))
      how = 'joint-subject+pair-object'
    }
    // "X and Y signed …": a joint subject of a mutual act is source and target.
    else if (targets.length === 0 && uniqueByCode(sources).length > 1) {
      const u = uniqueByCode(sources)
      sources = [u[0] as Party]
      targets = u.slice(1)
      how = 'joint-subject'
    }
  } else if (dyad && PAIR_SUBJECT.test(text.slice(s.span.start, f.start))) {
    // "The two leaders welcomed …": the pair acts together.
    sources = [{ actor: { country: dyad[0] }, code: dyad[0], mention: null }]
    targets = [{ actor: { country: dyad[1] }, code: dyad[1], mention: null }]
    how = 'pair-subject'
  } else if (PRONOUN_START.test(s.text) && previousSource) {
    sources = [previousSource]
    targets = rightFrom(new Set([previousSource.code]))
    how = 'pronoun'
  } else if (right.length > 0 && trigger.type === 'VISIT') {
    // "During their visits to Berlin, Prime Minister Tusk …": the visitor follows the place.
    const visitor = right.find((m) => !m.place && m !== right[0])
    const place = right[0] as ActorMention
    sources = visitor ? [party(visitor)] : []
    targets = [party(place)]
    how = 'visit-object-first'
  } else if (right.length > 0) {
    const group = coordination(text, right, 0)
    sources = [party(group[0] as ActorMention)]
    targets = group.slice(1).map(party)
    if (targets.length === 0 && right.length > 1) targets = [party(right[1] as ActorMention)]
    how = 'object-only'
  }
  if (sources.length === 0 && dyad && PAIR_SUBJECT.test(s.text)) {
    sources = [{ actor: { country: dyad[0] }, code: dyad[0], mention: null }]
    targets = [{ actor: { country: dyad[1] }, code: dyad[1], mention: null }]
    how = 'pair-subject'
  }
  // "Diplomatic relations were established in 1905": a mutual act with no party named, in a document about a pair.
  if (sources.length === 0 && trigger.bilateral && dyad && sMentions.length === 0) {
    sources = [{ actor: { country: dyad[0] }, code: dyad[0], mention: null }]
    targets = [{ actor: { country: dyad[1] }, code: dyad[1], mention: null }]
    how = 'pair-implied'
  }
  if (sources.length === 0 && trigger.type === 'OTHER') {
    const prior = ctx.mentions.filter(
      (m) => m.span.end <= f.start && 'country' in m.actor && m.actor.country && m.via !== 'person',
    )
    const inParagraph = prior.filter(
      (m) =>
        ctx.sentences.find((x) => x.span.start <= m.span.start && m.span.start < x.span.end)?.paragraph === s.paragraph,
    )
    // The country the paragraph so far names most (ties: the latest), else the one the document names most.
    const pool = inParagraph.length > 0 ? inParagraph : prior
    const counts = new Map<string, { n: number; m: ActorMention }>()
    for (const m of pool) {
      const code = codeOf(m.actor) as string
      counts.set(code, { n: (counts.get(code)?.n ?? 0) + 1, m })
    }
    const best = [...counts.values()].sort((a, b) => b.n - a.n || b.m.span.start - a.m.span.start)[0]
    if (best) {
      sources = [{ actor: best.m.actor, code: codeOf(best.m.actor), mention: best.m }]
      how = inParagraph.length > 0 ? 'paragraph-country' : 'document-country'
    }
  }
  // "urged both sides to return to talks": the pair is the object.
  if (targets.length === 0 && dyad && PAIR_OBJECT.test(text.slice(f.end, f.end + 40))) {
    targets = dyad.map((c) => ({ actor: { country: c }, code: c, mention: null }))
    how += '+pair-object'
  }
  // A visit to one side of the pair by someone the text does not place comes from the other side.
  if (sources.length === 0 && trigger.type === 'VISIT' && dyad && targets[0]?.code && dyad.includes(targets[0].code)) {
    const other = dyad[0] === targets[0].code ? dyad[1] : dyad[0]
    sources = [{ actor: { country: other }, code: other, mention: null }]
    how += '+pair-visitor'
  }
  // An organ of a state named without its state ("the Ministry of Foreign Affairs") acts for the state in focus.
  if (sources[0]?.mention?.stateBody && previousSource?.code) {
    const code = previousSource.code
    sources[0] = { actor: { country: code }, code, mention: sources[0].mention }
    how += '+state-in-focus'
  }
  // An organ of a state named without its state as the target ("claimed that the country's Ministry of Defense")
  // belongs to the source's state.
  if (targets[0]?.mention?.stateBody && sources[0]?.code) {
    targets[0] = { actor: { country: sources[0].code }, code: sources[0].code, mention: targets[0].mention }
    how += '+domestic'
  }
  // A visit goes to a place: "visits to Berlin", "a reciprocal visit to Seoul".
  if (trigger.type === 'VISIT' && targets.length === 0) {
    const codes = new Set(sources.map((p) => p.code))
    const place = sMentions.find(
      (m) => m.place && m.span.start >= f.start && codeOf(m.actor) && !codes.has(codeOf(m.actor)),
    )
    if (place) targets = [party(place)]
  }
  // A mutual act between people the text places nowhere, in a document about a pair, is the pair's.
  if (trigger.bilateral && dyad && sources.length > 0 && [...sources, ...targets].every((p) => !p.code)) {
    sources = [{ actor: { country: dyad[0] }, code: dyad[0], mention: null }]
    targets = [{ actor: { country: dyad[1] }, code: dyad[1], mention: null }]
    how += '+pair-people'
  }
  // A speaker the text gives no country ("Foreign Minister Marty Natalegawa") speaks for the state last acting.
  if (sources[0] && !sources[0].code && 'person' in sources[0].actor && previousSource?.code) {
    const code = previousSource.code
    if (!targets.some((t) => t.code === code)) {
      sources[0] = { ...sources[0], actor: { ...sources[0].actor, country: code }, code }
      how += '+previous-state'
    }
  }
  sources = uniqueByCode(sources)
  const sourceCodes = new Set(sources.map((p) => p.code))
  targets = uniqueByCode(targets.filter((p) => !sourceCodes.has(p.code) || p.mention?.stateBody))
  // A person the text gives no country: in a document about a pair, the party not on the other side.
  const fill = (p: Party, other: Party | undefined): Party => {
    if (p.code || !dyad || !other?.code || !dyad.includes(other.code)) return p
    const code = dyad[0] === other.code ? dyad[1] : dyad[0]
    return { ...p, actor: { ...(p.actor as { person: string }), country: code }, code }
  }
  if (sources[0] && !sources[0].code) sources[0] = fill(sources[0], targets[0])
  if (targets[0] && !targets[0].code) targets[0] = fill(targets[0], sources[0])
  return { sources, targets, how }
}
