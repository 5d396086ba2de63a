import { subjectOf } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** The subject of a passive verb is what was acted on: "Colombia's ambassador was expelled" → Colombia. */
export const passiveSubject: RoleRule = {
  id: 'role/passive-subject',
  side: 'target',
  note: 'the subject of a passive verb is its target',
  examples: [
    { text: 'Colombian diplomats were expelled by Nicaragua in May.', type: 'SANCTION', source: 'NIC', target: 'COL' },
  ],
  find(site) {
    if (!site.trigger.passive || site.trigger.kind !== 'verb') return null
    const s = subjectOf(site, site.trigger.first)
    return s ? { parties: s.parties } : null
  },
}
