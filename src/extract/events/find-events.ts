import { actorCode } from '../../core/actors.js'
import { familyOf } from '../../core/plover.js'
import type { ActorRef, Event, EventDate, RuleId, Sentence } from '../../core/types.js'
import { type Token, tokenize, tokensIn } from '../../text/tokens.js'
import type { ActorMention } from '../actors.js'
import type { TimeExpression } from '../dates/index.js'
import { dateFor, headingBetween, PAST, PRESENT_PERFECT } from './dates.js'
import { nominalTriggers } from './nominal.js'
import { confidenceOf, MIN_CONFIDENCE } from './confidence.js'
import { crowdSubject } from './roles/crowd.js'
import { type RoleRule, type RoleSite, sourceRules, targetRules } from './roles/index.js'
import { codeOf, insideQuote, type Party, party, type SentenceView, stateParty, viewOf } from './sentence.js'
import { attributive, isPassive, objectEnd, type Trigger, verbTriggers } from './triggers.js'

/** What event finding reads: the clean text cut into sentences, with its actor and time mentions and main pair. */
export interface EventContext {
  readonly text: string
  readonly sentences: readonly Sentence[]
  readonly mentions: readonly ActorMention[]
  readonly times: readonly TimeExpression[]
  readonly dyad: readonly [string, string] | null
  /** The document's title, when the clean text starts with it: a headline restates the lead and gives no events. */
  readonly title?: string | null
  /** The text's tokens, when the caller has them already. */
  readonly tokens?: readonly Token[]
}

/** Why a trigger gave no event, or which rules gave the one it gave: what `dyad explain` prints. */
export interface TriggerTrace {
  readonly sentence: number
  readonly trigger: string
  readonly type: string
  readonly text: string
  readonly source: string | null
  readonly target: string | null
  readonly outcome: 'event' | 'merged' | 'no-source' | 'negated' | 'not-asserted' | 'habitual' | 'restated' | 'weak'
  readonly date: string | null
  /** The role rules that found the source and the target (`none` when none did), and the date rule. */
  readonly how: string | null
  readonly dateRule: string | null
  /** Offsets of the trigger in the clean text. */
  readonly start: number
  readonly end: number
}

/** Hedges, compared case-sensitively so that the month "May" is not the modal "may". */
const HEDGE =
  /\b(?:[Rr]eportedly|[Aa]llegedly|may|might|could|is considering|are considering|is believed|are believed|is said to|[Aa]pparently|[Pp]ossibly|likely)\b/
