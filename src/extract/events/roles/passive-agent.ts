import { prepositionalObject } from './arguments.js'
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
