import type { SentenceRecognizer } from '../finding.js'
import { NUM, scaleGroup } from '../lexicon.js'
import { readWhole } from '../readers.js'

const HOLDER = '(?:nation|country|population|community|diaspora|minority|state|city|people)'
const OF = String.raw`\s+of\s+(?:about\s+|some\s+|around\s+|over\s+|nearly\s+)?`
/** The holder and "of" at the end of the words before a population: "Kazakhstan's Jewish community of". */
const HOLDER_BEFORE = new RegExp(`((?:[\\p{L}’'-]+\\s+){0,2}${HOLDER})${OF}$`, 'iu')
let pattern: RegExp | undefined

/** "a nation of 18 million", "Kazakhstan's Jewish community of 3,300": a population given after its holder and "of". */
export const population: SentenceRecognizer = {
  id: 'fact/population',
  note: 'A number after "nation/country/community… of"; the words before "of" say whose population it is.',
  get pattern() {
    pattern ??= new RegExp(`(?<=\\b${HOLDER}${OF})(?<num>${NUM})(?:\\s+${scaleGroup()}(?![\\p{L}]))?`, 'giu')
    return pattern
  },
  examples: [
    {
      text: 'Portugal, a nation of about 10.3 million, signed the accord with Mozambique.',
      expect: { kind: 'population', value: 10_300_000, unit: 'people', subject: 'nation' },
      match: '10.3 million',
    },
    {
      text: "Malta's Libyan community of 3,000 welcomed the envoy.",
      expect: { kind: 'population', value: 3000, unit: 'people', subject: "Malta's Libyan community" },
      match: '3,000',
    },
    { text: 'A delegation of 12 from Fiji visited Samoa.', expect: null },
  ],
  extract(m, context) {
    const subject = holderOf(context.sentence.text.slice(0, m.index))
    return readWhole(m, context, { measure: 'population', unit: 'people', rule: 'fact/population', subject })
  },
}

/** The noun phrase a population belongs to, from the words just before "of" ("a Muslim nation", "Jewish community"). */
function holderOf(before: string): string | null {
  const m = HOLDER_BEFORE.exec(before)
  return m ? (m[1] as string).replace(/^(?:a|an|the|its|their)\s+/i, '') : null
}
