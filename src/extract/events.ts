import { z } from 'zod'
import { actorCode } from '../core/actors.js'
import { familyOf } from '../core/plover.js'
import type { ActorRef, Event, EventDate, RuleId, Sentence } from '../core/types.js'
import { loadLexicon } from '../text/lexicon.js'
import type { ActorMention } from './actors.js'
import type { TimeExpression } from './dates.js'

const Triggers = z.object({
  note: z.string(),
  triggers: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      pattern: z.string(),
      note: z.string(),
      actors: z.enum(['after-if-from']).optional(),
      bilateral: z.boolean().optional(),
    }),
  ),
})

interface Trigger {
  readonly id: string
  readonly type: string
  readonly re: RegExp
  readonly actorsAfterFrom: boolean
  readonly bilateral: boolean
}

let triggers: Trigger[] | undefined
function triggerList(): Trigger[] {
  triggers ??= loadLexicon('events/triggers.json', Triggers).triggers.map((t) => ({
    id: t.id,
    type: t.type,
    re: new RegExp(`(?<![\\p{L}])(?:${t.pattern})(?![\\p{L}])`, 'giu'),
    actorsAfterFrom: t.actors === 'after-if-from',
    bilateral: t.bilateral ?? false,
  }))
  return triggers
}

/** What event finding reads: the clean text cut into sentences, with its actor and time mentions and main pair. */
export interface EventContext {
  readonly text: string
  readonly sentences: readonly Sentence[]
  readonly mentions: readonly ActorMention[]
  readonly times: readonly TimeExpression[]
  readonly dyad: readonly [string, string] | null
  /** The document's title, when the clean text starts with it: a headline restates the lead and gives no events. */
  readonly title?: string | null
}

const HEDGE =
  /\b(?:reportedly|allegedly|may|might|could|is considering|are considering|is believed|are believed|is said to|claimed|apparently|possibly|likely)\b/i
const FUTURE =
  /\b(?:will|would|shall|is to|are to|plans? to|planned|planning to|is expected to|are expected to|intends? to|aims? to|is considering|upcoming|next (?:week|month|year)|is planned)\b/i
