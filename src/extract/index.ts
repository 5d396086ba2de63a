import type { Entities, Event, Fact, Mention, PartialDate, QuantityMention } from '../core/types.js'
import { findActors } from './actors.js'
import { findTimeExpressions } from './dates/index.js'
import { inferDyad } from './dyad.js'
import { findEntities } from './entities.js'
import { findEvents, type TriggerTrace } from './events/find-events.js'
import { readNumbers } from './facts/index.js'
import { quantitiesOf } from './quantities.js'
import { splitSentences } from './segment.js'

/** What extraction reads: the clean text, its title and its publication date (the anchor of relative dates). */
export interface ExtractionInput {
  readonly text: string
  readonly title: string | null
  readonly publicationDate: PartialDate | null
  /** ISO 639-1 code of the text; events and facts are read from English (or undetermined) text only. */
  readonly language?: string
}

/** What extraction finds in a clean text. */
export interface Extracted {
  readonly dyad: readonly [string, string] | null
  readonly mentions: readonly Mention[]
  /** The numbers the fact readers read, facts or not (English text only). */
  readonly quantities: readonly QuantityMention[]
  readonly events: readonly Event[]
  readonly facts: readonly Fact[]
  readonly entities: Entities
}

/** Runs every extraction stage on a clean text: sentences, actors, dates, the main pair, events, facts, entities. */
export function extract(input: ExtractionInput, trace?: TriggerTrace[]): Extracted {
  const { text } = input
  const sentences = splitSentences(text)
  const { mentions: actors, people, organizations } = findActors(text, input.publicationDate?.value ?? null)
  const times = findTimeExpressions(text, sentences, input.publicationDate)
  const dyad = inferDyad(text, actors, input.title)
  // The trigger, date and quantity rules are English: other languages get mentions and entities, not guesses.
  const english = !input.language || input.language === 'en' || input.language === 'und'
  const events = english
    ? findEvents(
        { text, sentences, mentions: actors, times, dyad, title: input.title, publicationDate: input.publicationDate },
        trace,
      )
    : []
  const numbers = english ? readNumbers({ text, sentences, times, mentions: actors, dyad }) : null
  const facts = numbers?.facts ?? []
  const quantities = numbers ? quantitiesOf(text, numbers.findings) : []
  const mentions: Mention[] = [
    ...actors.map(
      (m): Mention => ({ kind: 'actor', actor: m.actor, text: m.text, span: m.span, rule: m.rule, confidence: 0.8 }),
    ),
    ...times.flatMap((t): Mention[] =>
      t.date ? [{ kind: 'time', date: t.date, text: t.text, span: t.span, rule: t.rule, confidence: 0.8 }] : [],
    ),
  ].sort((a, b) => a.span.start - b.span.start)
  const found = findEntities(text, actors, people, organizations)
  return { dyad, mentions, quantities, events, facts, entities: withEventCountries(found, events) }
}

/** A person the text names without a country takes the one their acts were coded with ("the state last acting"). */
function withEventCountries(entities: Entities, events: readonly Event[]): Entities {
  const byName = new Map<string, string>()
  for (const e of events)
    for (const a of [e.source, e.target])
      if (a && 'person' in a && a.country && !byName.has(a.person)) byName.set(a.person, a.country)
  return {
    ...entities,
    people: entities.people.map((p) => (p.country ? p : { ...p, country: byName.get(p.name) ?? null })),
  }
}

export type { TriggerTrace } from './events/find-events.js'
