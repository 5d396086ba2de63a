import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { generateInput } from '../bench/limits.js'

// The inputs of `npm run bench:limits`: one line of exactly the size asked for, with or without sentence ends.
describe('bench:limits inputs', () => {
  it('are one line of exactly the bytes asked for', () => {
    for (const kind of ['single-line', 'no-sentence-end'] as const) {
      const text = generateInput(kind, 20_000)
      assert.equal(Buffer.byteLength(text), 20_000, kind)
      assert.ok(!text.includes('\n'), kind)
      assert.ok(!/^\s|\s$/.test(text), kind)
    }
  })

  it('hold sentences, or words with no sentence end at all', () => {
    assert.ok((generateInput('single-line', 20_000).match(/[.!?] /g) ?? []).length > 50)
    assert.doesNotMatch(generateInput('no-sentence-end', 20_000), /[.!?]/)
  })
})
