/**
 * PLOVER event types as Dyad labels them, grouped into families (the evaluation's "Type families" table): a family is
 * what `dyad pair` counts and what the scorer accepts as a loose type match.
 */
export const PLOVER_FAMILIES = {
  CONSULT: 'consult',
  VISIT: 'consult',
  AGREE: 'agree',
  SUPPORT: 'agree',
  ESTABLISH_RELATIONS: 'agree',
  COOPERATE: 'cooperate',
  AID: 'cooperate',
  RETREAT: 'retreat',
  REQUEST: 'request',
  ACCUSE: 'verbal_conflict',
  REJECT: 'verbal_conflict',
  THREATEN: 'verbal_conflict',
  PROTEST: 'verbal_conflict',
  SANCTION: 'material_conflict',
  MOBILIZE: 'material_conflict',
  COERCE: 'material_conflict',
  ASSAULT: 'material_conflict',
  STATEMENT: 'other',
  OTHER: 'other',
} as const

/** An event type Dyad knows. */
export type EventType = keyof typeof PLOVER_FAMILIES

/** A family of event types. */
export type EventFamily = (typeof PLOVER_FAMILIES)[EventType]

/** The families from cooperation to conflict, in the order profiles list them. */
export const EVENT_FAMILIES: readonly EventFamily[] = [
  'consult',
  'agree',
  'cooperate',
  'retreat',
  'request',
  'verbal_conflict',
  'material_conflict',
  'other',
]

/** Whether a string (any case) is a known event type. */
export function isEventType(type: string): type is EventType {
  return Object.hasOwn(PLOVER_FAMILIES, type.toUpperCase())
}

/** Whether a string is a family name. */
export function isEventFamily(name: string): name is EventFamily {
  return (EVENT_FAMILIES as readonly string[]).includes(name)
}

/** The family of a type (any case), or undefined for a type outside the table. */
export function familyOf(type: string): EventFamily | undefined {
  const t = type.toUpperCase()
  return Object.hasOwn(PLOVER_FAMILIES, t) ? PLOVER_FAMILIES[t as EventType] : undefined
}
