import type { SentenceRecognizer } from '../finding.js'
import { NUM, scaleGroup } from '../lexicon.js'
import { readWhole } from '../readers.js'

/** A people living abroad or apart, with its origin and where it lives: "the Indian diaspora in the UAE". */
export const GROUP =
  "(?:[A-Z][\\p{L}-]+\\s+)?(?:diaspora|community|communities|population|minority|expatriates|expat\\s+community)(?:\\s+(?:in|of)\\s+(?:the\\s+)?[A-Z][\\p{L}'’-]+(?:\\s+[A-Z][\\p{L}-]+){0,2})?"
const VERB =
  '(?:numbers|numbered|totals|totalled|totaled|(?:is|was|are|were)\\s+(?:estimated|put)\\s+at|stands\\s+at|stood\\s+at|reached|reaches)'
const ABOUT = '(?:about|around|some|nearly|almost|over|more\\s+than|roughly|approximately|an\\s+estimated)'
let pattern: RegExp | undefined

/** "The Indian diaspora in the UAE numbers 3.5 million", "the Armenian community … is estimated at 400,000". */
export const populationVerb: SentenceRecognizer = {
  id: 'fact/population-verb',
  note: 'A diaspora, community or minority, then "numbers", "totals", "is estimated at" and its size.',
  get pattern() {
    pattern ??= new RegExp(
      `(?<holder>${GROUP})\\s+${VERB}\\s+(?:${ABOUT}\\s+)?(?<num>${NUM})(?:\\s?${scaleGroup()}(?![\\p{L}]))?`,
      'gu',
    )
    return pattern
  },
  examples: [
    {
      text: 'The Filipino diaspora in Kuwait numbers about 250,000.',
      expect: { kind: 'population', value: 250_000, unit: 'people', subject: 'Filipino diaspora in Kuwait' },
      match: '250,000',
    },
    {
      text: 'The Lebanese community in Brazil is estimated at 7 million.',
      expect: { kind: 'population', value: 7_000_000, unit: 'people', qualifier: null },
      match: '7 million',
    },
    { text: 'The Peruvian community in Chile numbers in the thousands.', expect: null },
  ],
  extract(m, context) {
    const subject = (m.groups?.holder ?? '').replace(/\s+/g, ' ')
    return readWhole(m, context, { measure: 'population', unit: 'people', rule: 'fact/population', subject })
  },
}
