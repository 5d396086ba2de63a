import { familyOf } from '../../../core/plover.js'
import type { Token } from '../../../text/tokens.js'
import { isPassive } from '../triggers.js'
import { subjectOf } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** Prepositions that tie an act of force to the harm it did: "killed in Russian strikes", "wounded during shelling". */
const CAUSE = /^(?:in|during|by|under|amid)$/

/**
 * The passive verb an act of force is the cause of ("were killed in Israeli shelling"): the verb right before the
 * preposition that introduces the act's phrase; -1 when there is none.
 */
function harmedBy(tokens: readonly Token[], first: number): number {
  let prep = first - 1
  // Over the act's modifiers ("in a Russian air strike", "during Israeli shelling").
  while (prep >= 0 && /^(?:DET|ADJ|PROPN|NUM|NOUN)$/.test((tokens[prep] as Token).pos) && prep > first - 5) prep--
  if (!CAUSE.test(tokens[prep]?.lower ?? '')) return -1
  const verb = prep - 1
  return tokens[verb]?.pos === 'VERB' && isPassive(tokens, verb) ? verb : -1
}

/** The subject of a passive verb is what was acted on: "Colombia's ambassador was expelled" → Colombia. */
export const passiveSubject: RoleRule = {
  id: 'role/passive-subject',
  side: 'target',
  note: 'the subject of a passive verb is its target; so are those harmed by an act of force ("were killed in … strikes")',
  examples: [
    { text: 'Colombian diplomats were expelled by Nicaragua in May.', type: 'SANCTION', source: 'NIC', target: 'COL' },
    {
      text: 'Two Georgian shepherds were killed in Armenian shelling near the border.',
      type: 'ASSAULT',
      source: 'ARM',
      target: 'GEO',
    },
  ],
  find(site) {
    const { trigger, view } = site
    if (trigger.passive && trigger.kind === 'verb') {
      const s = subjectOf(site, trigger.first)
      return s ? { parties: s.parties } : null
    }
    if (trigger.passive || familyOf(trigger.type) !== 'material_conflict') return null
    const verb = harmedBy(view.tokens, trigger.first)
    if (verb < 0) return null
    const s = subjectOf(site, verb)
    return s ? { parties: s.parties, detail: 'harmed' } : null
  },
}
