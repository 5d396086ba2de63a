import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { actorCode } from '../../core/actors.js'
import { extract } from '../index.js'
import { eventLexicon } from './lexicon.js'
import { sourceRules, targetRules } from './roles/index.js'

/** The events `extract` finds in one sentence, as "TYPE SRC→TGT" strings. */
function eventsOf(text: string, reference = '2024-06-12'): string[] {
  const x = extract({ text, title: null, publicationDate: { value: reference, precision: 'day' } })
  return x.events.map((e) => `${e.type} ${actorCode(e.source)}→${e.target ? actorCode(e.target) : '—'}`)
}

/** Asserts that an example sentence gives the event it promises. */
function expectEvent(ex: { text: string; type: string | null; source?: string; target?: string }): void {
  const found = eventsOf(ex.text)
  if (ex.type === null) {
    assert.deepEqual(found, [], `no event expected in: ${ex.text}`)
    return
  }
  const want = `${ex.type} ${ex.source}→${ex.target ?? '—'}`
  assert.ok(found.includes(want), `${ex.text}\n  expected ${want}\n  found ${found.join(', ') || 'nothing'}`)
}

describe('event rules: every example of every rule', () => {
  const lex = eventLexicon()
  for (const r of lex.verbRuleList)
    for (const ex of r.examples)
      it(`verb rule ${r.lemma}${r.object ? `+${r.object[0]}` : ''}: ${ex.text}`, () => expectEvent(ex))
  for (const n of lex.nominalList)
    for (const ex of n.examples) it(`nominal trigger ${n.id}: ${ex.text}`, () => expectEvent(ex))
  for (const ex of lex.hostileExamples) it(`hostile words: ${ex.text}`, () => expectEvent(ex))
  for (const rule of [...sourceRules, ...targetRules])
    for (const ex of rule.examples)
      it(`${rule.id}: ${ex.text}`, () => {
        expectEvent(ex)
        const x = extract({ text: ex.text, title: null, publicationDate: { value: '2024-06-12', precision: 'day' } })
        const e = x.events.find((e) => e.type === ex.type && actorCode(e.source) === ex.source)
        assert.ok(e?.rule.includes(rule.id.replace(/^role\//, '')), `${e?.rule} does not name ${rule.id}`)
      })
})

describe('event rules: each rule has examples', () => {
  it('every verb rule, nominal trigger and role rule carries at least one example', () => {
    const lex = eventLexicon()
    for (const r of lex.verbRuleList) assert.ok(r.examples.length > 0, r.lemma)
    for (const n of lex.nominalList) assert.ok(n.examples.length > 0, n.id)
    for (const r of [...sourceRules, ...targetRules]) assert.ok(r.examples.length > 0, r.id)
  })
})
