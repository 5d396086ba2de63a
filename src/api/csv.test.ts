import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { csvField, toCsv } from './csv.js'

describe('csv', () => {
  it('quotes only fields with a comma, a quote or a line break, doubling inner quotes', () => {
    assert.equal(csvField('plain'), 'plain')
    assert.equal(csvField('a, b'), '"a, b"')
    assert.equal(csvField('say "hi"'), '"say ""hi"""')
    assert.equal(csvField('two\nlines'), '"two\nlines"')
    assert.equal(csvField('cr\r'), '"cr\r"')
    assert.equal(csvField(null), '')
    assert.equal(csvField(undefined), '')
    assert.equal(csvField(0.5), '0.5')
    assert.equal(csvField(false), 'false')
    assert.equal(csvField(['ISR', 'KAZ']), 'ISR;KAZ')
  })

  it('defuses text a spreadsheet would run as a formula, but not negative numbers', () => {
    assert.equal(csvField('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"')
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)")
    assert.equal(csvField(-135200000), '-135200000')
  })

  it('writes a header row and one CRLF-ended row per record, in header order', () => {
    assert.equal(toCsv(['a', 'b'], [{ b: 'x,y', a: 1 }, { a: 'z' }]), 'a,b\r\n1,"x,y"\r\nz,\r\n')
  })
})
