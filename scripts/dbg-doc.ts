import { readFileSync } from 'node:fs'
import type { TriggerTrace } from '../src/extract/index.js'
import { extractDocument } from '../src/pipeline/extract.js'
import { mediaTypeOf } from '../src/source/read-inputs.js'
import { splitSentences } from '../src/extract/segment.js'
const file = process.argv[2] as string
const trace: TriggerTrace[] = []
const x = extractDocument({ origin: file, mediaType: mediaTypeOf(file), bytes: readFileSync(file) }, trace)
const sentences = splitSentences(x.prepared.clean.text)
console.log('dyad', x.dyad, 'pub', x.prepared.metadata.publicationDate.value)
for (const [i, s] of sentences.entries()) {
  const ts = trace.filter((t) => t.sentence === i)
  const ms = x.mentions.filter((m) => m.kind === 'actor' && m.span.start >= s.span.start && m.span.end <= s.span.end)
  console.log(`\n[${i}] ${s.text.slice(0, 260)}`)
  console.log('   actors', ms.map((m) => (m.kind === 'actor' ? `${m.text}=${JSON.stringify(m.actor).replace(/"/g, '')}` : '')).join(' '))
  for (const t of ts) console.log('   trig', t.trigger, t.type, JSON.stringify(t.text), t.outcome, t.source, t.target, t.date, t.how, t.dateRule)
}
