import { z } from 'zod'
import { loadLexicon } from '../../text/lexicon.js'
import type { LineRule } from '../rule.js'
import { linesWhere } from '../rule.js'

const Widgets = z.object({
  note: z.string(),
  entries: z.array(z.object({ pattern: z.string(), note: z.string() })),
})

let compiled: RegExp | undefined
function widgetPattern(): RegExp {
  compiled ??= new RegExp(
    `^(?:${loadLexicon('furniture/widgets.json', Widgets)
      .entries.map((e) => `(?:${e.pattern})`)
      .join('|')})$`,
    'iu',
  )
  return compiled
}

/** Drops navigation, search, share, accessibility and recommendation widgets listed in `lexicons/furniture/widgets.json`. */
export const navigationWidget: LineRule = {
  kind: 'line',
  id: 'clean/navigation-widget',
  examples: [
    { text: 'Search\nClose this search box.\nTitle of the piece', expect: 'Title of the piece' },
    {
      text: 'Body text.\n\nShare this article:\nAccessibility Toolbar\nSuggested Articles\nSidebar',
      expect: 'Body text.',
    },
    {
      text: 'Jump to navigation Jump to search\nThe search for peace continues.',
      expect: 'The search for peace continues.',
    },
  ],
  find(context) {
    const re = widgetPattern()
    return linesWhere(context, (l) => re.test(l.text))
  },
}
