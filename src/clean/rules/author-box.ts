import { PERSON_NAME } from '../../text/person-name.js'
import type { LineRule } from '../rule.js'
import { liveLines } from '../rule.js'

const MORE_FROM =
  /^(?:view|see|read|browse)?\s*(?:more|all)\s+(?:articles|stories|posts|columns)\s+(?:from|by)\s*\S.*$/iu
const ABOUT = /^about the authors?:?$/iu

/**
 * Drops an author box: "About the author", a name line (often repeated), a biography opening with that name
 * ("Jane Doe is a journalist…") and "View more articles from Jane Doe". The metadata stage reads the author from it.
 */
export const authorBox: LineRule = {
  kind: 'line',
  id: 'clean/author-box',
  examples: [
    {
      text: 'Last paragraph.\n\nJane Doe\n\nJane Doe\n\nJane Doe is a journalist based in Almaty.\n\nView more articles fromJane Doe',
      expect: 'Last paragraph.',
    },
    {
      text: 'Jane Doe\nJane Doe is expected to win the vote, polls say, after a long campaign across the whole country.',
      expect:
        'Jane Doe\nJane Doe is expected to win the vote, polls say, after a long campaign across the whole country.',
    },
  ],
  find(context) {
    const live = liveLines(context)
    const out = new Set<number>()
    live.forEach((l, i) => {
      if (MORE_FROM.test(l.text) || ABOUT.test(l.text)) out.add(l.index)
      const bio = bioName(l.text)
      if (!bio) return
      out.add(l.index)
      // The name lines right above the biography belong to the box.
      for (let j = i - 1; j >= 0 && live[j]?.text === bio; j--) out.add((live[j] as { index: number }).index)
    })
    return out
  },
}

const BIO_ROLE =
  /^(.+?) (?:is|was) (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?:journalist|writer|reporter|correspondent|editor|columnist|analyst|researcher|fellow|scholar|professor|author|contributor|lecturer|economist|freelancer|photographer)\b/u

/** The name a biography sentence is about, when the line is a short author biography. */
export function bioName(line: string): string | null {
  const m = BIO_ROLE.exec(line)
  if (!m || line.length > 600) return null
  const name = m[1] as string
  return PERSON_NAME.test(name) ? name : null
}
