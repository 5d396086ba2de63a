import type { Entities, OrganizationEntity, PlaceEntity } from '../core/types.js'
import type { ActorMention, PersonRecord } from './actors.js'

/** The countries, people, organisations and places a document names, from its actor mentions. */
export function findEntities(
  _text: string,
  mentions: readonly ActorMention[],
  people: ReadonlyMap<string, PersonRecord>,
): Entities {
  const countries = new Set<string>()
  const organizations = new Map<string, OrganizationEntity>()
  const places = new Map<string, PlaceEntity>()
  for (const m of mentions) {
    if ('country' in m.actor && m.via !== 'person' && m.actor.country) countries.add(m.actor.country)
    if ('org' in m.actor) organizations.set(m.actor.org, { name: m.actor.org, country: null })
    if (m.via === 'capital' && 'country' in m.actor)
      places.set(m.text, { name: m.text, aliases: [], country: m.actor.country ?? null })
  }
  return {
    countries: [...countries],
    people: [...people.values()].map((p) => ({ name: p.name, role: p.role, country: p.country })),
    organizations: [...organizations.values()],
    places: [...places.values()],
  }
}
