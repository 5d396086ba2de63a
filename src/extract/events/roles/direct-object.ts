import type { Token } from '../../../text/tokens.js'
import { actorsIn, type Party, type SentenceView } from '../sentence.js'
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
    // A place the text names without its state, and an appositive that gives it.
    {
      text: 'Ecuadorian troops occupied the Cenepa headwaters, or Tiwinza area, a disputed territory of Peru, in 1995.',
      type: 'COERCE',
      source: 'ECU',
      target: 'PER',
    },
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
    if (parties.length > 0) return { parties }
    const owner = territoryOwner(view, phrase.last + 1)
    return owner ? { parties: owner, detail: 'territory' } : null
  },
}

/** Nouns of land a state owns: "a territory of Azerbaijan", "part of Georgia", "Syrian soil". */
const LAND = /^(?:territory|land|soil|region|province|part|island|waters|enclave|exclave|district|area)$/

/**
 * The state that owns a place named without one, from an appositive after it: "occupied the Upper Karabakh, …, an
 * internationally recognized territory of Azerbaijan" → Azerbaijan. Up to two appositives are read.
 */
function territoryOwner(view: SentenceView, at: number): Party[] | null {
  let k = at
  for (let n = 0; n < 2 && view.tokens[k]?.text === ','; n++) {
    const end = objectEnd(view.tokens, k + 1)
    const stop = view.tokens.findIndex((t, i) => i > k && i < end && t.text === ',')
    const last = stop < 0 ? end : stop
    const words = view.tokens.slice(k + 1, last)
    if (words.some((t) => LAND.test(t.lemma))) {
      const owners = partiesOf(actorsIn(view, k + 1, last - 1, true))
      if (owners.length > 0) return owners.slice(0, 1)
    }
    k = last
  }
  return null
}
