import type { FactRefiner } from '../finding.js'
import { sentenceOf } from '../finding.js'

/** What money and percentages are about, when the recognizer gave no subject: the first trade word of the sentence. */
export const subjectFromSentence: FactRefiner = {
  id: 'fact/subject-from-sentence',
  note: 'Money and percentages without a subject take the first of "bilateral trade", "exports", "investment"… in their sentence.',
  refine(found, document) {
    return found.map((f) => {
      if (f.subject !== null || (f.measure !== 'money' && f.measure !== 'percent')) return f
      const m =
        /\b(bilateral trade|trade|exports?|imports?|importation|business|oil purchases|investment|deficit|surplus)\b/i.exec(
          sentenceOf(f, document),
        )
      return { ...f, subject: m ? (m[1] as string).toLowerCase() : null }
    })
  },
}
