import type { Span } from '../../../core/types.js'
import type { RuleExample } from '../../recognizer.js'
import { MONTH } from '../patterns.js'
import type { DateFinding, DateRefiner } from '../time-expression.js'

/** Words that end a noun phrase: prepositions, conjunctions, determiners, pronouns, auxiliaries and common past verbs. */
const NOT_A_NOUN = new Set(
  (
    'of in on at by for from to with without into onto over under after before since until till during between among ' +
    'against about through across per via than as like toward towards upon within near despite following ' +
    'including regarding concerning according amid amidst beyond throughout around along behind beside besides ' +
    'inside outside except unlike versus ' +
    'and or but nor so yet while when whereas because although though if that which who whom whose where ' +
    'the a an this these those its their his her our my your it they he she we i you there here ' +
    'is are was were be been being am has have had having do does did will would shall should can could may might must ' +
    'not no also then ago only alone onwards still all some each every other such both ' +
    'saw began became came went gave took left made met held brought led won lost sent drew fell rose grew struck ' +
    'broke set put kept told said found'
  ).split(' '),
)

/** Contractions that look like possessives ("it's 2011"): the year is a predicate there, not a modifier. */
const NOT_POSSESSIVE = new Set(['it', 'that', 'there', 'here', 'what', 'who', 'he', 'she', 'let', 'where'])

