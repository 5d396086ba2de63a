import { z } from 'zod'
import { actorCode } from '../core/actors.js'
import { familyOf } from '../core/plover.js'
import type { ActorRef, Event, EventDate, RuleId, Sentence } from '../core/types.js'
import { loadLexicon } from '../text/lexicon.js'
import type { ActorMention } from './actors.js'
import type { TimeExpression } from './dates/index.js'
import { dateFor, headingBetween, PAST, PRESENT_PERFECT } from './event-dates.js'
import { insideQuote, outsideAllQuotes, type Party, partiesOf, party, VERBAL } from './event-parties.js'

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

/** Hedges, compared case-sensitively so that the month "May" is not the modal "may". */
const HEDGE =
  /\b(?:[Rr]eportedly|[Aa]llegedly|may|might|could|is considering|are considering|is believed|are believed|is said to|claimed|[Aa]pparently|[Pp]ossibly|likely)\b/
const FUTURE =
  /\b(?:will|would|shall|is to|are to|plans? to|planned|planning to|is expected to|are expected to|intends? to|aims? to|is considering|upcoming|next (?:week|month|year)|is planned)\b/i
const NEGATION = /\b(?:not|never|no|neither|nor|failed to|refused to|did not|didn't|won't|without)\s+(?:\w+\s+){0,2}$/i
/** A sentence that opens with a date and a colon or dash: an entry of a timeline ("- 1993: …", "May 1998 – …"). */
const TIMELINE_ENTRY = /^[\s\-–—•*]*(?:\d{1,2}\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s*[:–—]\s/
const HABITUAL =
  /\b(?:has|have)\s+(?:long|consistently|always|repeatedly|often|regularly|traditionally)\b|\bcontinues?\s+to\b|\b(?:has|have)\s+(?:\w+\s+)?for\s+(?:years|decades)\b/i

/**
 * Finds events sentence by sentence: each trigger of the lexicon gives an act of its type; its parties come from the
 * shape of the sentence (`partiesOf`), its date from the nearest time expression of its clause, else the date of a
 * dated sentence just before for a past-tense report (`date/paragraph-context`), else none. Acts of one trigger entry
 * (or one utterance) in a sentence with the same date and parties are one event; headlines, habitual conduct and
 * restatements of the previous sentence give none.
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
    // What is called for or threatened has not happened: "called for talks with India" is a request, not talks.
    const requested = found.filter(
      (f) =>
        f.trigger.type !== 'REQUEST' &&
        found.some(
          (r) =>
            (r.trigger.type === 'REQUEST' ||
              r.trigger.type === 'THREATEN' ||
              // "denied that it had attacked": a denied act is not asserted
              (r.trigger.type === 'REJECT' && /\bden(?:ied|ies|y)\b/i.test(text.slice(r.start, r.end)))) &&
            r.end <= f.start &&
            f.start - r.end < 60 &&
            !/[,;]\s|\.\s/.test(text.slice(r.end, f.start)),
        ),
    )
    for (const r of requested) found.splice(found.indexOf(r), 1)
    // "criticised Argentina's handling of its debt negotiations with the IMF": talks named inside the object of a
    // statement about them are its topic, not a new act.
    const topics = found.filter(
      (f) =>
        /^(?:negotiations|talks|meeting|summit|visit)\b/i.test(text.slice(f.start, f.end)) &&
        found.some(
          (r) =>
            VERBAL.has(r.trigger.type) &&
            r.end <= f.start &&
            !/[;]|,\s+(?:and|but|which|who)\b|\.\s/.test(text.slice(r.end, f.start)),
        ),
    )
    for (const t of topics) found.splice(found.indexOf(t), 1)
    const sentenceEvents: Event[] = []
    for (const f of found) {
      const { trigger } = f
      const { sources, targets, how } = partiesOf({
        text,
        sentence: s,
        start: f.start,
        end: f.end,
        type: trigger.type,
        bilateral: trigger.bilateral,
        actorsAfterFrom: trigger.actorsAfterFrom,
        sentenceMentions: sMentions,
        documentMentions: ctx.mentions,
        sentences: ctx.sentences,
        dyad,
        previousSource,
      })
      const source = sources[0]
      if (!source) continue
      if (!source.code && !('person' in source.actor)) continue
      // A quoted act is dated by its own words; what a speaker says is dated by the report around the quote.
      const quoted = insideQuote(s.text, f.start - s.span.start)
      const ownTimes = how.startsWith('speaker')
        ? sTimes.filter((t) => outsideAllQuotes(s.text, t.span.start - s.span.start))
        : sTimes
      // "- 9 July 2018: X and Y sign …": a timeline entry's leading date dates everything in it.
      const entry = TIMELINE_ENTRY.exec(s.text)
      const entryTime = entry
        ? ownTimes.find((t) => t.date && t.span.start - s.span.start <= entry[0].length)
        : undefined
      const picked = entryTime?.date
        ? { date: entryTime.date, expression: entryTime }
        : dateFor(text, ownTimes, f.start, f.end, found)
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
    const sentenceCountries = new Set(
      actors.flatMap((m) => ('country' in m.actor && m.actor.country && m.via !== 'person' ? [m.actor.country] : [])),
    )
    for (const e of sentenceEvents) events.push(withRelevance(withPairTarget(e, dyad, sentenceCountries), dyad))
    previousEvents = sentenceEvents
    const firstSubject = sentenceEvents[0]?.source
    if (firstSubject) previousSource = { actor: firstSubject, code: actorCode(firstSubject), mention: null }
    else if (actors[0]) previousSource = party(actors[0])
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

/** In a document about a pair, an act of one side with no other party named is taken to be towards the other side. */
function withPairTarget(
  e: Event,
  dyad: readonly [string, string] | null,
  sentenceCountries: ReadonlySet<string>,
): Event {
  const code = actorCode(e.source)
  if (e.target || !dyad || !dyad.includes(code)) return e
  // Not when the sentence names a third country: the act may be towards it ("where Cairo supports forces in Libya").
  if ([...sentenceCountries].some((c) => !dyad.includes(c))) return e
  const other = dyad[0] === code ? dyad[1] : dyad[0]
  const [trigger, how, date] = e.rule.split(' ')
  return { ...e, target: { country: other }, rule: `${trigger} ${how}+pair ${date}` as RuleId }
}

/** Whether two events involve at most two parties between them ("were killed … during Israeli shelling"). */
function samePair(a: Event, b: Event): boolean {
  const codes = [a.source, a.target, b.source, b.target]
    .filter((p): p is ActorRef => p !== null)
    .map((p) => actorCode(p))
  return new Set(codes).size <= 2
}
