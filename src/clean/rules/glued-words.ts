import type { InlineRule } from '../rule.js'

// A lowercase function word glued to a capitalised word: the space went with a stripped link ("andIsrael", "ofthe").
const GLUED = /\b(and|or|of|the|with|from|to|in|on|for|by|at|between)(\p{Lu}\p{Ll}{2,})/gu

/** Puts back the space between a function word and the capitalised word glued to it ("andIsrael" → "and Israel"). */
export const gluedWords: InlineRule = {
  kind: 'inline',
  id: 'clean/glued-words',
  examples: [
    { text: 'relations between Kazakhstan andIsrael grew.', expect: 'relations between Kazakhstan and Israel grew.' },
    {
      text: 'Toronto and Ontario, iPhone, McDonald, DeAndre, Orlando',
      expect: 'Toronto and Ontario, iPhone, McDonald, DeAndre, Orlando',
    },
  ],
  edits(line) {
    return [...line.text.matchAll(GLUED)].map((m) => {
      const at = m.index + (m[1] as string).length
      return { start: at, end: at, insert: ' ' }
    })
  },
}
