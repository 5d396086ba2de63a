import type { LineRule } from '../rule.js'
import { liveLines } from '../rule.js'

const ALT_SUFFIX = /\s+-\s*\d{1,2}$/u
const MAX_CAPTION = 300

/**
 * Drops an image's alt text, written as an earlier line (the headline) with a numeric suffix ("Headline -0"),
 * and the caption line right after it.
 */
export const imageAltCaption: LineRule = {
  kind: 'line',
  id: 'clean/image-alt-caption',
  examples: [
    {
      text: 'Leaders meet in Hanoi\n\nThe leaders met.\n\nLeaders meet in Hanoi -0\nPresident A and President B.\n\nMore text.',
      expect: 'Leaders meet in Hanoi\n\nThe leaders met.\n\nMore text.',
    },
    { text: 'Score\nScore 3 -1\nThe match ended.', expect: 'Score\nScore 3 -1\nThe match ended.' },
  ],
  find(context) {
    const live = liveLines(context)
    const out: number[] = []
    live.forEach((l, i) => {
      if (!ALT_SUFFIX.test(l.text)) return
      const base = l.text.replace(ALT_SUFFIX, '')
      if (base.split(/\s+/).length < 3 || !live.slice(0, i).some((e) => e.text === base)) return
      out.push(l.index)
      const next = live[i + 1]
      if (next && next.text.length <= MAX_CAPTION && next.source.index === l.source.index + 1) out.push(next.index)
    })
    return out
  },
}
