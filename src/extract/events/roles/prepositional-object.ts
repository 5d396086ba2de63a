import { prepositionalObject } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** The object of the preposition an act takes: "talks with Peru", "sanctions on Iran", "a visit to Chile". */
export const prepositionalTarget: RoleRule = {
  id: 'role/prepositional-object',
  side: 'target',
  note: 'the object of a preposition the dictionary pattern or the act noun names ("with", "to", "against", "on")',
  examples: [
    { text: 'Argentina held talks with Uruguay on the river.', type: 'CONSULT', source: 'ARG', target: 'URY' },
    { text: 'Canada imposed new sanctions on Belarus.', type: 'SANCTION', source: 'CAN', target: 'BLR' },
  ],
  find(site) {
    const { trigger } = site
    const found = prepositionalObject(site, trigger.last + 1, trigger.targetPreps)
    return found ? { parties: found.parties } : null
  },
}

/** The object of a preposition that the matched dictionary pattern names: "rushed to Kabul", "talked with Peru". */
export const patternPreposition: RoleRule = {
  id: 'role/pattern-preposition',
  side: 'target',
  note: 'a dictionary pattern that names a preposition ("* (WITH)") puts the target after it',
  examples: [{ text: "Chile's president rushed to Peru on Monday.", type: 'VISIT', source: 'CHL', target: 'PER' }],
  find(site) {
    const { trigger } = site
    if (!trigger.patternPreps) return null
    const found = prepositionalObject(site, trigger.last + 1, trigger.targetPreps)
    return found ? { parties: found.parties } : null
  },
}
