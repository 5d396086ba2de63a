import type { Token } from '../../../text/tokens.js'
import { actorsIn } from '../sentence.js'
import { partiesOf } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** Acts about an embassy: opening, closing, attacking, storming it. */
const EMBASSY = /^(?:embassy|consulate|mission|legation|chancery)$/

/** "opened an embassy in Morocco", "the embassy of Israel in Kazakhstan opened": the host state is the target. */
export const embassyHost: RoleRule = {
  id: 'role/embassy-host',
  side: 'target',
  note: 'an act about an embassy is towards the state it stands in',
  examples: [
    {
      text: 'Paraguay opened an embassy in Morocco in 2021.',
      type: 'ESTABLISH_RELATIONS',
      source: 'PRY',
      target: 'MAR',
    },
  ],
  find(site) {
    const { view, trigger } = site
    // An attack on an embassy is towards the state it belongs to ("stormed the US embassy in London"): the object.
    if (trigger.type !== 'ESTABLISH_RELATIONS' && trigger.type !== 'SANCTION') return null
    for (let i = 0; i < view.tokens.length; i++) {
      if (!EMBASSY.test((view.tokens[i] as Token).lemma)) continue
      for (let j = i + 1; j < Math.min(view.tokens.length, i + 6); j++) {
        const t = view.tokens[j] as Token
        if (t.lower !== 'in') continue
        const parties = partiesOf(actorsIn(view, j + 1, Math.min(view.tokens.length - 1, j + 4), true))
        if (parties.length > 0) return { parties: parties.slice(0, 1) }
      }
    }
    return null
  },
}
