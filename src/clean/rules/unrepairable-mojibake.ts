import { isUnrepairableMojibake } from '../../text/mojibake.js'
import type { LineRule } from '../rule.js'
import { linesWhere } from '../rule.js'

/** Drops lines of mis-decoded text that the decoder could not repair (bytes were lost): they carry no readable content. */
export const unrepairableMojibake: LineRule = {
  kind: 'line',
  id: 'clean/unrepairable-mojibake',
  examples: [
    { text: 'Body.\nื”ืฉืืจื• ืžืขื•ื“ื›ื ื™ื', expect: 'Body.' },
    { text: 'Қазақстан Республикасы\nİstanbul, Türkiye', expect: 'Қазақстан Республикасы\nİstanbul, Türkiye' },
  ],
  find(context) {
    return linesWhere(context, (l) => isUnrepairableMojibake(l.text))
  },
}
