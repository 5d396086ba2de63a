import type { LineRule } from '../rule.js'
import { liveLines } from '../rule.js'

const MIN_LENGTH = 40

/** Drops a standfirst that repeats the opening of a later paragraph word for word (the body already says it). */
export const duplicateStandfirst: LineRule = {
  kind: 'line',
  id: 'clean/duplicate-standfirst',
  examples: [
    {
      text: 'The talks follow an agreement reached last month between the two leaders\n\nNegotiations resumed.\n\nThe talks follow an agreement reached last month between the two leaders, signaling progress.',
      expect:
        'Negotiations resumed.\n\nThe talks follow an agreement reached last month between the two leaders, signaling progress.',
    },
  ],
  find(context) {
    const live = liveLines(context)
    return live
      .filter((l, i) => l.text.length >= MIN_LENGTH && live.slice(i + 1).some((n) => n.text.startsWith(l.text)))
      .map((l) => l.index)
  },
}
