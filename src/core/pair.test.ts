import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { canonicalPair, PairError, pairKey, parsePair } from './pair.js'

describe('parsePair', () => {
  it('reads two ISO3 codes in any case and either order as the alphabetical pair', () => {
    assert.deepEqual(parsePair('isr-kaz'), ['ISR', 'KAZ'])
    assert.deepEqual(parsePair('KAZ-ISR'), ['ISR', 'KAZ'])
    assert.deepEqual(parsePair(' Kaz-Isr '), ['ISR', 'KAZ'])
    assert.equal(pairKey(parsePair('kaz-isr')), 'ISR-KAZ')
    assert.deepEqual(canonicalPair('TUR', 'RUS'), ['RUS', 'TUR'])
  })

  it('rejects anything else with one line naming the input', () => {
    for (const bad of [
      'XYZ',
      'ISR',
      'ISR-',
      'IS-KAZ',
      'ISRA-KAZ',
      'ISR-KAZ-RUS',
      'ISR KAZ',
      'ISR_KAZ',
      'ISR-ISR',
      'isr-ISR',
      '',
      '123-456',
    ])
      assert.throws(
        () => parsePair(bad),
        new PairError(`bad pair '${bad}': expected two ISO3 codes joined by '-', e.g. ISR-KAZ`),
        bad,
      )
  })
})
