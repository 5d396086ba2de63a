import { findActors } from '../src/extract/actors.js'
import { findTimeExpressions } from '../src/extract/dates/index.js'
import { inferDyad } from '../src/extract/dyad.js'
import { findEvents, type TriggerTrace } from '../src/extract/events/find-events.js'
import { splitSentences } from '../src/extract/segment.js'
import { tokenize } from '../src/text/tokens.js'
const text = process.argv[2] as string
const pub = process.argv[3] ? { value: process.argv[3], precision: 'day' as const } : null
const sentences = splitSentences(text)
const { mentions } = findActors(text)
const times = findTimeExpressions(text, sentences, pub)
const dyad = inferDyad(text, mentions, null)
const tokens = tokenize(text)
console.log(tokens.map((t) => `${t.text}/${t.pos}/${t.lemma}`).join(' '))
console.log('actors', mentions.map((m) => `${m.text}:${JSON.stringify(m.actor)}${m.place ? ':place' : ''}`).join(' | '))
console.log('dyad', dyad, 'times', times.map((t) => `${t.text}=${t.date?.value}`).join(' | '))
const trace: TriggerTrace[] = []
const events = findEvents({ text, sentences, mentions, times, dyad, tokens }, trace)
for (const t of trace) console.log('  trig', t.trigger, t.type, JSON.stringify(t.text), t.outcome, t.source, t.target, t.date)
for (const e of events) console.log('EVENT', e.type, JSON.stringify(e.source), JSON.stringify(e.target), e.date?.value, e.rule)
