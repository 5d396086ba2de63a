import { readFileSync } from 'node:fs'
import { findActors } from '../src/extract/actors.js'
import { findTimeExpressions } from '../src/extract/dates/index.js'
import { inferDyad } from '../src/extract/dyad.js'
import { findEvents, type TriggerTrace } from '../src/extract/events/find-events.js'
import { splitSentences } from '../src/extract/segment.js'
import { tokenize } from '../src/text/tokens.js'
const ids = new Set(process.argv.slice(3))
for (const line of readFileSync(process.argv[2] as string, 'utf8').split('\n')) {
  if (!line.trim()) continue
  const it = JSON.parse(line)
  if (ids.size && !ids.has(it.id)) continue
  const text = `Item ${it.id}\n\n${it.text}`
  const pub = it.publication_date ? { value: it.publication_date, precision: 'day' as const } : null
  const sentences = splitSentences(text)
  const { mentions } = findActors(text, it.publication_date ?? null)
  const times = findTimeExpressions(text, sentences, pub)
  const dyad = inferDyad(text, mentions, `Item ${it.id}`)
  const tokens = tokenize(text)
  const trace: TriggerTrace[] = []
  const events = findEvents({ text, sentences, mentions, times, dyad, tokens, title: `Item ${it.id}` }, trace)
  const ts = text.indexOf(it.target)
  console.log(`\n== ${it.id} ${it.target.slice(0, 200)}`)
  console.log('   gold', it.events.map((e: any) => `${e.type} ${e.source}->${e.target}${e.optional ? '(opt)' : ''} ${e.date}`).join(' | '))
  console.log('   actors', mentions.filter((m) => m.span.start >= ts).map((m) => `${m.text}=${'country' in m.actor ? m.actor.country : 'org' in m.actor ? m.actor.org : `P:${m.actor.person}/${m.actor.country}`}${m.place ? '@' : ''}`).join(' '))
  const tsent = sentences.findIndex((s) => s.span.start <= ts && ts < s.span.end)
  for (const t of trace) if (t.sentence >= tsent) console.log('   trig', t.trigger, t.type, JSON.stringify(t.text), t.outcome, t.source, t.target, t.date)
  if (process.env.TOK) console.log(tokens.filter((t) => t.start >= ts).map((t) => `${t.text}/${t.pos}/${t.lemma}`).join(' '))
}
