import type { Token } from '../../../text/tokens.js'
import { party, phraseEndingAt } from '../sentence.js'
import { subjectOf } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** Verbs whose subject is what a reaction or a gift is aimed at: it draws, faces or receives them. */
const DRAWING = /^(?:draw|face|meet|receive|attract|earn|win|spark|provoke|trigger|prompt|invite|get)$/

/** "Laos's dam drew objections from Cambodia", "Haiti received aid from Cuba": the subject is the target. */
export const reactionSubject: RoleRule = {
  id: 'role/reaction-subject',
  side: 'target',
  note: 'an act named by a noun that something draws, faces or receives is aimed at the subject of that verb',
  examples: [
    { text: "Laos's new dam drew objections from Cambodia on Monday.", type: 'ACCUSE', source: 'KHM', target: 'LAO' },
    { text: 'Haiti received emergency aid from Cuba in 2010.', type: 'AID', source: 'CUB', target: 'HTI' },
    {
      text: "Laos's plan to build a second dam on the river faced objections from Cambodia.",
      type: 'ACCUSE',
      source: 'KHM',
      target: 'LAO',
    },
  ],
  find(site) {
    const { view, trigger } = site
    if (trigger.kind !== 'noun') return null
    const phrase = phraseEndingAt(view, trigger.head)
    let k = (phrase ? phrase.first : trigger.first) - 1
    while (k >= 0 && k >= trigger.first - 4 && /^(?:ADJ|ADV|DET)$/.test((view.tokens[k] as Token).pos)) k--
    const verb = view.tokens[k]
    if (verb?.pos !== 'VERB' || !DRAWING.test(verb.lemma)) return null
    const s = subjectOf(site, k)
    if (s) return { parties: s.parties.slice(0, 1), detail: s.how }
    // A long subject the clause reader does not cross ("Ethiopia's move to begin the filling in June drew …"): the
    // possessor that opens the sentence.
    const lead = view.mentions[0]
    if (lead && lead.first <= 1 && lead.mention.possessive && lead.last < k && !lead.mention.place)
      return { parties: [party(lead.mention)], detail: 'opening-possessor' }
    return null
  },
}
