import type { LineRule } from '../rule.js'
import { linesWhere } from '../rule.js'

// After the caption's last sentence, the credit: capitalised names joined by slashes ("Jane Doe/Pool via REUTERS",
// "REUTERS/John Smith", "Getty Images/AFP"), or a name handed on "via" an agency written in capitals.
const CREDIT_TAIL =
  /[.!?]["”’]?\s+(?:[\p{Lu}][\p{L}'.-]*\s+){0,3}(?:[\p{Lu}][\p{L}'.-]*\s*\/\s*[\p{Lu}][\p{L}'.-]*(?:\s+[\p{Lu}][\p{L}'.-]*){0,2}(?:\s*\/\s*[\p{Lu}][\p{L}'.-]*)*(?:\s+via\s+\p{Lu}[\p{L}]*)?|via\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,})?)$/u

/** Drops photo captions that end in a photographer's or agency's credit, the shape agencies give their captions. */
export const captionCredit: LineRule = {
  kind: 'line',
  id: 'clean/caption-credit',
  examples: [
    {
      text: 'Peru’s President and Chile’s President shake hands in Lima, Peru March 3, 2021. Jane Doe/Pool via REUTERS\nThe two presidents met in Lima on Wednesday.',
      expect: 'The two presidents met in Lima on Wednesday.',
    },
    {
      text: 'Soldiers patrol the border near Tumbes, Peru. REUTERS/John Smith\nThe two presidents met in Lima on Wednesday.',
      expect: 'The two presidents met in Lima on Wednesday.',
    },
    {
      text: 'The goods will travel via Arica. The ministers said the 24/7 hotline would open in March.\nTalks on the Lima/Callao port continue. Via Chile',
      expect:
        'The goods will travel via Arica. The ministers said the 24/7 hotline would open in March.\nTalks on the Lima/Callao port continue. Via Chile',
    },
  ],
  find(context) {
    return linesWhere(context, (l) => CREDIT_TAIL.test(l.text))
  },
}
