import assert from 'node:assert/strict'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { explainText } from '../src/pipeline/explain.js'
import { dyad } from './run-cli.js'

const dir = mkdtempSync(join(tmpdir(), 'dyad-explain-'))
const file = join(dir, 'ken-som.txt')
writeFileSync(
  file,
  'Kenya recalls envoy\n\nKenya on Saturday recalled its ambassador to Somalia, the foreign ministry said. Somalia did not attend the talks.\n',
)

describe('dyad explain', () => {
  it('shows tokens, the trigger, the role rules and the date rule of each sentence, and why a trigger gave no event', async () => {
    const r = await dyad(['explain', file], dir)
    assert.equal(r.code, 0, r.err)
    assert.match(r.out, /\[1\] 0-19 {2}Kenya recalls envoy\n {2}headline: restates the lead, gives no events/)
    assert.match(r.out, /recalled\/VERB\/recall/)
    assert.match(
      r.out,
      /trigger "recalled" verb-rule\/recall\+ambassador\S* SANCTION: an event KEN→SOM \| roles clause-subject\/prepositional-object/,
    )
    assert.match(r.out, /trigger "attend" \S+ VISIT: no event: the act is negated/)
  })

  it('selects one sentence by number or by an offset of the clean text', async () => {
    const one = JSON.parse((await dyad(['explain', file, '--sentence', '3', '--json'], dir)).out)
    assert.deepEqual(
      one.map((s: { number: number }) => s.number),
      [3],
    )
    const at = JSON.parse((await dyad(['explain', file, '--at', '40', '--json'], dir)).out)
    assert.equal(at[0].number, 2)
    assert.equal(at[0].triggers[0].outcome, 'event')
    assert.equal(at[0].triggers[0].how, 'clause-subject/prepositional-object')
  })

  it('answers a bad option or a sentence that does not exist in one line with exit 2', async () => {
    for (const args of [
      ['--sentence', '9'],
      ['--at', 'x'],
      ['--sentence', '1', '--at', '3'],
    ]) {
      const r = await dyad(['explain', file, ...args], dir)
      assert.equal(r.code, 2, args.join(' '))
      assert.equal(r.err.trim().split('\n').length, 1, r.err)
    }
    const missing = await dyad(['explain', join(dir, 'nope.txt')], dir)
    assert.equal(missing.code, 1)
    assert.equal(missing.err.trim().split('\n').length, 1)
  })

  it('explains a text in memory: a general verb alone is too weak; what a state says about another is a statement', () => {
    const [s] = explainText({
      text: 'Chile said Peru would grant the request.',
      title: null,
      publicationDate: null,
    })
    assert.ok(s)
    const grant = s.triggers.find((t) => t.text === 'grant')
    assert.equal(grant?.outcome, 'weak')
    const said = s.triggers.find((t) => t.text === 'said')
    assert.deepEqual(
      [said?.trigger, said?.type, said?.outcome, said?.source, said?.target],
      ['statement', 'STATEMENT', 'event', 'CHL', 'PER'],
    )
  })
})
