import type { Token } from '../../../text/tokens.js'
import { phraseEndingAt } from '../sentence.js'
import { attributive } from '../triggers.js'
import { pairOf, partiesOf } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** Acts of speech, whose target may be what the reported clause is about. */
const SPEECH = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'STATEMENT', 'SUPPORT'])

/** "claimed that the ministry of Peru had …", "warned that Chile would …": the subject of the reported clause. */
export const complementSubject: RoleRule = {
  id: 'role/complement-subject',
  side: 'target',
  note: 'a speech act about a reported clause is aimed at that clause\u2019s subject',
  examples: [
    {
      text: 'Colombia charged on Monday that Venezuelan troops had crossed the border.',
      type: 'ACCUSE',
      source: 'COL',
      target: 'VEN',
    },
    // Adverbs between the reported subject and its verb.
    {
      text: 'Colombia alleged that Venezuelan troops deliberately crossed the border in May 2019.',
      type: 'ACCUSE',
      source: 'COL',
      target: 'VEN',
    },
  ],
  find(site) {
    const { view, trigger } = site
    if (trigger.kind !== 'verb' || !SPEECH.has(trigger.type)) return null
    let k = trigger.last + 1
    if (view.tokens[k]?.lower === 'that') k++
    for (let i = k; i < Math.min(view.tokens.length, k + 12); i++) {
      const t = view.tokens[i] as Token
      if (t.pos === 'PUNCT' && /^[;:.]$/.test(t.text)) return null
      if ((t.pos !== 'VERB' && t.pos !== 'AUX') || attributive(view.tokens, i)) continue
      // "that the ministry knowingly bought …": adverbs stand between the subject and its verb.
      let e = i - 1
      while (e >= k && /^(?:ADV|PART)$/.test((view.tokens[e] as Token).pos)) e--
      const phrase = phraseEndingAt(view, e)
      if (!phrase || phrase.first < k) return null
      const pair = pairOf(view, phrase, site.dyad)
      const parties = pair ?? partiesOf(phrase.actors)
      return parties.length > 0 ? { parties } : null
    }
    return null
  },
}
