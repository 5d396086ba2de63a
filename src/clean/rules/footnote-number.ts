import type { InlineRule } from '../rule.js'

// "year1—", "force2—": a footnote number glued to a lowercase word before a dash or comma.
const AFTER_WORD = /(?<=\p{Ll}{3})\d{1,2}(?=[—–,;:])/gu
// "East Asia.3 Nonetheless", "centuries.4": a footnote number right after a sentence's full stop.
const AFTER_STOP = /(?<=\p{L}{3}[.!?]["”’]?)\d{1,2}(?=\s+\p{Lu}|\s*$)/gu

/** Removes footnote numbers glued to words or full stops by flattening superscripts into the text. */
export const footnoteNumber: InlineRule = {
  kind: 'inline',
  id: 'clean/footnote-number',
  examples: [
    { text: 'later in the year1—the first exercise.', expect: 'later in the year—the first exercise.' },
    { text: 'in East Asia.3 Nonetheless, they agree.', expect: 'in East Asia. Nonetheless, they agree.' },
    {
      text: 'The G7, COVID-19, F-35 and 1990s stay; so does version 2.3 and the year 2019.',
      expect: 'The G7, COVID-19, F-35 and 1990s stay; so does version 2.3 and the year 2019.',
    },
  ],
  edits(line) {
    return [...line.text.matchAll(AFTER_WORD), ...line.text.matchAll(AFTER_STOP)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      insert: '',
    }))
  },
}
