import type { Token } from '../../../text/tokens.js'
import { prepositionalObject, subjectOf } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** The agent of a passive verb: "was expelled by Kenya", "were killed by Pakistani troops". */
export const passiveAgent: RoleRule = {
  id: 'role/passive-agent',
  side: 'source',
  note: 'a passive verb names its doer after "by"',
  examples: [
    { text: 'The Libyan ambassador was expelled by Malta on Monday.', type: 'SANCTION', source: 'MLT', target: 'LBY' },
    {
      text: 'Two Indonesian fishermen were detained by Malaysia on Tuesday.',
      type: 'COERCE',
      source: 'MYS',
      target: 'IDN',
    },
  ],
  find(site) {
    if (!site.trigger.passive) return null
    // The agent may follow a noun of the act ("were killed in shelling and firing by Pakistani troops").
    const by = prepositionalObject(site, site.trigger.last + 1, ['by'], 14)
    return by ? { parties: by.parties } : null
  },
}

/** Verbs that announce what their subject's side does: "announced the ambassador would be recalled". */
const ANNOUNCING = /^(?:announce|say|declare|state|confirm|tell|decide|order|report)$/

/** An agentless passive reported by a speaker is the speaker's act: "Lima announced the envoy would be recalled". */
export const announcedPassive: RoleRule = {
  id: 'role/announced-passive',
  side: 'source',
  note: 'a passive with no agent, in what a state announces, is that state\u2019s act',
  examples: [
    {
      text: 'Ecuador announced on Friday that the Mexican ambassador would be expelled.',
      type: 'SANCTION',
      source: 'ECU',
      target: 'MEX',
    },
  ],
  find(site) {
    const { view, trigger } = site
    if (!trigger.passive || trigger.kind !== 'verb') return null
    for (let i = trigger.first - 1; i >= 0; i--) {
      const t = view.tokens[i] as Token
      if (t.pos !== 'VERB') continue
      if (!ANNOUNCING.test(t.lemma)) return null
      const s = subjectOf(site, i)
      return s ? { parties: s.parties.slice(0, 1), detail: s.how } : null
    }
    return null
  },
}
