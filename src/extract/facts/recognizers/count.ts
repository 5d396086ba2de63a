import { gazetteer } from '../../gazetteer.js'
import { type SentenceRecognizer, sentenceFinding } from '../finding.js'
import { NUM, quantities } from '../lexicon.js'
import { afterNumber, numberPhrasePattern, readNumberPhrase } from '../number-phrase.js'

const FUNCTION_WORD =
  /^(?:of|and|or|in|per|at|to|the|a|an|for|from|with|by|on|as|than|that|which|who|is|are|was|were|has|have|had|does|do|did|plus|minus|times)$/i
/** "three of Kenya's 20 offshore oil blocks": after "of", the noun after the later number is the one counted. */
const LATER_NOUN = new RegExp(
  `^\\s+(?:[\\p{L}’'-]+\\s+){0,2}?(?:${NUM})\\s+((?:[\\p{L}-]+\\s+){0,2}?)(\\p{L}+s)\\b`,
  'u',
)

/** "76 Kazakhstani citizens", "three oil blocks", "80,000 Mexicans", "1.2m tourists": a number of people or things. */
export const count: SentenceRecognizer = {
  id: 'fact/count',
  note: 'A number before a plural noun (a people noun or a demonym makes it people); pairs ("the two countries") are not counts.',
  get pattern() {
    return numberPhrasePattern()
  },
  resume: afterNumber,
  examples: [
    {
      text: 'Approximately 3,000 Nigerian soldiers served in Liberia.',
      expect: { kind: 'count', value: 3000, unit: 'people', qualifier: 'approximately', subject: 'Nigerian soldiers' },
      match: '3,000 Nigerian soldiers',
    },
    {
      text: 'Malaysia delivered four patrol boats to Brunei.',
      expect: { kind: 'count', value: 4, unit: 'patrol boats', subject: 'patrol boats' },
      match: 'four patrol boats',
    },
    {
      text: "Denmark bought two of Norway's 12 offshore wind farms.",
      expect: { kind: 'count', value: 2, unit: 'wind farms' },
      match: 'two',
    },
    {
      text: 'Twenty-six Bolivian miners were rescued in Chile.',
      expect: { kind: 'count', value: 26, unit: 'miners', subject: 'Bolivian miners' },
      match: 'Twenty-six Bolivian miners',
    },
    {
      text: 'Egypt sent one hundred and twenty doctors to Sudan.',
      expect: { kind: 'count', value: 120, unit: 'people' },
      match: 'one hundred and twenty doctors',
    },
    { text: 'Portugal and Mozambique met in Maputo. The two countries signed a treaty.', expect: null },
    { text: 'Jordan and Oman have one embassies each.', expect: null },
  ],
  extract(m, context) {
    const g = m.groups ?? {}
    const phrase = g.words
    // A number phrase ending in a unit is a duration or a measure.
    if (phrase === undefined) return null
    const q = readNumberPhrase(m, context)
    if (!q) return null
    const lex = quantities()
    const sentence = context.sentence
    const words = phrase.split(/\s+/)
    let noun = ''
    let adj = ''
    if (words[0]?.toLowerCase() === 'of') {
      const later = LATER_NOUN.exec(
        sentence.text.slice(m.index + m[0].length - phrase.length + 2, m.index + m[0].length + 60),
      )
      if (!later) return null
      noun = later[2] as string
      adj = (later[1] ?? '').trim()
    } else {
      for (const [i, w] of words.entries()) {
        if (FUNCTION_WORD.test(w)) break
        // "plus", "status", "basis" and "glass" end in s without being plurals.
        if (isPeople(w) || (/^\p{Ll}[\p{L}-]*s$/u.test(w) && !/(?:ss|us|is)$/.test(w))) {
          noun = w
          adj = words.slice(0, i).join(' ')
          break
        }
      }
    }
    if (!noun || lex.notCounted.includes(noun.toLowerCase())) return null
    if (/\bthe\s*$/i.test(q.before) && !/^\d/.test(g.num ?? '')) return null
    if ((g.num ?? '').toLowerCase() === 'one') return null
    const lastAdj = adj.split(/\s+/).pop() ?? ''
    const unit = isPeople(noun) ? 'people' : lastAdj && /^\p{Ll}/u.test(lastAdj) ? `${lastAdj} ${noun}` : noun
    const phraseStart = m.index + m[0].length - phrase.length
    const nounAt = sentence.text.indexOf(noun, phraseStart)
    const end = sentence.span.start + (nounAt >= 0 && words[0] !== 'of' ? nounAt + noun.length : phraseStart - 1)
    return sentenceFinding(context, {
      measure: 'count',
      span: { start: q.span.start, end },
      value: q.value,
      valueMax: q.valueMax,
      unit,
      subject: `${adj} ${noun}`.trim(),
      rule: 'fact/count',
      confidence: 0.6,
    })
  },
}

/** A noun for people: from the lexicon, or a country's people named by its adjective in the plural ("Mexicans"). */
function isPeople(word: string): boolean {
  const nouns = quantities().peopleNouns
  return (
    nouns.includes(word) ||
    nouns.includes(word.toLowerCase()) ||
    (word.endsWith('s') && gazetteer().entries.get(word.slice(0, -1))?.kind === 'demonym')
  )
}
