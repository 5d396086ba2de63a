import type { Token } from '../../../text/tokens.js'
import { actorsIn, coordinationFrom } from '../sentence.js'
import { partiesOf } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** "talks between Chile and Peru", "clashes between Kyrgyz and Tajik guards": both parties at once. */
export const betweenParties: RoleRule = {
  id: 'role/between',
  side: 'source',
  note: '"between X and Y" after an act names both its parties',
  examples: [
    {
      text: 'Talks between Serbia and Kosovo ended without a deal on Thursday.',
      type: 'CONSULT',
      source: 'SRB',
      target: 'XKX',
    },
  ],
  find(site) {
    const { view, trigger } = site
    const end = Math.min(view.tokens.length, trigger.last + 8)
    // After the act ("talks between …"), or in the subject of a verb ("ties between Chad and Sudan were severed",
    // "relations between Brazil and Angola began"): no other verb between.
    let from = trigger.last + 1
    if (trigger.kind === 'verb') {
      from = trigger.first
      while (from > 0 && trigger.first - from < 12 && (view.tokens[from - 1] as Token).pos !== 'VERB') from--
    }
    for (let i = from; i < end; i++) {
      const t = view.tokens[i] as Token
      if (t.lower !== 'between' && t.lower !== 'among') continue
      let k = i + 1
      while ((view.tokens[k] as Token | undefined)?.pos === 'DET') k++
      const c = coordinationFrom(view, k)
      // "between" makes the gazetteer read a name as a place ("situated between Chile and Peru"): here they act.
      const parties = c ? partiesOf(actorsIn(view, c.first, c.last, true)) : []
      if (parties.length >= 2) return { parties: parties.slice(0, 1), others: parties.slice(1) }
      return null
    }
    return null
  },
}
