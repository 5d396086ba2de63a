import { extract, type TriggerTrace } from '../src/extract/index.js'
const text = process.argv[2] as string
const title = process.env.TITLE ?? null
const full = title ? `${title}\n\n${text}` : text
const trace: TriggerTrace[] = []
const pub = process.env.PUB ? { value: process.env.PUB, precision: 'day' as const } : null
const x = extract({ text: full, title, publicationDate: pub }, trace)
console.log('dyad', x.dyad, x.mentions.filter((m) => m.kind === 'actor').map((m) => `${m.text}=${JSON.stringify((m as { actor: unknown }).actor)}`).join(' '))
for (const t of trace) console.log('  trig', t.trigger, t.type, JSON.stringify(t.text), t.outcome, t.source, t.target, t.date, t.how, t.dateRule)
for (const e of x.events) console.log('EVENT', e.type, JSON.stringify(e.source), JSON.stringify(e.target), e.date?.value, e.flags, e.rule)