// Both are tested on the characters just before an expression, and need a whole word there.
const DETERMINER = /[^\p{L}\p{N}'’](?:the|a|an|this|that|its|their|his|her|our)[^\S\n]+$/iu
const POSSESSIVE = /[^\p{L}\p{N}'’](\p{L}[\p{L}.-]*?)(?:['’]s|s['’])[^\S\n]+$/u
/**
 * Only a calendar date written with figures stands before a noun this way ("the 2011 disaster", "the 1990s boom",
 * "the 29 October attack", "the 19th century fortress"); a relative phrase ("a month later") does not.
 */
const CALENDAR_DATE = new RegExp(`^(?=.*\\d).*(?:\\d|\\d['’]?s|${MONTH}|centur(?:y|ies))$`, 'i')
/** Adjective endings: such a word may modify the noun after it ("nuclear", "financial", "Rwandan", "banking"). */
const ADJECTIVE_LIKE = /(?:al|ar|ic|ive|ous|ful|less|an|ese|ish|ary|ory|ern|ible|able|ed|ing)$/
const WORD = /[^\S\n]+(\p{L}[\p{L}\p{M}-]*)/uy

interface Word extends Span {
  readonly text: string
}

/** Up to five words right after an offset, each after plain spaces; punctuation (or "'s") ends the run after its word. */
function wordsAfter(text: string, at: number): Word[] {
  const words: Word[] = []
  WORD.lastIndex = at
  for (let m = WORD.exec(text); m && words.length < 5; m = WORD.exec(text)) {
    const w = m[1] as string
    const end = WORD.lastIndex
    // A word run into figures ("G20") is a name, not a noun of the phrase.
    if (/\p{N}/u.test(text[end] ?? '')) break
    words.push({ start: end - w.length, end, text: w })
    if (!/\s/.test(text[end] ?? '')) break
  }
  return words
}

const noun = (w: Word) =>
  /^\p{Ll}/u.test(w.text) && !NOT_A_NOUN.has(w.text) && !/(?:ly|ed)$/.test(w.text) && w.text.length > 1
const modifier = (w: Word) =>
  !NOT_A_NOUN.has(w.text.toLowerCase()) && (/^\p{Lu}/u.test(w.text) || ADJECTIVE_LIKE.test(w.text))
/** A second noun of a compound ("fisheries accord"); a word in a single -s may be the verb of the clause instead. */
const compound = (w: Word | undefined): w is Word => !!w && noun(w) && !/[^s]s$/.test(w.text)

/** The words an expression modifies, from the first after it to its head noun, or null when it modifies none. */
function modified(text: string, t: DateFinding): Span | null {
  if (!CALENDAR_DATE.test(t.text)) return null
  const from = Math.max(0, t.span.start - 40)
  // A space stands for the start of the text; a word cut by the window has nothing before it, so it never matches.
  const before = (from === 0 ? ' ' : '') + text.slice(from, t.span.start)
  const possessor = POSSESSIVE.exec(before)?.[1]
  const determined =
    /^the\s/i.test(t.text) || DETERMINER.test(before) || (!!possessor && !NOT_POSSESSIVE.has(possessor.toLowerCase()))
  if (!determined) return null
  const words = wordsAfter(text, t.span.end)
  // Up to two modifiers before the noun, as many as fit: "the 2008 global financial crisis".
  for (let mods = Math.min(2, words.length - 1); mods >= 0; mods--) {
    const head = words[mods]
    if (!head || !noun(head) || !words.slice(0, mods).every(modifier)) continue
    const next = words[mods + 1]
    const first = words[0] as Word
    return { start: first.start, end: compound(next) ? next.end : head.end }
  }
  return null
}

/** An example of the refiner: in `text`, the expression `date` modifies the words `words` after it. */
function marks(text: string, date: string, words: string): RuleExample<DateFinding> {
  const start = text.indexOf(words, text.indexOf(date) + date.length)
  return { text, match: date, expect: { modifies: { start, end: start + words.length } } }
}

/** An example of the refiner: in `text`, the expression `date` modifies nothing. */
function marksNothing(text: string, date: string): RuleExample<DateFinding> {
  return { text, match: date, expect: { modifies: undefined } }
}

/** Marks a date used attributively inside a noun phrase ("the 2011 disaster") with the words it modifies. */
export const attributive: DateRefiner = {
  id: 'date/attributive',
  note:
    'A date in figures after a determiner or possessive and before a noun ("the 2011 disaster", "Norway\'s 1905 ' +
    'independence") names when that noun happened, not when the sentence\'s verb did; it only marks the noun.',
  examples: [
    marks('Iceland still remembers the 1973 eruption on Heimaey.', '1973', 'eruption'),
    marks("Norway's 1905 independence ended the union with Sweden.", '1905', 'independence'),
    marks('Sweden and Denmark recalled the 1658-60 wars over Scania.', '1658-60', 'wars'),
    marks('Paraguay and Uruguay revisited the 1997 fisheries accord.', '1997', 'fisheries accord'),
    marks('The Icelandic government marked the 2008 banking collapse.', '2008', 'banking collapse'),
    marks('Its 2019 general election returned the Austrian chancellor.', '2019', 'general election'),
    marks('Nepal rebuilt Kathmandu after the April 2015 earthquake.', 'April 2015', 'earthquake'),
    marks('Namibia and Botswana settled the 1990s dispute over the river island.', 'the 1990s', 'dispute'),
    marks('Slovakia and Hungary signed a 1995 treaty on minorities.', '1995', 'treaty'),
    marks('Lisbon recalled the 29 October attack on its consulate.', '29 October', 'attack'),
    marks('Montevideo recalled the 3 november raid on its consulate.', '3 november', 'raid'),
    marks('Nepali pilgrims restored the 17th century fortress.', '17th century', 'fortress'),
    marksNothing('In 2016 Austria joined. A month later the Swiss talks began.', 'A month later'),
    marksNothing('In 2011 the government of Malawi fell.', '2011'),
    marksNothing('Austria signed the treaty by 2011, the year of the census.', '2011'),
    marksNothing('Norway said that 2011 was its best year for fish exports.', '2011'),
    marksNothing('For Namibia the 1990s saw rapid growth.', 'the 1990s'),
    marksNothing("Uruguay's envoy said it's 2019, not 1990.", '2019'),
    marksNothing('Zambia ranked the 2011 of all years highest.', '2011'),
  ],
  refine(found, { text }) {
    return found.map((t) => {
      const modifies = modified(text, t)
      return modifies ? { ...t, modifies } : t
    })
  },
}