const NEGATION = /\b(?:not|never|no|neither|nor|failed to|refused to|did not|didn't|won't|without)\s+(?:\w+\s+){0,2}$/i
const PAIR_SUBJECT =
  /\b(?:the\s+two\s+(?:[\p{L}-]+\s+)?(?:countries|nations|states|sides|leaders|governments|neighbou?rs|ministers|presidents|delegations|heads)|both\s+(?:countries|nations|sides|leaders|governments)|the\s+countries|the\s+leaders['’]?)(?![\p{L}])/iu
const SUBORDINATOR = /\b(?:after|before|when|while|because|although|until|once|whereas|since)\b/i
/** Where the clause of a trigger's object ends: ", and said …", "; …", "but …", ", which …". */
const CLAUSE_END = /,\s+(?:and|but)\s+(?!(?:the\s+)?\p{Lu})|;|\bbut\b|,\s+(?:which|who|while|whereas)\b/u
/** An accusation names the doer of the act it is about: "accused Azerbaijan of shelling". */
const ACCUSED_OF = /\baccus(?:ed|es|ing)\s+$/i
/** A pair as the object: "urged both sides to", "called on the two countries". */
const PAIR_OBJECT =
  /^\s+(?:both\s+(?:sides|countries|parties|governments)|the\s+two\s+(?:sides|countries|parties|governments))\b/i
const HABITUAL =
  /\b(?:has|have)\s+(?:long|consistently|always|repeatedly|often|regularly|traditionally)\b|\bcontinues?\s+to\b|\b(?:has|have)\s+(?:\w+\s+)?for\s+(?:years|decades)\b/i
const OPENING_PHRASE =
  /^(?:At|On|In|During|After|Following|Despite|Amid|Upon|Under|With|Without|For|Before|Since|According to|As part of|On behalf of)\b[^,;“"]{0,120},\s+/
const PRONOUN_START = /^(?:["“]?)(?:he|she|they|it)\b/i
const PAST =
  /\b(?:was|were|had|did|said|met|held|began|took|made|went|came|told|brought|sent|saw|gave|won|lost|broke|drew)\b|(?:\p{Lu}[\p{L}’'-]*|\b(?:he|she|it|they|we))\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}ed\b/u
const PRESENT_PERFECT = /\b(?:has|have)\s+(?:\w+ly\s+)?(?:\w+ed|been|begun|made|held|met|taken)\b/i
/** A relative clause between a date and a trigger: the date belongs to the main clause ("in a ruling that Tokyo said…"). */
const CLAUSE_BREAK =
  /\b(?:which|who|whom)\b|(?<!\b(?:said|says|announced|reported|stated|declared|claimed|believes|noted|added|confirmed|told\s+\w+))\s+that\b|;/i
/** Where a subordinate clause starts: its subject is the nearest actor after it ("… this month when Japan restricted"). */
const SUBCLAUSE =
  /(?:\b(?:when|after|before|while|because|since|as|although|though|whereas|until|if|which|who|where)\b|;|,\s+and\b|\bbut\b)(?![\s\S]*(?:\b(?:when|after|before|while|because|since|as|although|though|whereas|until|if|which|who|where|but)\b|;|,\s+and\b))/i
const REPORTED_BY =
  /^[”"’]?\s*,?\s*[”"’]?\s*(?<speaker>[^.“"”]{0,80}?)\s+(?:said|added|told|stated|announced|declared|warned|insisted|wrote)\b/
const SPEAKER_BEFORE =
  /(?<speaker>[^.“"”]{0,80}?)\s+(?:said|added|told\s+\w+|stated|announced|declared|warned|replied)\s*[:,]?\s*[“"]$/
const VERBAL = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'REQUEST', 'SUPPORT', 'STATEMENT'])

const codeOf = (a: ActorRef): string | null => ('country' in a && a.country ? a.country : 'org' in a ? a.org : null)

interface Party {
  readonly actor: ActorRef
  readonly code: string | null
  readonly mention: ActorMention | null
}

function party(m: ActorMention): Party {
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

function uniqueByCode(parties: Party[]): Party[] {
  const seen = new Set<string>()
  return parties.filter((p) => {
    const key = p.code ?? ('person' in p.actor ? p.actor.person : '')
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The date of a trigger: the nearest resolved time expression of its sentence that is not cut off by a clause. */
function dateFor(
  text: string,
  times: readonly TimeExpression[],
  start: number,
  end: number,
  others: readonly { start: number; end: number }[] = [],
): { date: EventDate; expression: TimeExpression } | null | 'unresolved' {
  let best: { date: EventDate; expression: TimeExpression; cost: number } | null = null
  let unresolved = false
  let blocked = false
  for (const t of times) {
    if (!t.date) {
      unresolved = true
      continue
    }
    const before = t.span.end <= start
    // A date after the trigger with another act in between belongs to that act ("…demanded access, a claim the court
    // rejected in 2018").
    if (
      !before &&
      others.some((o) => o.start >= end && o.end <= t.span.start) &&
      /,|\b(?:which|that|who)\b/.test(text.slice(end, t.span.start))
    ) {
      blocked = true
      continue
    }
    const between = before ? text.slice(t.span.end, start) : text.slice(end, t.span.start)
    const reported = /^\s*,?\s*that\b/.test(between) && !CLAUSE_BREAK.test(between.replace(/^\s*,?\s*that\b/, ''))
    if (before && !reported && CLAUSE_BREAK.test(between) && !/^\s*,?\s*(?:and\s+)?$/.test(between)) {
      blocked = true
      continue
    }
    // A date across a subordinate boundary ("lifted in December 2016 after X met Y in June 2016") is a weaker claim.
    const crossing = SUBORDINATOR.test(between) ? 200 : 0
    const cost = (before ? start - t.span.end : (t.span.start - end) * 1.5) + crossing
    if (!best || cost < best.cost) best = { date: t.date, expression: t, cost }
  }
  if (best) {
    // "2014 Vietnam protests … in May 2014": a finer date of the same year in the sentence says more.
    const chosen = best.expression.span
    const finer = times.find(
      (t) =>
        !/,\s*(?:which|who|where)\b|;/.test(
          text.slice(Math.min(chosen.end, t.span.end), Math.max(chosen.start, t.span.start)),
        ) &&
        t.date?.value.startsWith(best?.date.value ?? '') &&
        t.date.value.length > (best?.date.value.length ?? 0) &&
        !t.date.end,
    )
    return finer?.date && !best.date.end ? { date: finer.date, expression: finer } : best
  }
  return unresolved || blocked ? 'unresolved' : null
}

/**
 * Finds events sentence by sentence: each trigger of the lexicon gives an act of its type; its source is the subject
 * before the trigger (or the actors after "from"/"by" in passive and nominal forms), its target the actors after it,
 * with co-actors from coordinations ("Egypt, Qatar, and Turkey"); its date is the nearest time expression of its
 * clause, else the last date of the paragraph for a past-tense report, else none. Acts of one family with the same
 * source and date in one sentence are one event.
 */
export function findEvents(ctx: EventContext): Event[] {
  const { text, dyad } = ctx
  const events: Event[] = []
  let lastDated: { sentence: number; end: number; date: EventDate } | null = null
  let previousSource: Party | null = null
  let previousEvents: Event[] = []
  const titleEnd = ctx.title && text.startsWith(ctx.title) ? ctx.title.length : 0
  for (const [sentenceIndex, s] of ctx.sentences.entries()) {
    if (s.span.end <= titleEnd) continue
    const sMentions = ctx.mentions.filter((m) => m.span.start >= s.span.start && m.span.end <= s.span.end)
    const actors = sMentions.filter((m) => !m.place)
    const sTimes = ctx.times.filter((t) => t.span.start >= s.span.start && t.span.end <= s.span.end)
    const found: { start: number; end: number; trigger: Trigger }[] = []
    for (const trigger of triggerList()) {
      trigger.re.lastIndex = 0
      for (let m = trigger.re.exec(s.text); m; m = trigger.re.exec(s.text)) {
        const start = s.span.start + m.index
        const end = start + m[0].length
        if (found.some((f) => start < f.end && f.start < end)) continue
        // A capitalised match inside a sentence is part of a name ("the … Irrigation Demonstration Center").
        if (m.index > 0 && /^\p{Lu}/u.test(m[0]) && !/["“‘(]\s*$/.test(s.text.slice(0, m.index))) continue
        found.push({ start, end, trigger })
      }
    }
    found.sort((a, b) => a.start - b.start)
    const sentenceEvents: Event[] = []
    for (const f of found) {
      const { trigger } = f
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
      const passive =
        /^\s+by\s/i.test(after) || (trigger.actorsAfterFrom && /from\s*$/i.test(text.slice(f.start, f.end)))
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
      const antecedent = relative
        ? [...left].reverse().find((m) => m.span.end <= s.span.start + relative.index)
        : undefined
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
          left.length > 0
            ? [party(left[left.length - 1] as ActorMention)]
            : rightFrom(new Set(sources.map((p) => p.code)))
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
        // "X and Y signed …": a joint subject of a mutual act is source and target.
        if (targets.length === 0 && uniqueByCode(sources).length > 1) {
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
            ctx.sentences.find((x) => x.span.start <= m.span.start && m.span.start < x.span.end)?.paragraph ===
            s.paragraph,
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
      if (
        sources.length === 0 &&
        trigger.type === 'VISIT' &&
        dyad &&
        targets[0]?.code &&
        dyad.includes(targets[0].code)
      ) {
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
      // A visit goes to a place: "visits to Berlin", "in Astana".
      if (trigger.type === 'VISIT' && targets.length === 0) {
        const place = sMentions.find(
          (m) => m.place && m.span.start >= f.start && codeOf(m.actor) && !sourceCodes.has(codeOf(m.actor)),
        )
        if (place) targets = [party(place)]
      }
      const source = sources[0]
      if (!source) continue
      if (!source.code && !('person' in source.actor)) continue
      // A quoted act is dated by its own words; what a speaker says is dated by the report around the quote.
      const quoted = insideQuote(s.text, f.start - s.span.start)
      const ownTimes = how.startsWith('speaker')
        ? sTimes.filter((t) => outsideAllQuotes(s.text, t.span.start - s.span.start))
        : sTimes
      const picked = dateFor(text, ownTimes, f.start, f.end, found)
      let date: EventDate | null = null
      let dateRule = 'none'
      if (picked && picked !== 'unresolved') {
        date = picked.date
        dateRule = picked.expression.rule
      } else if (
        picked === null &&
        (!quoted || how.startsWith('speaker')) &&
        lastDated &&
        sentenceIndex - lastDated.sentence <= 2 &&
        !headingBetween(text, lastDated.end, s.span.start) &&
        PAST.test(s.text) &&
        !PRESENT_PERFECT.test(s.text)
      ) {
        date = { ...lastDated.date, basis: 'context' }
        dateRule = 'date/paragraph-context'
      }
      const before = text.slice(s.span.start, f.start)
      const event: Event = {
        type: trigger.type,
        source: source.actor,
        target: targets[0]?.actor ?? null,
        coSources: sources.slice(1).map((p) => p.actor),
        coTargets: targets.slice(1).map((p) => p.actor),
        date,
        flags: {
          negated:
            NEGATION.test(before.slice(-40)) && !/\bnot\s+go\s+unanswered/i.test(text.slice(f.start - 10, f.end)),
          hedged: HEDGE.test(s.text) || how.startsWith('accused-of'),
          future: FUTURE.test(before.slice(-60)) || FUTURE.test(text.slice(f.start, Math.min(s.span.end, f.end + 40))),
        },
        dyadRelevant: false,
        evidence: s.span,
        rule: `event/${trigger.id} ${how} ${dateRule}` as RuleId,
        confidence: how === 'subject-object' || how === 'passive' ? 0.7 : 0.5,
      }
      // One event per family, source and date in a sentence: further targets join as co-targets.
      const same = sentenceEvents.findIndex(
        (e) =>
          // One utterance is one speech act; other acts merge only when the same trigger entry repeats.
          (VERBAL.has(e.type) && VERBAL.has(event.type)
            ? familyOf(e.type) === familyOf(event.type)
            : e.rule.split(' ')[0] === event.rule.split(' ')[0]) &&
          (actorCode(e.source) === actorCode(event.source) || samePair(e, event)) &&
          (e.date?.value ?? null) === (event.date?.value ?? null),
      )
      if (same >= 0) {
        const e = sentenceEvents[same] as Event
        const have = new Set([e.target, ...e.coTargets].filter(Boolean).map((a) => actorCode(a as ActorRef)))
        const extra = [event.target, ...event.coTargets].filter(
          (a): a is ActorRef => a !== null && !have.has(actorCode(a)) && actorCode(a) !== actorCode(e.source),
        )
        sentenceEvents[same] = e.target
          ? { ...e, coTargets: [...e.coTargets, ...extra] }
          : { ...e, target: extra[0] ?? null, coTargets: extra.slice(1) }
        continue
      }
      // Habitual or long-standing conduct ("has consistently supported", "have long accused") is not a dated act.
      if (!event.date && HABITUAL.test(s.text)) continue
      // "Netanyahu's visit to Kazakhstan was the first…" after the visit itself: a restatement adds nothing.
      if (
        previousEvents.some(
          (p) =>
            p.type === event.type &&
            actorCode(p.source) === actorCode(event.source) &&
            (p.target && event.target ? actorCode(p.target) === actorCode(event.target) : true) &&
            (!event.date || (p.date?.value === event.date.value && event.date.basis === 'context')),
        )
      )
        continue
      sentenceEvents.push(event)
    }
    for (const e of sentenceEvents) events.push(withRelevance(withPairTarget(e, dyad), dyad))
    previousEvents = sentenceEvents
    const firstSubject = sentenceEvents[0]?.source
    if (firstSubject) previousSource = { actor: firstSubject, code: actorCode(firstSubject), mention: null }
    else if (actors[0]) previousSource = party(actors[0])
    const dated = sTimes.filter((t) => t.date).pop()
    if (dated?.date) lastDated = { sentence: sentenceIndex, end: s.span.end, date: dated.date }
  }
  return events
}

function withRelevance(e: Event, dyad: readonly [string, string] | null): Event {
  if (!dyad) return e
  const sides = [e.source, ...e.coSources].map((a) => actorCode(a))
  const others = [e.target, ...e.coTargets].filter((a): a is ActorRef => a !== null).map((a) => actorCode(a))
  const relevant =
    (sides.includes(dyad[0]) && others.includes(dyad[1])) || (sides.includes(dyad[1]) && others.includes(dyad[0]))
  return { ...e, dyadRelevant: relevant }
}

/** Whether an offset of a sentence lies inside quotation marks. */
function insideQuote(sentence: string, at: number): boolean {
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

/** Whether a heading (a short line without a full stop) stands between two offsets: a new section, a new context. */
function headingBetween(text: string, from: number, to: number): boolean {
  return text
    .slice(from, to)
    .split('\n')
    .slice(1, -1)
    .some((line) => line.trim().length > 0 && !/[.!?:"”]\s*$/.test(line.trim()))
}

/** Whether an offset lies before the first or after the last quotation mark of a sentence: in its reporting clause. */
function outsideAllQuotes(sentence: string, at: number): boolean {
  const first = sentence.search(/[“"]/)
  const last = Math.max(sentence.lastIndexOf('”'), sentence.lastIndexOf('"'))
  return first < 0 || at < first || at > last
}

/** In a document about a pair, an act of one side with no other party named is taken to be towards the other side. */
function withPairTarget(e: Event, dyad: readonly [string, string] | null): Event {
  const code = actorCode(e.source)
  if (e.target || !dyad || !dyad.includes(code)) return e
  const other = dyad[0] === code ? dyad[1] : dyad[0]
  const [trigger, how, date] = e.rule.split(' ')
  return { ...e, target: { country: other }, rule: `${trigger} ${how}+pair ${date}` as RuleId }
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

/** Whether two events involve at most two parties between them ("were killed … during Israeli shelling"). */
function samePair(a: Event, b: Event): boolean {
  const codes = [a.source, a.target, b.source, b.target]
    .filter((p): p is ActorRef => p !== null)
    .map((p) => actorCode(p))
  return new Set(codes).size <= 2
}

/** The actor of "accused X of …" when the trigger is what X is accused of. */
function accusedActor(text: string, left: readonly ActorMention[], at: number): ActorMention | null {
  const last = left[left.length - 1]
  if (!last) return null
  const gap = text.slice(last.span.end, at)
  if (!/^(?:['’]s\s+\p{L}+)?(?:\s+on\s+\p{Lu}\p{Ll}+)?\s+of\s+(?:[\p{L}-]+\s+){0,1}$/u.test(gap)) return null
  return ACCUSED_OF.test(text.slice(Math.max(0, last.span.start - 20), last.span.start)) ? last : null
}
