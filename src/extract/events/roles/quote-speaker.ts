import { insideQuote } from '../sentence.js'
import { partiesOf } from './arguments.js'
import type { RoleRule } from './role-rule.js'

/** Acts of speech: what a quotation's speaker does. */
const VERBAL = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'REQUEST', 'SUPPORT', 'STATEMENT'])

/** The reporting clause after a quotation: "…,” the ministry said". */
const REPORTED_AFTER =
  /^[”"’]?\s*,?\s*[”"’]?\s*([^.“"”]{0,80}?)\s+(?:said|added|told|stated|announced|declared|warned|insisted|wrote|says)\b/
/** The reporting clause before a quotation: "Dr X replied: “…". */
const REPORTED_BEFORE =
  /([^.“"”]{0,80}?)\s+(?:said|added|told\s+\w+|stated|announced|declared|warned|replied|says)\s*[:,]?\s*[“"]$/

/** Who says a quotation that holds a speech act: the actor of its reporting clause, before or after it. */
export const quoteSpeaker: RoleRule = {
  id: 'role/quote-speaker',
  side: 'source',
  note: 'a speech act inside a quotation is its speaker\u2019s, named in the reporting clause',
  examples: [
    {
      text: '“We condemn this attack on Peru,” the Chilean foreign ministry said.',
      type: 'ACCUSE',
      source: 'CHL',
      target: 'PER',
    },
  ],
  find(site) {
    const { view, trigger } = site
    if (!VERBAL.has(trigger.type)) return null
    const s = view.sentence
    const at = (view.tokens[trigger.head]?.start ?? 0) - s.span.start
    if (!insideQuote(s.text, at)) return null
    const ranges: [number, number][] = []
    const closeAt = Math.max(s.text.lastIndexOf('”'), s.text.lastIndexOf('"'))
    if (closeAt > at) {
      const m = REPORTED_AFTER.exec(s.text.slice(closeAt + 1))
      if (m) ranges.push([closeAt + 1, closeAt + 1 + m[0].length])
    }
    const openAt = Math.max(s.text.lastIndexOf('“', at), s.text.lastIndexOf('"', at))
    if (openAt >= 0) {
      const m = REPORTED_BEFORE.exec(s.text.slice(0, openAt + 1))
      if (m) ranges.push([m.index, openAt])
    }
    for (const [from, to] of ranges) {
      const who = view.mentions
        .filter((p) => p.mention.span.start >= s.span.start + from && p.mention.span.end <= s.span.start + to)
        .map((p) => p.mention)
      const parties = partiesOf(who.filter((m) => !m.place))
      if (parties.length > 0) return { parties: parties.slice(0, 1) }
      if (/\b(?:he|she|it|they)\b/i.test(s.text.slice(from, to)) && site.previous) return { parties: [site.previous] }
    }
    return null
  },
}
