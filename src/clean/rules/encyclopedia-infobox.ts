import { isProse } from '../../text/lines.js'
import type { LineRule } from '../rule.js'
import { liveLines } from '../rule.js'

const CHROME = /^(?:from wikipedia, the free encyclopedia|jump to navigation(?: jump to search)?)$/iu

/**
 * On an encyclopedia page, drops the flattened infobox between the site chrome and the first paragraph of prose
 * (repeated title, country names, "Diplomatic mission", glued embassy cells), which is page layout, not article text.
 */
export const encyclopediaInfobox: LineRule = {
  kind: 'line',
  id: 'clean/encyclopedia-infobox',
  examples: [
    {
      text: 'Chile–Peru relations\n\nFrom Wikipedia, the free encyclopedia\n\nChile–Peru relations\nChile\n\nPeru\nEmbassy of Chile, LimaEmbassy of Peru, Santiago\n\nChile–Peru relations are the foreign relations between the two countries, which share a long border in the Atacama desert.',
      expect:
        'Chile–Peru relations\n\nFrom Wikipedia, the free encyclopedia\n\nChile–Peru relations are the foreign relations between the two countries, which share a long border in the Atacama desert.',
    },
    {
      text: 'Chile\nPeru\nA paragraph that is long enough to count as the prose of the article in question here.',
      expect: 'Chile\nPeru\nA paragraph that is long enough to count as the prose of the article in question here.',
    },
  ],
  find(context) {
    // The chrome line itself is another rule's business; this rule only needs to know it was there.
    const chrome = context.lines.findIndex((l) => CHROME.test(l.text))
    if (chrome < 0) return []
    const out: number[] = []
    for (const l of liveLines(context)) {
      if (l.index <= chrome) continue
      if (isProse(l.text)) break
      if (!CHROME.test(l.text)) out.push(l.index)
    }
    return out
  },
}
