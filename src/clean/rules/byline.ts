import { isPersonName } from '../../text/person-name.js'
import type { LineRule } from '../rule.js'
import { liveLines } from '../rule.js'

const BY = /^by\b\s*(.*)$/iu
const ROLE =
  /^(?:(?:staff |senior |chief |special |foreign )?(?:reporter|writer|correspondent|editor|journalist|contributor|columnist|analyst)s?)(?:\s*[-–—,|:]\s*.{1,80})?$/iu

/**
 * Drops bylines: "By Jane Doe", "By Jane Doe and John Roe | May 1, 2014", an empty "By and May 1, 2014",
 * and a name line followed by a role line ("Jane Doe" / "Reporter - Agency"). The metadata stage reads authors from them.
 */
export const byline: LineRule = {
  kind: 'line',
  id: 'clean/byline',
  examples: [
    { text: 'Headline\n\nBy and May 1, 2014\n\nBody.', expect: 'Headline\n\nBody.' },
    { text: 'Jane Doe\nReporter - Agencia Brasil\nBrasilia – The talks began.', expect: 'Brasilia – The talks began.' },
    {
      text: 'By the end of the year, the two countries had signed three agreements on trade and energy cooperation.',
      expect: 'By the end of the year, the two countries had signed three agreements on trade and energy cooperation.',
    },
  ],
  find(context) {
    const live = liveLines(context)
    const out: number[] = []
    live.forEach((l, i) => {
      if (BY.test(l.text) && isBylineText(l.text)) out.push(l.index)
      const next = live[i + 1]
      if (next && isPersonName(l.text) && ROLE.test(next.text)) out.push(l.index, next.index)
    })
    return out
  },
}

/** True for a "By …" line that is a byline rather than a sentence starting with "By". */
export function isBylineText(line: string): boolean {
  const m = BY.exec(line.trim())
  if (!m || line.length > 160) return false
  const rest = (m[1] as string).replace(/[|,–—-]\s*.*\d{4}.*$/u, '').replace(/\band\b/g, ',')
  const parts = rest
    .split(/\s*,\s*/u)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/\d/.test(p))
  // An empty byline ("By and May 1, 2014") is still a byline: the author links were stripped.
  return parts.every((p) => isPersonName(p)) && !/[.!?]$/u.test(rest.trim())
}
