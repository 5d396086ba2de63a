import type { Token } from '../../../text/tokens.js'
import type { Party } from '../sentence.js'
import { subjectOf } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** Acts that are said: an idiom of accusation or threat is the act of whoever says it. */
const SAID = new Set(['ACCUSE', 'THREATEN', 'REJECT', 'SUPPORT', 'STATEMENT'])
/** Verbs that introduce what is said or how something is called. */
const SPEAKING = /^(?:say|call|term|describe|brand|label|warn|state|declare|add|tell|stress|insist|note|consider|deem)$/
/** Verbs of a report that follows what it reports ("…, the ministry said"). */
const REPORTING = /^(?:say|add|state|declare|warn|insist|stress|note|write)$/

/** "Armenia said the shelling would not go unanswered", "called it an unfriendly act": the speaker's act. */
export const phraseSpeaker: RoleRule = {
  id: 'role/phrase-speaker',
  side: 'source',
  note: 'a phrase of accusation or threat is the act of the subject of the verb that says it',
  examples: [
    {
      text: 'Armenia said the shelling by Azerbaijan on Monday would not go unanswered.',
      type: 'THREATEN',
      source: 'ARM',
      target: 'AZE',
    },
    {
      text: 'Estonia considered the expulsion an unfriendly act by Russia on Tuesday.',
      type: 'ACCUSE',
      source: 'EST',
      target: 'RUS',
    },
    {
      text: 'The incursion by Venezuelan troops was a flagrant violation of international law, the Colombian foreign ministry said on Tuesday.',
      type: 'ACCUSE',
      source: 'COL',
      target: 'VEN',
    },
  ],
  find(site) {
    const { view, trigger } = site
    if (trigger.kind !== 'noun' || !SAID.has(trigger.type)) return null
    for (let i = trigger.first - 1; i >= 0; i--) {
      const t = view.tokens[i] as Token
      if (t.pos !== 'VERB' || !SPEAKING.test(t.lemma)) continue
      const s = subjectOf(site, i)
      return s ? { parties: s.parties.slice(0, 1), detail: s.how } : null
    }
    // "…was a breach of its sovereignty, the ministry said": a report that follows the clause it reports, its speaker
    // named after the phrase.
    for (let i = trigger.last + 1; i < view.tokens.length; i++) {
      const t = view.tokens[i] as Token
      if (t.pos !== 'VERB' || !REPORTING.test(t.lemma)) continue
      const s = subjectOf(site, i)
      const after = (p: Party): boolean => (p.mention?.span.start ?? -1) > (view.tokens[trigger.last] as Token).start
      return s?.parties[0] && after(s.parties[0]) ? { parties: s.parties.slice(0, 1), detail: `after:${s.how}` } : null
    }
    return null
  },
}
