import { isProse } from '../../text/lines.js'
import type { LineRule } from '../rule.js'
import { liveLines } from '../rule.js'

const TAIL_HEADING =
  /^(?:references?|notes?|footnotes|citations|sources|see also|external links|further reading|bibliography|literature)$/iu
// "1. ^ a b "Title". Publisher. April 13, 2009." or "^ Title" — a reference entry with its back-link caret.
const ENTRY = /^(?:\d{1,3}\.\s*)?\^/u
const SHORT_ITEM = 160

/**
 * Drops an encyclopedia tail: from the first "See also" / "References" / "External links" heading to the end,
 * when what follows is made of references, other tail headings and short list items — never article prose.
 * Also drops stray reference entries ("^ a b …") anywhere.
 */
export const referenceList: LineRule = {
  kind: 'line',
  id: 'clean/reference-list',
  examples: [
    {
      text: 'Body text.\n\nSee also\n\n  1. ^ a b "A title". Reuters. April 13, 2009.\n  2. ^ Retrieved October 27, 2015.\n\nExternal links',
      expect: 'Body text.',
    },
    {
      text: 'Sources\nThe minister said the sources of the dispute go back decades, and that talks would continue next week in Geneva.',
      expect:
        'Sources\nThe minister said the sources of the dispute go back decades, and that talks would continue next week in Geneva.',
    },
  ],
  find(context) {
    const live = liveLines(context)
    const out = live.filter((l) => ENTRY.test(l.text)).map((l) => l.index)
    const start = live.findIndex(
      (l, i) =>
        TAIL_HEADING.test(l.text) &&
        live
          .slice(i + 1)
          .every(
            (n) => ENTRY.test(n.text) || TAIL_HEADING.test(n.text) || (n.text.length < SHORT_ITEM && !isProse(n.text)),
          ),
    )
    if (start >= 0) out.push(...live.slice(start).map((l) => l.index))
    return out
  },
}
