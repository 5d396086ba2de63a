import iconv from 'iconv-lite'

/** Single-byte charsets whose mis-decoding of UTF-8 Dyad can reverse. */
export type LegacyCharset = 'windows-1252' | 'latin1' | 'windows-874'

/** Every legacy charset the repair tries, in the order ties are broken. */
export const LEGACY_CHARSETS: readonly LegacyCharset[] = ['windows-1252', 'windows-874', 'latin1']

const tables = new Map<LegacyCharset, ReadonlyMap<string, number>>()

/**
 * The character → byte table of a legacy charset, as a mis-decoder would have produced characters: bytes the charset
 * leaves undefined fall back to Windows-1252 (Windows-874) or to the C1 control of the same number (as browsers do).
 */
export function byteTable(charset: LegacyCharset): ReadonlyMap<string, number> {
  const hit = tables.get(charset)
  if (hit) return hit
  const table = new Map<string, number>()
  for (let b = 0x80; b <= 0xff; b++) {
    const own = charset === 'latin1' ? String.fromCharCode(b) : iconv.decode(Buffer.from([b]), charset)
    const fallback = iconv.decode(Buffer.from([b]), 'windows-1252')
    // Only a byte the charset leaves undefined falls back: a Windows-874 decoder never turns 0xE7 into "ç".
    const chars = own !== '\ufffd' ? [own] : [fallback, String.fromCharCode(b)]
    for (const c of chars) if (c !== '\ufffd' && !table.has(c)) table.set(c, b)
  }
  tables.set(charset, table)
  return table
}

/** Maps characters back to the bytes of a legacy charset; null for a character the charset cannot have produced. */
export function toSingleByte(text: string, charset: LegacyCharset): number[] | null {
  const table = byteTable(charset)
  const out: number[] = []
  for (const c of text) {
    const code = c.codePointAt(0) as number
    if (code < 0x80) out.push(code)
    else {
      const b = table.get(c)
      if (b === undefined) return null
      out.push(b)
    }
  }
  return out
}

/** Length of the UTF-8 sequence a lead byte announces (0 for a byte that cannot lead one). */
export function utf8SequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2
  if (lead >= 0xe0 && lead <= 0xef) return 3
  if (lead >= 0xf0 && lead <= 0xf4) return 4
  return 0
}

const strict = new TextDecoder('utf-8', { fatal: true })

/** Decodes bytes as UTF-8, or null when they are not valid UTF-8. */
export function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return strict.decode(bytes)
  } catch {
    return null
  }
}

// Scripts and symbols that real text is written in. A "repair" into anything else (Samaritan, Syriac…) is a
// coincidence of genuine text in the legacy script, not mojibake.
// Two-byte targets are held to the letters of the common alphabets: a genuine accented capital followed by a symbol
// ("Ç…") also forms a valid sequence, but for a rare character (U+01C5), and must stay as it is.
const PLAUSIBLE_2 = /^[\u00a0-\u017f\u0386-\u03ce\u0400-\u045f\u05d0-\u05ea\u0621-\u064a]$/u
const PLAUSIBLE_3 =
  /^[\u0e01-\u0e5b\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u22ff\u2500-\u25ff\u2600-\u27bf\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]$/u
const PLAUSIBLE_4 = /^[\u{1f300}-\u{1faff}\u{20000}-\u{2fa1f}]$/u

/** One UTF-8 sequence found inside mis-decoded characters. */
export interface MojibakeSequence {
  /** Offset of the first mis-decoded character in the text. */
  readonly index: number
  /** The mis-decoded characters, e.g. `โ€™`. */
  readonly from: string
  /** What they were before the mis-decoding, e.g. `’`. */
  readonly to: string
  readonly bytes: number
}

/**
 * Finds every run of characters that, mapped back to a legacy charset's bytes, is one valid UTF-8 sequence for a
 * plausible character. Characters are taken one per byte, so genuine text around a sequence is never part of it.
 */
export function findMojibake(text: string, charset: LegacyCharset): MojibakeSequence[] {
  const table = byteTable(charset)
  const chars = Array.from(text)
  const found: MojibakeSequence[] = []
  let offset = 0
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string
    const lead = table.get(c)
    const n = lead === undefined ? 0 : utf8SequenceLength(lead)
    if (n > 0 && i + n <= chars.length) {
      const run = chars.slice(i, i + n)
      const bytes = run.map((x) => table.get(x))
      if (bytes.every((b) => b !== undefined)) {
        const decoded = strictUtf8(Uint8Array.from(bytes as number[]))
        if (decoded !== null && (n === 2 ? PLAUSIBLE_2 : n === 3 ? PLAUSIBLE_3 : PLAUSIBLE_4).test(decoded)) {
          const from = run.join('')
          found.push({ index: offset, from, to: decoded, bytes: n })
          offset += from.length
          i += n - 1
          continue
        }
      }
    }
    offset += c.length
  }
  return found
}

const LETTER = /\p{L}/u

/**
 * True for a line that is clearly mis-decoded text which could not be repaired (bytes were lost on the way): many of
 * its characters pair as UTF-8 lead and continuation bytes in a legacy charset, with symbols wedged between letters
 * (`ื”ืฉืืจื•`), though the bytes as a whole are not valid UTF-8. Genuine text in any script is not.
 */
export function isUnrepairableMojibake(line: string): boolean {
  const chars = Array.from(line.trim())
  const nonAscii = chars.filter((c) => c.charCodeAt(0) >= 0x80 && !/\s/u.test(c)).length
  if (nonAscii < 6) return false
  for (const charset of LEGACY_CHARSETS) {
    const table = byteTable(charset)
    let paired = 0
    let symbolContinuations = 0
    let pairs = 0
    for (let i = 0; i + 1 < chars.length; i++) {
      const lead = table.get(chars[i] as string)
      const next = chars[i + 1] as string
      const cont = table.get(next)
      if (lead === undefined || cont === undefined || utf8SequenceLength(lead) === 0 || cont < 0x80 || cont > 0xbf)
        continue
      pairs++
      paired += 2
      if (!LETTER.test(next)) symbolContinuations++
      i++
    }
    if (pairs >= 4 && symbolContinuations >= 2 && paired / nonAscii >= 0.6) return true
  }
  return false
}
