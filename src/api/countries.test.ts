import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { countryJson } from './countries.js'

describe('countryJson', () => {
  it('names a country and gives its flag', () => {
    assert.deepEqual(countryJson('ISR'), { code: 'ISR', name: 'Israel', flag: '🇮🇱' })
    assert.deepEqual(countryJson('KAZ'), { code: 'KAZ', name: 'Kazakhstan', flag: '🇰🇿' })
  })
  it('prefers the short name people write', () => {
    assert.equal(countryJson('USA').name, 'United States')
    assert.equal(countryJson('GBR').name, 'United Kingdom')
  })
  it('knows the codes Dyad adds to ISO 3166', () => {
    assert.deepEqual(countryJson('XKX'), { code: 'XKX', name: 'Kosovo', flag: '🇽🇰' })
    assert.deepEqual(countryJson('SUN'), { code: 'SUN', name: 'Soviet Union', flag: '' })
  })
  it('names an unknown code by itself, without a flag', () => {
    assert.deepEqual(countryJson('QQQ'), { code: 'QQQ', name: 'QQQ', flag: '' })
  })
})
