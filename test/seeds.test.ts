import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { toSourceSpan } from '../src/core/span-map.js'
import { GoldDocument } from '../src/eval/gold.js'
import { prepareDocument } from '../src/pipeline/prepare.js'

const SEEDS = ['000_99231b158a2f5198', '003_05902e0c1a095d85', '004_0acf342cc4b77461']
const fixture = (name: string) => new URL(`./fixtures/seeds/${name}`, import.meta.url)
const GOLD_TYPE: Record<string, string> = { government: 'other' }

describe('the three founding documents, end to end (expected values from their gold files)', () => {
  for (const seed of SEEDS) {
    const gold = GoldDocument.parse(JSON.parse(readFileSync(fixture(`${seed}.gold.json`), 'utf8')))
    const bytes = readFileSync(fixture(`${seed}.txt`))
    const doc = prepareDocument({ origin: `${seed}.txt`, mediaType: 'text/plain', bytes })
    const m = doc.metadata

    it(`${seed}: publication date, author, title, type and language`, () => {
      assert.equal(m.publicationDate.value?.value ?? null, gold.publication_date)
      assert.deepEqual(m.authors.value, gold.author ? [gold.author] : [])
      assert.equal(m.title.value, gold.title)
      assert.equal(GOLD_TYPE[m.sourceType.value] ?? m.sourceType.value, gold.source_type)
      assert.equal(m.language.value, gold.language)
      for (const field of [m.publicationDate, m.title])
        if (field.value !== null) assert.ok(field.rule, 'a found value names its rule')
    })

    it(`${seed}: no boilerplate line of the gold is left in the clean text`, () => {
      const lines = new Set(doc.clean.text.split('\n').map((l) => l.trim()))
      const left = gold.boilerplate_lines.map((b) => b.trim()).filter((b) => b !== '' && lines.has(b))
      assert.deepEqual(left, [])
    })

    it(`${seed}: every repair of the gold is done`, () => {
      for (const r of gold.repairs) {
        assert.ok(!doc.clean.text.includes(r.from), `still has ${JSON.stringify(r.from)}`)
        // The repaired form is in the clean text, or in the decoded text when its line was furniture and removed.
        if (!r.to.startsWith('(remove') && r.to !== '')
          assert.ok(doc.clean.text.includes(r.to) || doc.rawText.includes(r.to), `lacks ${JSON.stringify(r.to)}`)
      }
    })

    it(`${seed}: every copied span of the clean text maps back to the same decoded text`, () => {
      for (const seg of doc.clean.map) {
        if (seg.source.end === seg.source.start) continue
        assert.equal(
          doc.clean.text.slice(seg.clean.start, seg.clean.end),
          doc.rawText.slice(seg.source.start, seg.source.end),
        )
      }
      const para = doc.clean.text.split('\n\n')[1] ?? ''
      const at = doc.clean.text.indexOf(para)
      const span = toSourceSpan(doc.clean.map, { start: at, end: at + para.length })
      assert.ok(span)
      assert.equal(doc.rawText.slice(span.start, span.end).replace(/\[\d+\]/g, ''), para)
    })
  }

  it('003: the Windows-874 mojibake is repaired and the unrepairable Hebrew widget line is gone', () => {
    const doc = prepareDocument({
      origin: '003.txt',
      mediaType: 'text/plain',
      bytes: readFileSync(fixture('003_05902e0c1a095d85.txt')),
    })
    assert.ok(doc.clean.text.includes('Israel’s experience'))
    assert.ok(!/โ€|ย\u00a0/u.test(doc.clean.text))
    assert.ok(!/[\u0e00-\u0e7f]/u.test(doc.clean.text), 'no Thai letters left')
    assert.ok(doc.clean.text.includes('and Israel'))
    assert.ok(doc.repairs.some((r) => r.from === 'โ€™' && r.to === '’'))
  })

  it('004: reference-list dates never reach the clean text', () => {
    const doc = prepareDocument({
      origin: '004.txt',
      mediaType: 'text/plain',
      bytes: readFileSync(fixture('004_0acf342cc4b77461.txt')),
    })
    assert.ok(!doc.clean.text.includes('Retrieved October 27, 2015'))
    assert.ok(!doc.clean.text.includes('[edit]'))
    assert.ok(!/\[\d+\]/.test(doc.clean.text))
    assert.ok(doc.clean.text.includes('Joint Projects'), 'section headings stay')
  })
})
