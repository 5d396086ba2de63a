import { isProse } from '../../text/lines.js'
import type { LineRule } from '../rule.js'
import { linesWhere } from '../rule.js'

const CREDIT_LABEL =
  /^\(?\s*(?:image|photo|picture|pic|photograph|illustration|video|graphic|credit|photo credit|image credit|source|caption)s?\s*(?:credit)?\s*:/iu
const AGENCY_IN_PARENS =
  /\((?:[^()]*\/)?\s*(?:AFP|Reuters|AP|EPA|Getty(?: Images)?|Pool|File|Anadolu|Xinhua|TASS|Shutterstock|Wikimedia(?: Commons)?|Wikicommons)(?:\/[^()]*)?\)/u
const MAP_OR_FLAG =
  /^(?:map (?:indicating|showing) (?:the )?locations? of .+|(?:country )?flag(?: of)? [\p{Lu}][\p{L} .'-]+|coat of arms of .+|location of .+ in .+)$/iu

/** Drops image credits, photo captions with an agency credit, and map or flag alt texts. */
export const imageCredit: LineRule = {
  kind: 'line',
  id: 'clean/image-credit',
  examples: [
    { text: 'Headline\nImage: TCA, Aleksandr Potolitsyn\nBody.', expect: 'Headline\nBody.' },
    { text: '(Photo Credit: Wikicommons)\nBody.', expect: 'Body.' },
    { text: 'Jane Doe (Pool/AFP/File) Traffic on a street in Cairo, Egypt\nBody.', expect: 'Body.' },
    { text: 'Map indicating locations of Chile and Peru\nCountry flag Chile\nBody.', expect: 'Body.' },
    {
      text: 'The source: a leaked memo, said the minister, who spoke to reporters after the meeting in the capital.',
      expect: 'The source: a leaked memo, said the minister, who spoke to reporters after the meeting in the capital.',
    },
  ],
  find(context) {
    return linesWhere(
      context,
      (l) =>
        (CREDIT_LABEL.test(l.text) && l.text.length < 160 && !isProse(l.text)) ||
        (AGENCY_IN_PARENS.test(l.text) && !/[.!?]["”]?$/u.test(l.text)) ||
        (MAP_OR_FLAG.test(l.text) && l.text.length < 120),
    )
  },
}
