import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractionJson } from '../src/api/dto.js'
import { extractionSchema } from '../src/api/responses.js'
import { extractDocument } from '../src/pipeline/extract.js'

const RAW = `Peru and Chile Expand Trade

LIMA, June 12, 2019 – Peru and Chile agreed on Monday to expand trade, the foreign ministry said. Bilateral trade reached US$3.2 billion in 2018, up 12 percent, and 450 Chilean firms now work in Peru.`

const json = () =>
  extractionJson('peru.txt', extractDocument({ origin: 'peru.txt', mediaType: 'text/plain', bytes: Buffer.from(RAW) }))

describe('dyad extract mentions', () => {
  it('lists actors, dates and numbers, each sliced from the clean text, in text order', () => {
    const x = json()
    assert.ok(x.mentions.length > 0)
    for (const m of x.mentions) assert.equal(m.text, x.clean_text.slice(m.start, m.end), m.rule)
    const starts = x.mentions.map((m) => m.start)
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    )
    const actor = x.mentions.find((m) => m.kind === 'actor' && m.text === 'Peru')
    assert.equal(actor?.kind === 'actor' && actor.actor, 'PER')
    const monday = x.mentions.find((m) => m.kind === 'time' && m.text === 'on Monday')
    assert.deepEqual(monday?.kind === 'time' && [monday.date, monday.date_precision], ['2019-06-10', 'day'])
    const money = x.mentions.find((m) => m.kind === 'quantity' && m.text.startsWith('US$3.2'))
    assert.deepEqual(money?.kind === 'quantity' && [money.value, money.unit], [3200000000, 'USD'])
    assert.ok(x.mentions.some((m) => m.kind === 'quantity' && m.unit === 'percent' && m.value === 12))
    assert.ok(x.mentions.every((m) => m.rule.includes('/')))
  })
  it('names the rules that read the title, the publication date and the source type', () => {
    const x = json()
    assert.equal(x.publication_date, '2019-06-12')
    assert.equal(x.publication_date_rule, 'metadata/dateline-place-date')
    assert.equal(x.title_rule, 'metadata/title-first-line')
    assert.equal(x.source_type, 'news')
    assert.equal(x.source_type_rule, 'metadata/source-type-news-shape')
    assert.ok(extractionSchema.safeParse(x).success)
  })
})
