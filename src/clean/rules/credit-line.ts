import type { LineRule } from '../rule.js'
import { linesWhere } from '../rule.js'

const CREDIT_LABEL =
  /^(?:(?:translation|text|photos?|graphics?)\s*:|(?:translated|edited|reported|written|compiled|produced)\s+by\b|(?:editing|reporting|additional reporting|writing)\s+by\b)\s*(.+)$/iu
// The credited names: capitalised words, commas and "and", no sentence.
const CREDITED = /^\p{Lu}[\p{L}.'’-]*(?:(?:\s+|\s*,\s*|\s+and\s+|\s*&\s*)\p{Lu}[\p{L}.'’-]*){0,7}$/u

const AGENCY_DATELINE =
  /^(?:AFP|AP|Reuters|AAP|Xinhua|TASS|Anadolu(?: Agency)?|dpa|EFE|ANSA|Kyodo|Yonhap|PTI|IANS|UPI|Bernama|Antara)\s*[,/–—-]\s*\p{Lu}[\p{Lu} .'-]+$/u

/** Drops translator, editor and reporter credits and bare agency credit lines ("AFP, NAIROBI"). */
export const creditLine: LineRule = {
  kind: 'line',
  id: 'clean/credit-line',
  examples: [
    { text: 'Body.\nTranslation: Jane Doe', expect: 'Body.' },
    {
      text: 'AFP, NAIROBI\n\nKenya on Saturday recalled its ambassador.',
      expect: 'Kenya on Saturday recalled its ambassador.',
    },
    {
      text: 'Translation of the treaty into Spanish took two years, officials said.',
      expect: 'Translation of the treaty into Spanish took two years, officials said.',
    },
  ],
  find(context) {
    return linesWhere(
      context,
      (l) => CREDITED.test(CREDIT_LABEL.exec(l.text)?.[1]?.trim() ?? '') || AGENCY_DATELINE.test(l.text),
    )
  },
}
