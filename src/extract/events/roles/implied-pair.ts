import { stateParty } from '../sentence.js'
import { subjectSlot } from './clause.js'
import type { RoleRule } from './role-rule.js'

/** Acts two states do together: in a document about a pair, with no party named, they are the pair's. */
export const MUTUAL: ReadonlySet<string> = new Set(['ESTABLISH_RELATIONS', 'CONSULT', 'AGREE', 'COOPERATE'])

/** "Diplomatic relations were established in 1905", in a page about a pair: the pair did it. */
export const impliedPair: RoleRule = {
  id: 'role/implied-pair',
  side: 'source',
  note: 'a mutual act with no party named, in a document about a pair, is between the two',
  examples: [
    {
      text: 'Chile–Peru relations\n\nThe intergovernmental consultations held in May 2019 were a high point of Chilean-Peruvian relations.',
      type: 'CONSULT',
      source: 'CHL',
      target: 'PER',
    },
    {
      text: 'Norway–Sweden relations\n\nThe two kingdoms share a long border. Diplomatic relations were established on 26 October 1905.',
      type: 'ESTABLISH_RELATIONS',
      source: 'NOR',
      target: 'SWE',
    },
  ],
  find(site) {
    const { view, trigger, dyad } = site
    if (!dyad || !MUTUAL.has(trigger.type)) return null
    // "The present negotiations", "the discussion": a definite act noun refers back to an act already told.
    if (
      trigger.kind === 'noun' &&
      /^(?:the|this|these|those|its|their|such)$/.test(view.tokens[trigger.first - 1]?.lower ?? '')
    )
      return null
    // A subject the text names but no lexicon knows ("Ildefonso Guajardo is meeting with …"): the act is that one's.
    if (trigger.kind === 'verb' && !trigger.passive) {
      const slot = subjectSlot(view, trigger.first)
      const words = slot?.kind === 'phrase' ? view.tokens.slice(slot.phrase.first, slot.phrase.last + 1) : []
      if (
        slot?.kind === 'phrase' &&
        slot.phrase.actors.length === 0 &&
        words.filter((t) => t.pos === 'PROPN').length >= 2 &&
        words.every((t) => t.pos === 'PROPN' || t.pos === 'DET')
      )
        return null
    }
    // No state named, or only the pair's own ("the intergovernmental consultations … of German-Polish relations").
    const named = view.mentions.filter((m) => !m.mention.place)
    if (named.some((m) => !('country' in m.mention.actor) || !dyad.includes(m.mention.actor.country as string)))
      return null
    return { parties: [stateParty(dyad[0])], others: [stateParty(dyad[1])] }
  },
}
