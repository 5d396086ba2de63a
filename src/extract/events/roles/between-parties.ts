import type { Token } from '../../../text/tokens.js'
import { actorsIn, coordinationFrom, type SentenceView } from '../sentence.js'
import { partiesOf } from './arguments.js'
import type { RoleFinding, RoleRule } from './role-rule.js'

/** "talks between Chile and Peru", "clashes between Kyrgyz and Tajik guards": both parties at once. */
export const betweenParties: RoleRule = {
  id: 'role/between',
  side: 'source',
  note: '"between X and Y" after an act names both its parties',
  examples: [
    {
      text: 'Talks between Serbia and Kosovo ended without a deal on Thursday.',
      type: 'CONSULT',
      source: 'SRB',
      target: 'XKX',
    },
    // A hyphenated pair before the act noun: "the Ghana-Togo agreement", "the Peru–Chile border talks".
    {
      text: 'The Ghana-Togo talks on fisheries resumed in May 2016.',
      type: 'CONSULT',
      source: 'GHA',
      target: 'TGO',
    },
  ],
  find(site) {
    const { view, trigger } = site
    if (trigger.kind === 'noun') {
      const pair = hyphenatedPair(view, trigger.first)
      if (pair) return pair
    }
    const end = Math.min(view.tokens.length, trigger.last + 8)
    // After the act ("talks between …"), or in the subject of a verb ("ties between Chad and Sudan were severed",
    // "relations between Brazil and Angola began"): no other verb between.
    let from = trigger.last + 1
    if (trigger.kind === 'verb') {
      from = trigger.first
      while (from > 0 && trigger.first - from < 12 && (view.tokens[from - 1] as Token).pos !== 'VERB') from--
    }
    for (let i = from; i < end; i++) {
      const t = view.tokens[i] as Token
      if (t.lower !== 'between' && t.lower !== 'among') continue
      let k = i + 1
      while ((view.tokens[k] as Token | undefined)?.pos === 'DET') k++
      const c = coordinationFrom(view, k)
      // "between" makes the gazetteer read a name as a place ("situated between Chile and Peru"): here they act.
      const parties = c ? partiesOf(actorsIn(view, c.first, c.last, true)) : []
      if (parties.length >= 2) return { parties: parties.slice(0, 1), others: parties.slice(1) }
      return null
    }
    return null
  },
}

/** "a Ghana-Togo agreement", "the Vietnam–U.S. Comprehensive Partnership": two states joined by a dash, just before. */
function hyphenatedPair(view: SentenceView, nounFirst: number): RoleFinding | null {
  const text = view.sentence.text
  const base = view.sentence.span.start
  const before = view.mentions.filter((m) => m.last < nounFirst && !('org' in m.mention.actor))
  const second = before[before.length - 1]
  const first = before[before.length - 2]
  if (!first || !second) return null
  const joint = text.slice(first.mention.span.end - base, second.mention.span.start - base)
  const gap = text.slice(second.mention.span.end - base, (view.tokens[nounFirst] as Token).start - base)
  if (!/^\s*[-–—/]\s*$/.test(joint) || !/^\s*(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u.test(gap)) return null
  const parties = partiesOf([first.mention, second.mention])
  return parties.length === 2
    ? { parties: parties.slice(0, 1), others: parties.slice(1), detail: 'hyphenated-pair' }
    : null
}
