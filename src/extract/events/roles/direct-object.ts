import type { Token } from '../../../text/tokens.js'
import { objectEnd } from '../triggers.js'
import { pairOf, partiesOf, phraseAfter } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** The object right after an active verb: "recalled its ambassador to Somalia" has none, "urged Iran to" has Iran. */
export const directObject: RoleRule = {
  id: 'role/direct-object',
  side: 'target',
  note: 'the noun phrase right after an active verb, when it names a state, a people or an organ of a state',
  examples: [
    { text: 'Bolivia accused Chile of spying on Tuesday.', type: 'ACCUSE', source: 'BOL', target: 'CHL' },
    { text: 'Sri Lanka expelled the Norwegian diplomat.', type: 'SANCTION', source: 'LKA', target: 'NOR' },
    // A possessor owns the object; a name between it and the noun is the object's topic.
    { text: 'Ghana backed Tinubu’s Niger Delta peace plan.', type: 'SUPPORT', source: 'GHA', target: 'NGA' },
    // A list of adjectives before the name, commas and all.
    {
      text: 'Japan welcomed a stable, prosperous and democratic Myanmar.',
      type: 'SUPPORT',
      source: 'JPN',
      target: 'MMR',
    },
  ],
  find(site) {
    const { view, trigger } = site
    if (trigger.kind !== 'verb' || trigger.passive) return null
    const from = trigger.last + 1
    const first = view.tokens[from] as Token | undefined
    if (!first || first.pos === 'ADP' || first.pos === 'PUNCT') return null
    const end = objectEnd(view.tokens, from)
    const phrase = phraseAfter(view, from, end)
    if (!phrase || phrase.first > from + 2) return null
    const pair = pairOf(view, phrase, site.dyad)
    if (pair) return { parties: pair }
    const parties = partiesOf(phrase.actors)
    return parties.length > 0 ? { parties } : null
  },
}
