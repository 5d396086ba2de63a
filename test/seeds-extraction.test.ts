import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { actorCode } from '../src/core/actors.js'
import { familyOf } from '../src/core/plover.js'
import type { Event } from '../src/core/types.js'
import { GoldDocument } from '../src/eval/gold.js'
import { extractDocument } from '../src/pipeline/extract.js'

const fixture = (name: string) => new URL(`./fixtures/seeds/${name}`, import.meta.url)
const run = (seed: string) =>
  extractDocument({ origin: `${seed}.txt`, mediaType: 'text/plain', bytes: readFileSync(fixture(`${seed}.txt`)) })
const evidenceOf = (text: string, e: { evidence: { start: number; end: number } }) =>
  text.slice(e.evidence.start, e.evidence.end)
const pairOf = (e: Event) => [actorCode(e.source), e.target ? actorCode(e.target) : null].sort()

describe('extraction on the three founding documents', () => {
  const x000 = run('000_99231b158a2f5198')
  const text000 = x000.prepared.clean.text

  it('000: the main pair is ISR–KAZ', () => {
    assert.deepEqual(x000.dyad, ['ISR', 'KAZ'])
  })

  it('000: the Kosherbayev–Saar phone call is a KAZ–ISR CONSULT dated 2025-10-08, relevant to the pair', () => {
    const call = x000.events.find((e) => evidenceOf(text000, e).includes('Kosherbayev'))
    assert.ok(call, 'the phone call is found')
    assert.equal(call.type, 'CONSULT')
    assert.deepEqual(pairOf(call), ['ISR', 'KAZ'])
    assert.equal(call.date?.value, '2025-10-08')
    assert.equal(call.date?.precision, 'day')
    assert.equal(call.dyadRelevant, true)
  })

  it('000: "On Monday" is the article date, 2025-10-13', () => {
    const handover = x000.events.find((e) => evidenceOf(text000, e).startsWith('On Monday'))
    assert.equal(handover?.date?.value, '2025-10-13')
    assert.equal(handover?.date?.basis, 'relative')
  })

  it('000: the trade figure is 450000000 USD for 2023, and no ticker value is a fact', () => {
    const trade = x000.facts.filter((f) => f.kind === 'trade_volume')
    assert.equal(trade.length, 1)
    assert.equal(trade[0]?.value, 450_000_000)
    assert.equal(trade[0]?.unit, 'USD')
    assert.equal(trade[0]?.period, '2023')
    assert.equal(trade[0]?.qualifier, 'exceeded')
    const gold = GoldDocument.parse(JSON.parse(readFileSync(fixture('000_99231b158a2f5198.gold.json'), 'utf8')))
    const ticker = gold.boilerplate_facts.map((b) => b.value)
    assert.ok(ticker.length > 0)
    for (const f of x000.facts)
      assert.ok(!ticker.some((t) => Math.abs(f.value - t) <= 0.005 * Math.abs(t)), `${f.value}`)
    assert.ok(x000.facts.every((f) => f.kind !== 'exchange_rate'))
  })

  it('000: every event and fact carries evidence that slices the clean text to a sentence holding it', () => {
    for (const item of [...x000.events, ...x000.facts]) {
      const ev = evidenceOf(text000, item)
      assert.ok(ev.length > 0)
      assert.ok(/[.!?”"]$/.test(ev) || ev === text000.slice(item.evidence.start).split('\n')[0], ev)
    }
    for (const f of x000.facts) assert.ok(f.valueSpan.start >= f.evidence.start && f.valueSpan.end <= f.evidence.end)
  })

  it('003: the population of 18 million is a fact and there are no dated events', () => {
    const x = run('003_05902e0c1a095d85')
    assert.ok(x.facts.some((f) => f.kind === 'population' && f.value === 18_000_000))
    assert.ok(x.events.every((e) => e.date === null))
  })

  const x004 = run('004_0acf342cc4b77461')
  const text004 = x004.prepared.clean.text

  it('004: the Irrigation Demonstration Center event is ISR–KAZ and has no date', () => {
    const center = x004.events.filter((e) => evidenceOf(text004, e).includes('Irrigation Demonstration Center'))
    assert.ok(center.length > 0)
    for (const e of center) {
      assert.equal(e.date, null)
      assert.deepEqual(pairOf(e), ['ISR', 'KAZ'])
    }
  })

  it('004: diplomatic relations established on 1992-04-10; "Retrieved" dates of the references are never event dates', () => {
    const established = x004.events.find((e) => e.date?.value === '1992-04-10')
    assert.ok(established)
    assert.equal(familyOf(established.type), 'agree')
    const raw = x004.prepared.rawText
    const retrieved = [...raw.matchAll(/Retrieved (\w+ \d{1,2}, \d{4})/g)].map((m) => m[1])
    assert.ok(retrieved.length > 0)
    for (const e of x004.events) assert.ok(!retrieved.some((r) => r && evidenceOf(text004, e).includes(r)))
  })

  it('004: the oil share is an energy_share of over 25 percent and approx. 10,000 emigrants a count', () => {
    const oil = x004.facts.find((f) => f.kind === 'energy_share')
    assert.equal(oil?.value, 25)
    assert.equal(oil?.unit, 'percent')
    assert.equal(oil?.qualifier, 'over')
    assert.ok(x004.facts.some((f) => f.kind === 'count' && f.value === 10_000 && f.qualifier === 'approx.'))
  })
})
