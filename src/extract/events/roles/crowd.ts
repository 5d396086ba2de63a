import type { Token } from '../../../text/tokens.js'
import { actorsIn, type Phrase } from '../sentence.js'
import { singular } from '../triggers.js'
import { partiesOf } from './arguments.js'
import { subjectSlot } from './clause.js'
import type { RoleRule, RoleSite } from './role-rule.js'

/** Nouns for crowds: what they storm, burn or attack is a protest (PLOVER: demonstrations and riots). */
const CROWD =
  /^(?:protester|protestor|demonstrator|rioter|student|crowd|mob|activist|youth|villager|resident|supporter|nationalist|worker|people|thousand|hundred|dozen)$/

/** The subject phrase of a verb trigger when its head is a crowd ("Iranian students", "thousands of protesters"). */
export function crowdSubject(site: RoleSite): Phrase | null {
  const { view, trigger } = site
  if (trigger.kind !== 'verb' || trigger.passive) return null
  const slot = subjectSlot(view, trigger.first)
  if (slot?.kind !== 'phrase') return null
  const { first, last } = slot.phrase
  const words = view.tokens.slice(first, last + 1) as Token[]
  if (words.some((t) => CROWD.test(t.lemma) || CROWD.test(singular(t.lower)))) return slot.phrase
  // "Some 150 Muslims", "Thousands of Serbs": a number of people is a crowd …
  const counted =
    words.some((t) => t.pos === 'NUM') || /^(?:some|about|around|nearly|over)$/.test(words[0]?.lower ?? '')
  // … of people named by a group noun ("150 Muslims", "thousands of Serbs"), not of things ("eight planes").
  const head = words[words.length - 1] as Token
  return counted && head.pos === 'PROPN' && head.lower.endsWith('s') ? slot.phrase : null
}

/** A crowd named without its nationality acts for the state where it gathers: "protesters in Khartoum stormed …". */
export const crowdPlace: RoleRule = {
  id: 'role/crowd-place',
  side: 'source',
  note: 'a crowd with no nationality stands for the state where it gathers',
  examples: [
    {
      text: 'Thousands of protesters stormed the Danish embassy in Lebanon on Sunday.',
      type: 'PROTEST',
      source: 'LBN',
      target: 'DNK',
    },
  ],
  find(site) {
    const crowd = crowdSubject(site)
    if (!crowd || crowd.actors.length > 0) return null
    const places = partiesOf(actorsIn(site.view, 0, site.view.tokens.length - 1, true).filter((m) => m.place))
    return places.length > 0 ? { parties: places.slice(-1) } : null
  },
}
