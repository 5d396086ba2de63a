import { isProse } from '../../text/lines.js'
import type { LineRule } from '../rule.js'
import { liveLines } from '../rule.js'

const MIN_REPEATS = 3

/** Drops short non-prose lines that occur three or more times: tickers, carousels and menus flattened into the text. */
export const repeatedLine: LineRule = {
  kind: 'line',
  id: 'clean/repeated-line',
  examples: [
    {
      text: 'Markets | Live\nMarkets | Live\nMarkets | Live\nThe talks resumed on Monday.',
      expect: 'The talks resumed on Monday.',
    },
    {
      text: 'Key points\nThe talks resumed.\nKey points\nNo deal.',
      expect: 'Key points\nThe talks resumed.\nKey points\nNo deal.',
    },
  ],
  find(context) {
    const live = liveLines(context)
    const counts = new Map<string, number>()
    for (const l of live) counts.set(l.text, (counts.get(l.text) ?? 0) + 1)
    return live.filter((l) => (counts.get(l.text) ?? 0) >= MIN_REPEATS && !isProse(l.text)).map((l) => l.index)
  },
}
