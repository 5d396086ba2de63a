import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import iconv from 'iconv-lite'
import { isUnrepairableMojibake } from '../text/mojibake.js'
import { decodeBytes } from './index.js'

const utf8 = (s: string) => new TextEncoder().encode(s)
/** UTF-8 text mis-decoded as a single-byte charset, as a careless scraper saves it. */
const misdecode = (s: string, charset: string) =>
  charset === 'windows-1252'
    ? new TextDecoder('windows-1252').decode(Buffer.from(s, 'utf8')) // as browsers do: undefined bytes become C1 controls
    : iconv.decode(Buffer.from(s, 'utf8'), charset)

const GENUINE = [
  'Қазақстан Республикасы мен Израиль',
  'İstanbul, Türkiye, ğüşöç ĞÜŞÖÇ',
  'Nguyễn Tấn Dũng, Trần Đại Quang',
  'ประเทศไทย เขต เกิด ยก',
  'שלום עולם, ירושלים',
  'مرحبا بالعالم',
  'Привет, мир! Москва',
  'Köhler, Kaczyński, “quoted” – • … ’ naïve café',
  '東京 서울 北京',
]

describe('decodeBytes', () => {
  it('repairs seed 003 (UTF-8 read as Windows-874) and leaves its lossy line for the cleaner', () => {
    const d = decodeBytes(
      readFileSync(new URL('../../test/fixtures/decode/seed-003-windows-874-mojibake.txt', import.meta.url)),
    )
    assert.equal(d.charset, 'utf-8')
    assert.equal((d.text.match(/’/g) ?? []).length, 4)
    assert.ok(d.text.includes('Israel’s experience') && d.text.includes('Kazakhstan’s'))
    assert.equal((d.text.match(/\u00a0Contact Us\u00a0/g) ?? []).length, 1)
    assert.ok(!d.text.includes('โ€') && !d.text.includes('ย\u00a0'))
    assert.deepEqual(
      d.repairs.map((r) => [r.rule, r.from, r.to, r.count]),
      [
        ['decode/mojibake-windows-874', 'โ€™', '’', 4],
        ['decode/mojibake-windows-874', 'ย\u00a0', '\u00a0', 2],
      ],
    )
    const lines = d.text.split('\n').filter((l) => l.trim() !== '')
    const last = lines.at(-1) as string
    assert.ok(isUnrepairableMojibake(last), 'the lossy Hebrew widget is still there and recognised')
    for (const l of lines.slice(0, -1)) assert.equal(isUnrepairableMojibake(l), false, l)
  })

  it('repairs Windows-1252 and Latin-1 mojibake', () => {
    assert.equal(decodeBytes(utf8('Itâ€™s a cafÃ© for BÃ¼rger')).text, 'It’s a café for Bürger')
    assert.equal(decodeBytes(utf8(misdecode('Zürich – “Genève” €5', 'windows-1252'))).text, 'Zürich – “Genève” €5')
    assert.equal(decodeBytes(utf8(misdecode('Ångström, Øresund, ñandú', 'latin1'))).text, 'Ångström, Øresund, ñandú')
  })

  it('decodes legacy-encoded bytes', () => {
    const d = decodeBytes(
      Buffer.from('caf\xe9 na\xefve \x93quoted\x94 and a longer sentence for the detector to read', 'latin1'),
    )
    assert.equal(d.text, 'café naïve “quoted” and a longer sentence for the detector to read')
    assert.notEqual(d.charset, 'utf-8')
  })

  it('honours byte order marks and normalises line endings', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Astana\r\nAlmaty\rNur-Sultan', 'utf16le')])
    assert.deepEqual(
      [decodeBytes(le).text, decodeBytes(le).charset, decodeBytes(le).charsetRule],
      ['Astana\nAlmaty\nNur-Sultan', 'utf-16le', 'decode/bom'],
    )
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ankara', 'utf8')])
    assert.equal(decodeBytes(bom).text, 'Ankara')
  })

  it('passes correct text in other scripts through untouched', () => {
    for (const s of GENUINE) {
      const d = decodeBytes(utf8(s))
      assert.equal(d.text, s)
      assert.deepEqual(d.repairs, [])
      assert.equal(isUnrepairableMojibake(s), false, s)
    }
  })

  it('leaves genuine Latin text whose bytes happen to spell one CJK character or a Thai one in a legacy charset', () => {
    for (const s of ['café’—not mojibake', 'façade ต“ quoted', 'naïve “Ωμέγα” — done']) {
      assert.equal(decodeBytes(utf8(s)).text, s)
    }
  })

  it('property: valid text of many scripts is never changed', () => {
    const scripts = fc.constantFrom(...GENUINE.join(' ').split(''), ' ', ',', '.', 'a', 'Z', '’', '—')
    fc.assert(
      fc.property(fc.array(scripts, { maxLength: 80 }), (chars) => {
        const s = chars.join('')
        return decodeBytes(utf8(s)).text === s
      }),
      { numRuns: 500 },
    )
  })

  it('property: text of Latin, Cyrillic and punctuation mis-decoded as Windows-1252 comes back', () => {
    const chars = fc.constantFrom(...'aeé üöß ÀÉ ñ ç Привет мир – — “ ” ‘ ’ … • € ™ Đ ễ'.split(''))
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 60 }), (cs) => {
        const s = `x${cs.join('')}x`
        const bad = misdecode(s, 'windows-1252')
        return decodeBytes(utf8(bad)).text === s
      }),
    )
  })
})
