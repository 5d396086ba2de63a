import type { DecodedText } from '../core/types.js'
import { repairMojibake } from './repair-mojibake.js'
import { sniffAndDecode } from './sniff-charset.js'

/** Bytes → text: charset detection, line endings normalised to LF, then repair of mis-decoded UTF-8 where certain. */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const sniffed = sniffAndDecode(bytes)
  const { text, repairs } = repairMojibake(sniffed.text.replace(/\r\n?/g, '\n'))
  return { text, charset: sniffed.charset, charsetRule: sniffed.rule, repairs }
}
