import type { Repair } from '../core/types.js'
import {
  byteTable,
  findMojibake,
  LEGACY_CHARSETS,
  type LegacyCharset,
  type MojibakeSequence,
  utf8SequenceLength,
} from '../text/mojibake.js'

const CJK = /[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u

/** The repaired text and the repairs made, aggregated by what was replaced. */
export interface MojibakeRepair {
  readonly text: string
  readonly repairs: readonly Repair[]
}

/**
 * Repairs UTF-8 that was decoded as a legacy single-byte charset. The charset is chosen per document (the one whose
 * reversal explains the most sequences); sequences of three or more bytes are certain; two-byte ones are taken for
 * Windows-1252 and Latin-1, and for Windows-874 only when the document also has a longer one.
 */
export function repairMojibake(text: string): MojibakeRepair {
  let best: { charset: LegacyCharset; found: MojibakeSequence[]; score: number } | undefined
  for (const charset of LEGACY_CHARSETS) {
    const found = findMojibake(text, charset)
    const score = found.reduce((s, f) => s + (f.bytes >= 3 ? 3 : 1), 0)
    if (score > 0 && (!best || score > best.score)) best = { charset, found, score }
  }
  if (!best) return { text, repairs: [] }
  const long = best.found.some((f) => f.bytes >= 3)
  // In Windows-874 a two-byte sequence is two Thai letters, common in genuine Thai; elsewhere it is an accented capital
  // glued to a symbol (`Ã©`, `Ð¿`), which genuine text hardly ever has.
  // A lone three-byte sequence that comes out as a CJK ideograph ("é’—" → "钗") is more likely genuine Latin text
  // with punctuation: CJK text that was mis-decoded yields many such sequences, not one or two.
  const cjk = best.found.filter((f) => CJK.test(f.to)).length
  const candidates = best.found.filter(
    (f) => (f.bytes >= 3 || long || best.charset !== 'windows-874') && (cjk >= 3 || !CJK.test(f.to)),
  )
  // A line whose bytes were partly lost would come out half repaired; it is left whole, for the cleaner to drop.
  const lossy = lossyLines(text, candidates, best.charset)
  const accepted = candidates.filter((f) => !lossy.has(lineStart(text, f.index)))
  if (accepted.length === 0) return { text, repairs: [] }
  let out = ''
  let at = 0
  const counts = new Map<string, Repair>()
  const rule = `decode/mojibake-${best.charset}` as const
  for (const f of accepted) {
    out += text.slice(at, f.index) + f.to
    at = f.index + f.from.length
    const key = `${f.from}\u0000${f.to}`
    const prev = counts.get(key)
    counts.set(key, { rule, from: f.from, to: f.to, count: (prev?.count ?? 0) + 1 })
  }
  out += text.slice(at)
  return { text: out, repairs: [...counts.values()] }
}

function lineStart(text: string, index: number): number {
  return text.lastIndexOf('\n', index - 1) + 1
}

/**
 * Starts of lines where, between the sequences that repair, characters remain that open a UTF-8 sequence in the
 * legacy charset and are glued to a repaired sequence or to another such character: bytes were lost there.
 */
function lossyLines(text: string, found: readonly MojibakeSequence[], charset: LegacyCharset): Set<number> {
  const table = byteTable(charset)
  const isLead = (c: string | undefined) => c !== undefined && utf8SequenceLength(table.get(c) ?? 0) > 0
  const repaired = new Set<number>()
  for (const f of found) for (let k = 0; k < f.from.length; k++) repaired.add(f.index + k)
  const out = new Set<number>()
  for (const f of found) {
    const start = lineStart(text, f.index)
    if (out.has(start)) continue
    const endNl = text.indexOf('\n', f.index)
    const end = endNl < 0 ? text.length : endNl
    for (let k = start; k < end; k++) {
      if (repaired.has(k) || !isLead(text[k])) continue
      if (repaired.has(k + 1) || repaired.has(k - 1) || (isLead(text[k + 1]) && !repaired.has(k + 1))) {
        out.add(start)
        break
      }
    }
  }
  return out
}
