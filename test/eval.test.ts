import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { dyad } from './run-cli.js'

// A composed set (test/fixtures/eval/): a bank of ten sentences and one document, several with gold that is wrong on
// purpose so that every class of miss occurs (their `notes` say which).
const set = new URL('./fixtures/eval/', import.meta.url).pathname
const bank = join(set, 'bank.jsonl')
const docs = ['--docs', join(set, 'docs'), '--gold', join(set, 'gold')]

const MISSES = [
  ['b02#1', 'wrong date'],
  ['b03#1', 'wrong type'],
  ['b04#1', 'wrong actors'],
  ['b05#1', 'no event'],
  ['b10#1', 'wrong type and actors'],
]

describe('dyad eval --bank', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-eval-'))
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('scores the bank as the sentence scorer does and classes every miss', async () => {
    const r = await dyad(['eval', '--bank', bank, '--json'], dir)
    assert.equal(r.code, 0, r.err)
    const json = JSON.parse(r.out)
    assert.deepEqual(Object.keys(json), ['bank'])
    const b = json.bank
    assert.equal(b.items, 10)
    assert.deepEqual(b.events, { precision: 0.375, recall: 0.375, f1: 0.375 })
    assert.deepEqual(b.no_date, { precision: 0.5, recall: 0.5, f1: 0.5 })
    assert.deepEqual(b.strict, { precision: 0.375, recall: 0.375, f1: 0.375 })
    assert.deepEqual(b.recall_by_family, {
      agree: '2/3',
      consult: '1/1',
      material_conflict: '0/2',
      other: '0/1',
      verbal_conflict: '0/1',
    })
    assert.equal(b.negatives_with_false_event, '1/2')
    assert.equal(b.hallucinated_dates, 1)
    assert.deepEqual(
      b.misses.items.map((m: { id: string; class: string }) => [m.id, m.class]),
      MISSES,
    )
    assert.deepEqual(b.misses.by_class, {
      'no event': 1,
      'wrong type': 1,
      'wrong actors': 1,
      'wrong date': 1,
      'wrong type and actors': 1,
    })
  })

  it('prints the figures, each miss with --verbose, and a closing Markdown table', async () => {
    const r = await dyad(['eval', '--bank', bank, '--verbose'], dir)
    assert.equal(r.code, 0, r.err)
    const lines = r.out.trimEnd().split('\n')
    assert.ok(lines.includes('negatives with a false event: 1/2 | dates put on undated gold events: 1'))
    assert.ok(
      lines.includes('  b02#1  [wrong date]  gold SANCTION SEN→MLI 2020-06-13  predicted: SANCTION SEN→MLI 2020-06-12'),
      r.out,
    )
    assert.ok(lines.includes('  b05#1  [no event]  gold OTHER NAM→BWA undated  predicted: nothing'))
    assert.deepEqual(lines.slice(-10), [
      '| P / R / F1 | sentence bank |',
      '|---|---|',
      '| events (date) | 0.375 / 0.375 / 0.375 |',
      '| events, no date | 0.500 / 0.500 / 0.500 |',
      '| events, strict type | 0.375 / 0.375 / 0.375 |',
      '| misses: no event | 1 |',
      '| misses: wrong type | 1 |',
      '| misses: wrong actors | 1 |',
      '| misses: wrong date | 1 |',
      '| misses: wrong type and actors | 1 |',
    ])
    const quiet = await dyad(['eval', '--bank', bank], dir)
    assert.ok(!quiet.out.includes('b02#1'), 'without --verbose, misses are only counted')
  })

  it('scores documents and the bank in one call, with misses by class for the documents', async () => {
    const out = join(dir, 'out')
    const r = await dyad(['eval', ...docs, '--bank', bank, '--out', out, '--json'], dir)
    assert.equal(r.code, 0, r.err)
    const json = JSON.parse(r.out)
    assert.deepEqual(json.summary.events, { precision: 0.5, recall: 0.3333, f1: 0.4 })
    assert.deepEqual(json.summary.events_no_date, { precision: 1, recall: 0.6667, f1: 0.8 })
    assert.deepEqual(json.summary.facts, { precision: 1, recall: 1, f1: 1 })
    assert.deepEqual(json.per_doc['ury-pry.json'].events, { tp_pred: 1, fp: 1, gold_found: 1, gold_required: 3 })
    assert.deepEqual(json.recall_by_family, { agree: '1/1', verbal_conflict: '0/2' })
    assert.deepEqual(json.facts_by_kind, { trade_volume: { found: 1, gold: 1, fp: 0 } })
    assert.deepEqual(
      json.misses.items.map((m: { id: string; class: string }) => [m.id, m.class]),
      [
        ['ury-pry:e2', 'wrong date'],
        ['ury-pry:e3', 'no event'],
      ],
    )
    assert.equal(json.bank.items, 10)
    const prediction = JSON.parse(readFileSync(join(out, 'ury-pry.json'), 'utf8'))
    assert.equal(prediction.publication_date, '2021-05-12')
    assert.deepEqual(
      prediction.facts.map((f: { value: number; period: string; pair: string[] }) => [f.value, f.period, f.pair]),
      [[1_200_000_000, '2020', ['PRY', 'URY']]],
    )
    assert.equal(
      readFileSync(join(out, 'bank', 'b07.md'), 'utf8'),
      '---\ntitle: "Item b07"\ndate: 2022-04\n---\n\nIreland criticised Austria on 2 April 2022.\n',
    )
    const item = JSON.parse(readFileSync(join(out, 'bank', 'b07.json'), 'utf8'))
    assert.equal(item.publication_date, '2022-04')
    assert.deepEqual(
      item.events.map((e: { type: string; source: string; target: string }) => [e.type, e.source, e.target]),
      [['ACCUSE', 'IRL', 'AUT']],
    )
    const text = await dyad(['eval', ...docs, '--bank', bank], dir)
    assert.ok(text.out.includes('| P / R / F1 | documents | sentence bank |'))
    assert.ok(text.out.includes('| facts | 1.000 / 1.000 / 1.000 | — |'))
    assert.ok(text.out.includes('| misses: no event | 1 | 1 |'))
    assert.ok(text.out.includes('\nfacts by kind: trade_volume 1/1 fp 0\n'))
  })

  it('answers a missing or malformed bank and a wrong set of options in one line with exit 2', async () => {
    const bad = join(dir, 'bad.jsonl')
    writeFileSync(bad, `${readFileSync(bank, 'utf8').split('\n')[0]}\n{"id": "x"\n`)
    const badGold = join(dir, 'gold')
    mkdirSync(badGold)
    writeFileSync(join(badGold, 'ury-pry.json'), '{"doc": ')
    const cases: [string[], RegExp][] = [
      [['eval', '--bank', join(dir, 'none.jsonl')], /^dyad: no sentence bank at .*none\.jsonl/],
      [['eval', '--bank', bad], /^dyad: .*bad\.jsonl: line 2: not JSON/],
      [['eval'], /^dyad: nothing to score/],
      [['eval', '--docs', join(set, 'docs'), '--bank', bank], /^dyad: --docs and --gold go together/],
      [['eval', '--docs', join(set, 'docs'), '--gold', badGold], /^dyad: gold file ury-pry\.json is not JSON \(/],
    ]
    for (const [args, message] of cases) {
      const r = await dyad(args, dir)
      assert.equal(r.code, 2, args.join(' '))
      assert.match(r.err, message)
      assert.equal(r.err.trim().split('\n').length, 1, r.err)
      assert.equal(r.out, '')
    }
  })
})