const FUTURE_WORDS = /^(?:will|shall|'ll)$/
const PLAN_LEMMAS =
  /^(?:plan|intend|aim|expect|prepare|schedule|hope|want|wish|seek|propose|offer|consider|vow|pledge|promise|threaten|try|attempt)$/
const NEGATION = /^(?:not|n't|never|no|neither|nor|without)$/
/** Acts that are only called for, threatened, refused or planned have not happened. */
const NOT_ASSERTING = new Set(['REQUEST', 'THREATEN', 'REJECT'])
const HABITUAL =
  /\b(?:has|have)\s+(?:long|consistently|always|repeatedly|often|regularly|traditionally)\b|\bcontinues?\s+to\b|\b(?:has|have)\s+(?:\w+\s+)?for\s+(?:years|decades)\b/i
/** A sentence that opens with a date and a colon or dash: an entry of a timeline ("- 1993: …", "May 1998 – …"). */
const TIMELINE_ENTRY = /^[\s\-–—•*]*(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s*[:–—]\s/

/** The id of the fallback trigger for dated acts no lexicon names. */
const DATED_ACT = 'dated-act'
/** Verbs that never make a dated act on their own: being, having, saying, seeming. */
const NOT_AN_ACT =
  /^(?:exceed|reach|surpass|total|amount|grow|rise|increase|fall|decline|double|drive|account|occur|happen|experience|be|have|do|say|tell|add|note|state|report|remain|become|seem|appear|include|mean|know|see|think|believe|feel|want|need|lie|stand|sit|live|die|born|bear|consider|describe|call|name|follow|refer|date|cost|last|take|come|go|get|make|use|show|mark|base|locate|situate|involve|relate|concern|regard|accord|continue|keep|remain)$/

/**
 * Verbs of a sentence that may name a dated act the lexicons do not: past-tense or past-participle verbs that no
 * trigger has settled, in order.
 */
function datedActs(view: SentenceView, settled: ReadonlySet<number>): Trigger[] {
  const out: Trigger[] = []
  for (const t of view.tokens) {
    if (t.pos !== 'VERB' || settled.has(t.index) || NOT_AN_ACT.test(t.lemma)) continue
    if (t.lower === t.lemma || t.lower.endsWith('ing') || attributive(view.tokens, t.index)) continue
    out.push({
      kind: 'verb',
      id: DATED_ACT,
      type: 'OTHER',
      code: null,
      head: t.index,
      first: t.index,
      last: t.index,
      passive: isPassive(view.tokens, t.index),
      targetPreps: ['with', 'to', 'against', 'on', 'from', 'in'],
      patternPreps: false,
      sourcePreps: [],
    })
  }
  return out
}

/** The one state a sentence names (as actor or place), when it names exactly one: a dated act there is its own. */
function soleState(view: SentenceView): Party[] {
  const codes = new Map<string, ActorMention>()
  for (const m of view.mentions)
    if ('country' in m.mention.actor && m.mention.actor.country && m.mention.via !== 'person')
      codes.set(m.mention.actor.country, m.mention)
  const only = [...codes.values()]
  return only.length === 1 ? [party(only[0] as ActorMention)] : []
}

/** Tokens of a sentence, numbered from 0. */
function sentenceTokens(all: readonly Token[], s: Sentence): Token[] {
  return tokensIn(all, s.span).map((t, index) => ({ ...t, index }))
}

/** The auxiliaries and adverbs before a verb, and determiners before a noun: where negation and tense are read. */
function before(view: SentenceView, t: Trigger): Token[] {
  const out: Token[] = []
  for (let i = t.first - 1; i >= 0 && i >= t.first - 4; i--) {
    const tok = view.tokens[i] as Token
    if (!/^(?:AUX|ADV|PART|DET)$/.test(tok.pos)) break
    out.push(tok)
  }
  return out
}

/** Whether an act is only called for, threatened, refused or planned: "urged Iran to release", "called for talks". */
function notAsserted(view: SentenceView, t: Trigger, all: readonly Trigger[]): boolean {
  const tokens = view.tokens
  // The infinitive of a verb of wanting, planning or threatening, or of a request: "threatened to expel".
  if (tokens[t.first - 1]?.lower === 'to') {
    for (let i = t.first - 2; i >= 0 && i >= t.first - 6; i--) {
      const g = tokens[i] as Token
      if (g.pos !== 'VERB') continue
      const governing = all.find((x) => x.head === i)
      return PLAN_LEMMAS.test(g.lemma) || (governing !== undefined && NOT_ASSERTING.has(governing.type))
    }
  }
  // The object of a request or threat: "called for talks", "demanded the withdrawal of".
  return all.some(
    (x) =>
      x !== t &&
      x.kind === 'verb' &&
      NOT_ASSERTING.has(x.type) &&
      x.head < t.first &&
      t.first < objectEnd(tokens, x.last + 1, 12),
  )
}

/** A trigger noun inside the object of a verb trigger of the same family ("held talks") is that verb's act. */
function coveredNoun(view: SentenceView, t: Trigger, all: readonly Trigger[]): boolean {
  if (t.kind !== 'noun') return false
  return all.some(
    (x) =>
      x.kind === 'verb' &&
      x.head < t.first &&
      t.first < objectEnd(view.tokens, x.last + 1) &&
      familyOf(x.type) === familyOf(t.type),
  )
}

/** Tries role rules in order; the first that finds a party with a code other than `exclude` wins. */
function firstFound(
  rules: readonly RoleRule[],
  site: RoleSite,
  exclude: ReadonlySet<string | null>,
): { parties: Party[]; others: Party[]; rule: RoleRule } | null {
  for (const rule of rules) {
    const f = rule.find(site)
    if (!f) continue
    const parties = f.parties.filter((p) => !exclude.has(p.code) || p.mention?.stateBody)
    if (parties.length > 0) return { parties, others: [...(f.others ?? [])], rule }
  }
  return null
}

const short = (r: RoleRule | null | undefined, fallback: string): string => (r ? r.id.replace(/^role\//, '') : fallback)

/**
 * Finds events sentence by sentence: verb triggers from the CAMEO dictionary and our verb rules, noun triggers from
 * our lexicon; each trigger's source and target from the role rules (subject of its clause, object, prepositions,
 * passive agent, possessor, quotation speaker); its date from the nearest time expression of its clause (a date
 * attributive to another noun phrase does not count), else the date of a dated sentence just before for a
 * past-tense report, else none. Negated acts and acts only called for or threatened give no event.
 */
export function findEvents(ctx: EventContext, trace?: TriggerTrace[]): Event[] {
  const { text, dyad } = ctx
  const tokens = ctx.tokens ?? tokenize(text)
  const events: Event[] = []
  let lastDated: { sentence: number; end: number; date: EventDate } | null = null
  let previous: Party | null = null
  let previousEvents: Event[] = []
  const titleEnd = ctx.title && text.startsWith(ctx.title) ? ctx.title.length : 0
  let mi = 0
  for (const [sentenceIndex, s] of ctx.sentences.entries()) {
    while (mi < ctx.mentions.length && (ctx.mentions[mi] as ActorMention).span.start < s.span.start) mi++
    const sMentions: ActorMention[] = []
    for (let j = mi; j < ctx.mentions.length && (ctx.mentions[j] as ActorMention).span.start < s.span.end; j++)
      if ((ctx.mentions[j] as ActorMention).span.end <= s.span.end) sMentions.push(ctx.mentions[j] as ActorMention)
    if (s.span.end <= titleEnd) continue
    const view = viewOf(s, sentenceTokens(tokens, s), sMentions)
    const sTimes = ctx.times.filter((t) => t.span.start >= s.span.start && t.span.end <= s.span.end)
    const triggers = [...verbTriggers(view.tokens), ...nominalTriggers(view.tokens)].sort((a, b) => a.head - b.head)
    const sentenceEvents: Event[] = []
    const note = (t: Trigger, outcome: TriggerTrace['outcome'], e?: Event, how: string | null = null) => {
      if (!trace) return
      const start = (view.tokens[t.first] as Token).start
      const end = (view.tokens[t.last] as Token).end
      trace.push({
        sentence: sentenceIndex,
        trigger: t.id,
        type: e?.type ?? t.type,
        text: text.slice(start, end),
        source: e ? actorCode(e.source) : null,
        target: e?.target ? actorCode(e.target) : null,
        outcome,
        date: e?.date?.value ?? null,
        how: how ?? (e ? (e.rule.split(' ')[1] ?? null) : null),
        dateRule: e ? (e.rule.split(' ')[2] ?? null) : null,
        start,
        end,
      })
    }
    const charSpans = triggers.map((t) => ({
      start: (view.tokens[t.first] as Token).start,
      end: (view.tokens[t.last] as Token).end,
    }))
    /** Codes one trigger: its parties, date and flags; null (with the reason traced) when it gives no event. */
    const codeAct = (trigger: Trigger, others: readonly { start: number; end: number }[]): Event | null => {
      const site: RoleSite = { view, trigger, triggers, dyad, previous }
      const src = firstFound(sourceRules, site, new Set())
      let sources = src?.parties ?? []
      // An organ of a state named alone ("the Ministry of Foreign Affairs") acts for the state in focus.
      if (sources[0]?.mention?.stateBody)
        sources = previous?.code ? [stateParty(previous.code), ...sources.slice(1)] : sources.slice(1)
      if (sources.length === 0 && trigger.id === DATED_ACT) sources = soleState(view)
      const sourceCodes = new Set(sources.map((p) => p.code))
      let targets = src?.others.length ? src.others : []
      let targetRule: RoleRule | null = null
      if (targets.length === 0) {
        const tgt = firstFound(targetRules, site, sourceCodes)
        targets = tgt?.parties ?? []
        targetRule = tgt?.rule ?? null
      }
      let how = `${short(src?.rule, sources.length ? 'sole-state' : 'none')}/${src?.others.length ? 'pair' : short(targetRule, 'none')}`
      // "Egypt, Ethiopia and Sudan resumed negotiations": a joint subject and no object: the first acts towards the rest.
      if (targets.length === 0 && sources.length > 1 && src?.rule.id === 'role/clause-subject') {
        targets = sources.slice(1)
        sources = sources.slice(0, 1)
        how = `${short(src.rule, 'none')}/joint-subject`
      }
      // A person the text does not place, in a document about a pair, acting towards one side, is of the other.
      const fill = (p: Party | undefined, other: Party | undefined): Party | undefined => {
        if (!p || p.code || !dyad || !other?.code || !dyad.includes(other.code)) return p
        const code = dyad[0] === other.code ? dyad[1] : dyad[0]
        return { ...p, actor: { ...(p.actor as { person: string }), country: code }, code }
      }
      sources = sources.map((p, i) => (i === 0 ? (fill(p, targets[0]) as Party) : p))
      targets = targets.map((p, i) => (i === 0 ? (fill(p, sources[0]) as Party) : p))
      const source = sources[0]
      if (!source?.code) {
        note(trigger, 'no-source', undefined, how)
        return null
      }
      targets = targets.filter((p) => p.code && p.code !== source.code)
      // In a document about a pair, an act of one side with no other party named is towards the other side, unless
      // the sentence names a third state (the act may be towards it). A dated act of one side stays its own.
      if (targets.length === 0 && dyad && dyad.includes(source.code) && trigger.id !== DATED_ACT) {
        const third = view.mentions.some((m) => {
          const c = codeOf(m.mention.actor)
          return c && 'country' in m.mention.actor && !dyad.includes(c)
        })
        if (!third) {
          targets = [stateParty(dyad[0] === source.code ? dyad[1] : dyad[0])]
          how += '+pair'
        }
      }
      const start = (view.tokens[trigger.first] as Token).start
      const end = (view.tokens[trigger.last] as Token).end
      const quoted = insideQuote(s.text, start - s.span.start)
      // A date used to name another thing ("the 2011 disaster") dates that thing, not this act.
      const ownTimes = sTimes.filter((t) => !t.modifies || (t.modifies.start <= start && end <= t.modifies.end))
      const entry = TIMELINE_ENTRY.exec(s.text)
      const entryTime = entry
        ? ownTimes.find((t) => t.date && t.span.start - s.span.start <= entry[0].length)
        : undefined
      const picked = entryTime?.date
        ? { date: entryTime.date, expression: entryTime }
        : dateFor(text, ownTimes, start, end, others)
      let date: EventDate | null = null
      let dateRule = 'none'
      if (picked && picked !== 'unresolved') {
        date = picked.date
        dateRule = picked.expression.rule
      } else if (
        picked === null &&
        !quoted &&
        trigger.id !== DATED_ACT &&
        lastDated &&
        sentenceIndex - lastDated.sentence <= 2 &&
        !headingBetween(text, lastDated.end, s.span.start) &&
        PAST.test(s.text) &&
        !PRESENT_PERFECT.test(s.text)
      ) {
        date = { ...lastDated.date, basis: 'context' }
        dateRule = 'date/paragraph-context'
      }
      // A dated act is only what its own clause dates.
      if (trigger.id === DATED_ACT && !date) return null
      const confidence = confidenceOf({
        trigger: trigger.id,
        target: targets.length === 0 ? 'none' : how.endsWith('+pair') ? 'pair' : 'own',
        date: !date ? 'none' : date.basis === 'context' ? 'context' : 'own',
      })
      if (confidence < MIN_CONFIDENCE) {
        note(trigger, 'weak', undefined, how)
        return null
      }
      const aux = before(view, trigger)
      // What a crowd storms, burns or attacks is a protest (PLOVER codes riots and demonstrations as PROTEST).
      const crowd = familyOf(trigger.type) === 'material_conflict' && crowdSubject(site) !== null
      return {
        type: crowd ? 'PROTEST' : trigger.type,
        source: source.actor,
        target: targets[0]?.actor ?? null,
        coSources: sources.slice(1).map((p) => p.actor),
        coTargets: targets.slice(1).map((p) => p.actor),
        date,
        flags: {
          negated: false,
          hedged: HEDGE.test(s.text),
          future:
            aux.some((t) => FUTURE_WORDS.test(t.lower) || (t.lower === 'would' && !quoted)) ||
            /\b(?:upcoming|next (?:week|month|year)|is planned|are planned|is scheduled|are scheduled)\b/i.test(s.text),
        },
        dyadRelevant: false,
        evidence: s.span,
        rule: `event/${trigger.id}${crowd ? '+crowd' : ''} ${how} ${dateRule}` as RuleId,
        confidence,
      }
    }
    /** Adds an event to the sentence's, merging one of the same family, source and date; null when it was not added. */
    const keep = (trigger: Trigger, event: Event): boolean => {
      // One event per family, source and date in a sentence: further targets join as co-targets.
      const same = sentenceEvents.findIndex(
        (e) =>
          familyOf(e.type) === familyOf(event.type) &&
          actorCode(e.source) === actorCode(event.source) &&
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
        note(trigger, 'merged', event)
        return false
      }
      // Habitual or long-standing conduct ("has consistently supported", "have long accused") is not a dated act.
      if (!event.date && HABITUAL.test(s.text)) {
        note(trigger, 'habitual', event)
        return false
      }
      // A restatement of an act of the sentence before ("The visit was the first …") adds nothing.
      if (
        previousEvents.some(
          (p) =>
            p.type === event.type &&
            actorCode(p.source) === actorCode(event.source) &&
            (p.target && event.target ? actorCode(p.target) === actorCode(event.target) : true) &&
            (!event.date || (p.date?.value === event.date.value && event.date.basis === 'context')),
        )
      ) {
        note(trigger, 'restated', event)
        return false
      }
      note(trigger, 'event', event)
      sentenceEvents.push(event)
      return true
    }
    const settled = new Set<number>()
    for (const [ti, trigger] of triggers.entries()) {
      if (coveredNoun(view, trigger, triggers)) {
        note(trigger, 'merged')
        settled.add(trigger.head)
        continue
      }
      if (before(view, trigger).some((t) => NEGATION.test(t.lower))) {
        note(trigger, 'negated')
        settled.add(trigger.head)
        continue
      }
      if (notAsserted(view, trigger, triggers)) {
        note(trigger, 'not-asserted')
        settled.add(trigger.head)
        continue
      }
      const event = codeAct(
        trigger,
        charSpans.filter((_, k) => k !== ti),
      )
      if (event) {
        settled.add(trigger.head)
        keep(trigger, event)
      }
    }
    // A dated act the lexicons do not name ("the synagogue opened in 2004", "Turkey declared its formation in 1923"):
    // a past-tense verb with a date of its own clause and an actor gives one OTHER event, unless an event of the
    // sentence already has that date.
    for (const act of HEDGE.test(s.text) ? [] : datedActs(view, settled)) {
      const event = codeAct(act, charSpans)
      if (!event?.date || sentenceEvents.some((e) => e.date?.value === event.date?.value)) continue
      if (keep(act, event)) break
    }
    for (const e of sentenceEvents) events.push(withRelevance(e, dyad))
    previousEvents = sentenceEvents
    const firstSubject = sentenceEvents[0]?.source
    if (firstSubject) previous = { actor: firstSubject, code: actorCode(firstSubject), mention: null }
    else {
      const firstActor = sMentions.find((m) => !m.place && codeOf(m.actor))
      if (firstActor) previous = party(firstActor)
    }
    // The context a next sentence inherits: the date of this sentence's first dated act, else its first date.
    const firstDated = sentenceEvents.find((e) => e.date && e.date.basis !== 'context')?.date
    const dated = firstDated ?? sTimes.find((t) => t.date)?.date
    if (dated) lastDated = { sentence: sentenceIndex, end: s.span.end, date: dated }
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
