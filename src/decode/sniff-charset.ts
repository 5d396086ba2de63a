import chardet from 'chardet'
import iconv from 'iconv-lite'
import type { RuleId } from '../core/types.js'
import { strictUtf8 } from '../text/mojibake.js'

/** Bytes decoded to a string, with the charset and the rule that chose it. */
export interface Sniffed {
  readonly text: string
  readonly charset: string
  readonly rule: RuleId
}

/** Decodes bytes: a BOM decides first, then UTF-8 validity, then chardet's guess, then Windows-1252. The BOM is dropped. */
export function sniffAndDecode(bytes: Uint8Array): Sniffed {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: buf.subarray(3).toString('utf8'), charset: 'utf-8', rule: 'decode/bom' }
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), charset: 'utf-16le', rule: 'decode/bom' }
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), charset: 'utf-16be', rule: 'decode/bom' }
  const utf8 = strictUtf8(buf)
  if (utf8 !== null) return { text: utf8, charset: 'utf-8', rule: 'decode/utf8-valid' }
  const guess = chardet.detect(buf)?.toLowerCase()
  // chardet calls some single-byte pages by their ISO names; iconv-lite knows them all.
  if (guess && guess !== 'utf-8' && iconv.encodingExists(guess))
    return { text: iconv.decode(buf, guess), charset: guess, rule: 'decode/chardet' }
  return { text: iconv.decode(buf, 'windows-1252'), charset: 'windows-1252', rule: 'decode/fallback-windows-1252' }
}
