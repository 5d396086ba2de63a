import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createApp } from '../src/api/app.js'
import { ingestOne } from '../src/pipeline/ingest.js'
import { createSqliteStore } from '../src/store/sqlite/index.js'

// A China–Russia article that quotes a China–US figure: the figure is a fact of CHN–USA, never of the article's pair.
const article = `---
title: "China and Russia deepen trade ties"
date: 2024-03-08
---

China and Russia held talks in Beijing on Thursday. Chinese and Russian officials pledged to expand trade.

Trade between China and Russia reached $240.1 billion in 2023, customs data showed.

China imported $73 billion of goods from the United States in January–February 2024, while its trade with Russia grew 5%.
`

describe('facts belong to their own sentence, from ingestion to the pair profile', () => {
  it("the pair profile's facts and key facts are those whose own pair is the pair, each with its own period", async () => {
    const store = await createSqliteStore({ path: ':memory:' })
    try {
      const raw = { origin: 'chn-rus.md', mediaType: 'text/markdown' as const, bytes: Buffer.from(article) }
      const outcome = await ingestOne({ ok: true, raw }, store, () => new Date('2024-03-09T00:00:00Z'))
      assert.equal(outcome.status, 'ingested')
      const app = createApp({ store })
      const json = async <T>(path: string): Promise<T> => {
        const res = await app.request(path)
        assert.equal(res.status, 200, path)
        return (await res.json()) as T
      }
      type Key = { kind: string; value: number; period: string | null; pair: string[] }
      const profile = await json<{ key_facts: Key[]; fact_list: { value: number; pair: string[] }[] }>(
        '/api/pairs/CHN-RUS',
      )
      assert.ok(profile.fact_list.length > 0)
      assert.ok(
        profile.fact_list.every((f) => f.pair.join('-') === 'CHN-RUS'),
        JSON.stringify(profile.fact_list),
      )
      const trade = profile.key_facts.find((k) => k.kind === 'trade_volume')
      assert.deepEqual([trade?.value, trade?.period, trade?.pair], [240_100_000_000, '2023', ['CHN', 'RUS']])
      const us = await json<{ items: { value: number; period: string | null; pair: string[] }[] }>(
        '/api/facts?pair=CHN-USA',
      )
      assert.deepEqual(
        us.items.map((f) => [f.value, f.period, f.pair]),
        [[73_000_000_000, '2024-01/2024-02', ['CHN', 'USA']]],
      )
    } finally {
      await store.close()
    }
  })
})

describe('a figure many documents give', () => {
  it('lists its newest sources and disagreements on the key fact, with how many there are, and names every one listed', async () => {
    const store = await createSqliteStore({ path: ':memory:' })
    try {
      // Fourteen reports of Chile–Peru trade in 2023: twelve give $4.2 billion, two give other values.
      for (let i = 0; i < 14; i++) {
        const value = i < 12 ? '4.2' : ['5.9', '3.1'][i - 12]
        const text = `---\ntitle: "Chile and Peru, report ${i}"\ndate: 2024-0${1 + (i % 9)}-1${i % 10}\n---\n\nChile and Peru held talks in Lima on Thursday.\n\nTrade between Chile and Peru reached $${value} billion in 2023, customs data showed.\n`
        const raw = { origin: `report-${i}.md`, mediaType: 'text/markdown' as const, bytes: Buffer.from(text) }
        assert.equal((await ingestOne({ ok: true, raw }, store)).status, 'ingested')
      }
      const app = createApp({ store })
      const profile = (await (await app.request('/api/pairs/CHL-PER')).json()) as {
        key_facts: {
          kind: string
          value: number
          sources: string[]
          source_count: number
          disagreements: unknown[]
          disagreement_count: number
        }[]
        sources: { id: string }[]
      }
      const trade = profile.key_facts.find((k) => k.kind === 'trade_volume')
      assert.deepEqual(
        [
          trade?.value,
          trade?.sources.length,
          trade?.source_count,
          trade?.disagreements.length,
          trade?.disagreement_count,
        ],
        [4_200_000_000, 10, 12, 2, 2],
      )
      for (const id of trade?.sources ?? [])
        assert.ok(
          profile.sources.some((s) => s.id === id),
          id,
        )
    } finally {
      await store.close()
    }
  })
})
