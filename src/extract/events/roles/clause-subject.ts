import type { Token } from '../../../text/tokens.js'
import { phraseEndingAt, type SentenceView } from '../sentence.js'
import { subjectOf } from './arguments.js'
import type { RoleRule, RoleSite } from './role-rule.js'

/** Verbs of arriving or travelling: what they are "for" (a visit, talks) is what happens on arrival. */
export const ARRIVING = /^(?:arrive|land|touch|travel|fly|come|go|head|leave|depart|reach)$/

/** Prepositions of the course of an act: "during talks", "at the summit", "on the sidelines of the meeting". */
const DURING = /^(?:during|at|amid|throughout)$/

/** Verbs that carry an act noun without adding an act of their own: "held talks", "launched air strikes". */
const SUPPORT_VERB =
  /^(?:hold|have|conduct|carry|launch|begin|start|resume|continue|stage|make|pay|take|open|announce|order|join|attend|host|organi[sz]e|mount|undertake|end|complete|wrap|impose|deliver|give|provide|send|offer|extend|step|intensify|escalate|reach|sign|conclude|agree|seal|subject|renew|issue|lodge|file|voice|repeat|reiterate|authori[sz]e|approve|dispatch|despatch)$/

/**
 * The verb whose subject is the doer of an act noun: the verb the noun is the object of ("Latvia announced the
 * expulsion of …"), or the main verb after a fronted phrase ("In a phone call with Chile, Argentina's president …").
 * Null when the noun is the topic of another act ("condemned the attack"), or stands alone.
 */
export function governingVerb(site: RoleSite): number {
  const { view, trigger } = site
  const phrase = phraseEndingAt(view, trigger.head)
  const start = phrase ? phrase.first : trigger.first
  const tokens = view.tokens
  let k = start - 1
  // "took part in talks", "agreed on a truce": a preposition between the verb and its object.
  if (tokens[k]?.pos === 'ADP') {
    const prep = k
    // A sentence-initial phrase ("During their visits to Berlin …, Tusk reaffirmed"): its noun belongs to the main
    // clause, whose verb follows the phrase's comma.
    if (!tokens.slice(0, prep).some((t) => t.pos === 'VERB')) {
      const comma = tokens.findIndex((t, i) => i > trigger.last && t.text === ',')
      const from = comma >= 0 ? comma + 1 : trigger.last + 1
      for (let i = from; i < tokens.length; i++) if ((tokens[i] as Token).pos === 'VERB') return i
      return -1
    }
    // "agreed … during talks held on Wednesday": the talks in the course of which a clause's act happened are its
    // subject's.
    if (DURING.test((tokens[prep] as Token).lower) && /^(?:CONSULT|VISIT)$/.test(site.trigger.type)) {
      for (let v = prep - 1; v >= 0; v--) {
        const x = tokens[v] as Token
        if (x.pos === 'VERB' && !/ing$/.test(x.lower) && tokens[v - 1]?.lower !== 'to') return v
      }
      return -1
    }
    // "arrived in Dakar on Monday for a state visit": whoever arrives for a visit or talks makes them.
    if ((tokens[prep] as Token).lower === 'for') {
      const verbs = tokens.slice(0, prep).filter((t) => t.pos === 'VERB')
      const last = verbs[verbs.length - 1]
      if (last && ARRIVING.test(last.lemma)) return last.index
    }
    k = prep - 1
    while (k >= 0 && /^(?:ADV|PART)$/.test((tokens[k] as Token).pos)) k--
  }
  while (k >= 0 && (tokens[k] as Token).pos === 'PART') k--
  const verb = tokens[k]
  if (verb?.pos !== 'VERB') return -1
  // A verb that only speaks of the act ("described the agreement", "condemned the attack") does not make it.
  if (!SUPPORT_VERB.test(verb.lemma)) return -1
  return k
}

/** Whether a view's token at `i` starts the sentence (nothing but quotes and punctuation before it). */
export const atStart = (view: SentenceView, i: number): boolean =>
  view.tokens.slice(0, i).every((t) => t.pos === 'PUNCT')

