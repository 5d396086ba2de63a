import { prepositionalObject } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** "a visit by Mexico's president", "the visit of Uruguay's president to Paraguay": the doer after "by" or "of". */
export const sourcePreposition: RoleRule = {
  id: 'role/source-preposition',
  side: 'source',
  note: 'an act noun names its doer after "by" (or "of", for visits and withdrawals)',
  examples: [
    {
      text: "A visit by Ghana's president to Nigeria was announced in Accra.",
      type: 'VISIT',
      source: 'GHA',
      target: 'NGA',
    },
  ],
  find(site) {
    const { trigger } = site
    if (trigger.kind !== 'noun' || trigger.sourcePreps.length === 0) return null
    // "attacks carried out by Tehran", "a visit paid by": a participle between the noun and its agent.
    let from = trigger.last + 1
    while (site.view.tokens[from]?.pos === 'VERB' && /(?:ed|en)$/.test(site.view.tokens[from]?.lower ?? '')) from++
    while (site.view.tokens[from]?.pos === 'ADP' && site.view.tokens[from]?.lower === 'out') from++
    const found = prepositionalObject(site, from, trigger.sourcePreps)
    if (!found || found.phrase.first > trigger.last + 8) return null
    return { parties: found.parties.slice(0, 1) }
  },
}
