import type { ActorRef } from './types.js'

/** The name an actor is listed and scored by: ISO3 for a state, else the organisation's or person's name. */
export function actorCode(a: ActorRef): string {
  if ('person' in a) return a.country ?? a.person
  return 'org' in a ? a.org : a.country
}

/** The person's or organisation's name, or null for a state. */
export function actorName(a: ActorRef): string | null {
  return 'person' in a ? a.person : 'org' in a ? a.org : null
}

/** The state an actor stands for: the country itself, or a person's country; organisations have none. */
export function actorState(a: ActorRef): string | null {
  if ('org' in a) return null
  return a.country ?? null
}

/** What kind of actor this is: a state, a person or an organisation. */
export type ActorKind = 'country' | 'person' | 'org'

/** The kind of an actor. */
export function actorKind(a: ActorRef): ActorKind {
  return 'person' in a ? 'person' : 'org' in a ? 'org' : 'country'
}
