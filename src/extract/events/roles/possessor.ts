import type { Token } from '../../../text/tokens.js'
import { phraseEndingAt } from '../sentence.js'
import { partiesOf } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** The state named inside the phrase an act noun heads: "Japan's occupation of Korea", "Turkish air strikes". */
export const possessor: RoleRule = {
  id: 'role/possessor',
  side: 'source',
  note: 'a possessor or adjective before an act noun is its doer',
  examples: [
    { text: "Iraq's invasion of Kuwait began in August 1990.", type: 'COERCE', source: 'IRQ', target: 'KWT' },
    { text: 'Saudi air strikes on Yemen continued in March.', type: 'ASSAULT', source: 'SAU', target: 'YEM' },
  ],
  find(site) {
    const { view, trigger } = site
    if (trigger.kind !== 'noun') return null
    const phrase = phraseEndingAt(view, trigger.first - 1)
    if (!phrase || phrase.last !== trigger.first - 1) return null
    const parties = partiesOf(phrase.actors)
    // "the Rwandan ambassador's expulsion" names the expelled side, not the doer: only for acts done by states.
    const before = view.tokens[phrase.first - 1] as Token | undefined
    if (before && before.lower === 'of') return null
    return parties.length > 0 ? { parties: parties.slice(0, 1) } : null
  },
}