/** The subject of the trigger's clause: of the verb itself, or of the verb that governs an act noun. */
export const clauseSubject: RoleRule = {
  id: 'role/clause-subject',
  side: 'source',
  note: 'the subject of the clause acts: through time phrases, appositives, relative clauses, coordinated verbs, infinitives',
  examples: [
    { text: 'Kenya on Saturday recalled its ambassador to Somalia.', type: 'SANCTION', source: 'KEN', target: 'SOM' },
    {
      text: "Latvia's foreign ministry, which opened the case, summoned the Russian envoy.",
      type: 'ACCUSE',
      source: 'LVA',
      target: 'RUS',
    },
    { text: 'Oman met Yemeni officials and signed an accord with Yemen.', type: 'AGREE', source: 'OMN', target: 'YEM' },
    { text: 'Mongolia announced the expulsion of a Chinese diplomat.', type: 'SANCTION', source: 'MNG', target: 'CHN' },
    {
      text: 'Bolivian troops guarding Chile’s border fired on the Chilean patrol.',
      type: 'ASSAULT',
      source: 'BOL',
      target: 'CHL',
    },
    {
      text: 'The Malian president arrived in Dakar on Monday for a three-day state visit to Senegal.',
      type: 'VISIT',
      source: 'MLI',
      target: 'SEN',
    },
    { text: 'Egypt, Jordan and Qatar urged Israel to allow aid.', type: 'REQUEST', source: 'EGY', target: 'ISR' },
    // A text issued by a state acts in its name; a possessor before an act noun is the one condemned.
    {
      text: 'The Estonian parliament passed a resolution condemning Russia’s deportations of Ukrainian children.',
      type: 'ACCUSE',
      source: 'EST',
      target: 'RUS',
    },
    {
      text: 'The Kenyan ministry sent a letter urging Uganda to reopen the crossing.',
      type: 'REQUEST',
      source: 'KEN',
      target: 'UGA',
    },
    // Talks in the course of which the clause's act happened are its subject's.
    {
      text: 'Ghana and Togo agreed to reopen the border crossing during talks in Lomé on Friday.',
      type: 'CONSULT',
      source: 'GHA',
      target: 'TGO',
    },
    // A verb that carries the act noun or gerund ("renewed its warning", "subjected … to shelling").
    { text: 'Uruguay renewed its warning to Paraguay.', type: 'THREATEN', source: 'URY', target: 'PRY' },
    {
      text: 'The armed forces of Eritrea subjected Djiboutian positions to heavy shelling.',
      type: 'ASSAULT',
      source: 'ERI',
      target: 'DJI',
    },
    // A participle clause between the subject and its verb.
    {
      text: 'The armed forces of Sudan, committing new provocations, have subjected Chadian villages to shelling.',
      type: 'ASSAULT',
      source: 'SDN',
      target: 'TCD',
    },
    // A date in apposition to a time phrase between subject and verb (the tagger reads "8 sent" as a noun phrase).
    {
      text: 'Malawi on Friday, March 8 sent relief supplies to Mozambique.',
      type: 'AID',
      source: 'MWI',
      target: 'MOZ',
    },
    // A bracketed insert after the subject; a participle coordinated after a gerund with its own subject.
    {
      text: 'The Foreign Ministry of Peru (MRE) condemned Chile on Monday.',
      type: 'ACCUSE',
      source: 'PER',
      target: 'CHL',
    },
    {
      text: 'Norway expelled the attaché, noting the danger of him absconding and accusing Russia of espionage.',
      type: 'ACCUSE',
      source: 'NOR',
      target: 'RUS',
    },
  ],
  find(site) {
    if (site.trigger.passive) return null
    const verb = site.trigger.kind === 'verb' ? site.trigger.first : governingVerb(site)
    if (verb < 0) return null
    const s = subjectOf(site, verb)
    if (!s) return null
    const detail = s.how === 'subject' ? undefined : s.how
    if (s.pair) return { parties: s.parties.slice(0, 1), others: s.parties.slice(1), detail }
    // "condemned Kenya, Tanzania and Rwanda for closing the border": the accused act together, towards the accuser.
    if (s.accuser?.length && s.parties.length > 1) return { parties: s.parties, others: s.accuser, detail }
    return { parties: s.parties, detail }
  },
}
