import type { ActorMention } from '../../actors.js'
import type { FactDocument, FactFinding, FactRefiner } from '../finding.js'

type Pair = readonly [string, string]

/** The state a mention stands for or belongs to (a country, its capital or people, an official of it), if any. */
function stateOf(m: ActorMention): string | null {
  const a = m.actor
  if ('country' in a && a.country && m.via !== 'org') return a.country
  return null
}

/** The states named in [start, end), most named first (ties: first named first). */
function statesIn(mentions: readonly ActorMention[], start: number, end: number): string[] {
  const counts = new Map<string, number>()
  for (const m of mentions) {
    if (m.span.start < start || m.span.end > end) continue
    const s = stateOf(m)
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s)
}

const pairOf = (a: string, b: string): Pair => (a < b ? [a, b] : [b, a])

/** The two states of a sentence nearest to its number: "China imported … from the United States" is CHN–USA. */
function nearestTwo(mentions: readonly ActorMention[], f: FactFinding): string[] {
  const seen = new Map<string, number>()
  for (const m of mentions) {
    if (m.span.start < f.evidence.start || m.span.end > f.evidence.end) continue
    const s = stateOf(m)
    if (!s) continue
    const d = m.span.end <= f.span.start ? f.span.start - m.span.end : m.span.start - f.span.end
    seen.set(s, Math.min(seen.get(s) ?? Number.POSITIVE_INFINITY, Math.abs(d)))
  }
  return [...seen.entries()].sort((a, b) => a[1] - b[1]).map(([s]) => s)
}

/** The pair of one finding: its sentence's states, else its paragraph's, else the document's, each kept consistent. */
function pairFor(
  f: FactFinding,
  document: FactDocument,
  paragraphs: ReadonlyMap<number, readonly string[]>,
): Pair | null {
  const { dyad, mentions } = document
  const own = nearestTwo(mentions, f)
  const paragraph = document.sentences.find((s) => s.span.start === f.evidence.start)?.paragraph
  const around = paragraph === undefined ? [] : (paragraphs.get(paragraph) ?? [])
  // Two states in the sentence: the document's pair when both belong to it, else the two nearest the number.
  if (own.length >= 2) {
    if (dyad && own.includes(dyad[0]) && own.includes(dyad[1])) return dyad
    return pairOf(own[0] as string, own[1] as string)
  }
  // One state: the pair must hold it. The paragraph's pair if it does, else the document's, else a partner from the paragraph.
  if (own.length === 1) {
    const state = own[0] as string
    if (around.length >= 2 && around.slice(0, 2).includes(state))
      return pairOf(around[0] as string, around[1] as string)
    if (dyad?.includes(state)) return dyad
    const partner = around.find((s) => s !== state)
    return partner ? pairOf(state, partner) : null
  }
  if (around.length >= 2) {
    if (dyad && around.includes(dyad[0]) && around.includes(dyad[1])) return dyad
    return pairOf(around[0] as string, around[1] as string)
  }
  return dyad
}

/**
 * The pair of each finding: the states its own sentence names ("China imported $73 billion of goods from the United
 * States" is CHN–USA whatever the document's pair), else its paragraph's two most named states, else the document's.
 */
export const pairFromSentence: FactRefiner = {
  id: 'fact/pair-from-sentence',
  note: "The two states of the finding's sentence, else of its paragraph, else the document's main pair.",
  examples: [
    {
      text: 'Peru and Chile signed a port deal. Japan exported cars worth $2 billion to Korea in 2020.',
      expect: { kind: 'trade_volume', value: 2_000_000_000, unit: 'USD', pair: ['JPN', 'KOR'] },
      match: '$2 billion',
    },
    {
      text: 'Ghana and Togo reopened their border.\n\nTrade between the two countries reached $300 million.',
      expect: { kind: 'trade_volume', value: 300_000_000, unit: 'USD', pair: ['GHA', 'TGO'] },
      match: '$300 million',
    },
    {
      text: 'Fiji and Samoa held talks on fishing.\n\nTonga exported goods worth $5 million last year.',
      expect: { kind: 'trade_volume', value: 5_000_000, unit: 'USD', pair: null },
      match: '$5 million',
    },
  ],
  refine(found, document) {
    // Each paragraph's states, most named first, over the paragraph's first to last sentence.
    const bounds = new Map<number, { start: number; end: number }>()
    for (const s of document.sentences) {
      const b = bounds.get(s.paragraph)
      bounds.set(s.paragraph, { start: b?.start ?? s.span.start, end: s.span.end })
    }
    const ranked = new Map([...bounds].map(([p, b]) => [p, statesIn(document.mentions, b.start, b.end)] as const))
    return found.map((f) => ({ ...f, pair: pairFor(f, document, ranked) }))
  },
}
