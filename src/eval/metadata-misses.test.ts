import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { metadataMissLines } from '../cli/commands/eval.js'
import { GoldDocument, type Prediction } from './gold.js'
import { checkDocument, metadataMisses } from './score.js'

const gold = GoldDocument.parse({
  doc: 'peru.txt',
  publication_date: '2019-06-12',
  publication_date_alternatives: ['2019-06'],
  title: 'Peru and Chile Expand Trade',
  source_type: 'other',
  events: [],
  facts: [],
})
const pred = (over: Partial<Prediction>): Prediction => ({
  title: 'Peru and Chile Expand Trade',
  title_rule: 'metadata/title-first-line',
  authors: [],
  publication_date: '2019-06-12',
  publication_date_rule: 'metadata/dateline-place-date',
  source_type: 'government',
  source_type_rule: 'metadata/source-type-statement',
  language: 'en',
  clean_text: '',
  events: [],
  facts: [],
  ...over,
})

describe('metadata misses', () => {
  it('has none when the fields agree (a government page is the gold "other"; an alternative date counts)', () => {
    assert.deepEqual(metadataMisses(gold, pred({})), [])
    assert.deepEqual(metadataMisses(gold, pred({ publication_date: '2019-06' })), [])
  })
  it('lists each wrong field with predicted, gold and the deciding rule', () => {
    const p = pred({ publication_date: null, publication_date_rule: null, source_type: 'news', title: 'Left Menu' })
    assert.deepEqual(metadataMisses(gold, p), [
      { field: 'publication_date', predicted: null, gold: '2019-06-12 | 2019-06', rule: null },
      { field: 'source_type', predicted: 'news', gold: 'other', rule: 'metadata/source-type-statement' },
      {
        field: 'title',
        predicted: 'Left Menu',
        gold: 'Peru and Chile Expand Trade',
        rule: 'metadata/title-first-line',
      },
    ])
    const lines = metadataMissLines({ 'peru.json': checkDocument(gold, p, '') })
    assert.equal(lines[0], 'metadata misses: 3')
    assert.match(
      lines[2] ?? '',
      /source_type peru: predicted "news" gold "other" \(rule metadata\/source-type-statement\)/,
    )
  })
})
