import { spanIndex } from '../../../core/span-index.js'
import type { Span } from '../../../core/types.js'
import type { ActorMention } from '../../actors.js'
import { clauseOf } from '../clause.js'
import type { FactDocument, FactFinding, FactRefiner } from '../finding.js'

type Pair = readonly [string, string]

/** A possessive that points back to the sentence's subject ("its trade", "their exports"). */
const OWNER = /\b(?:its|their)\b/i

/** The state a mention stands for or belongs to (a country, its capital or people, an official of it), if any. */
function stateOf(m: ActorMention): string | null {
  const a = m.actor
  if ('country' in a && a.country && m.via !== 'org') return a.country
  return null
}

/** The states named in [start, end), most named first (ties: first named first). */
function statesIn(mentions: readonly ActorMention[], start: number, end: number): string[] {
  const counts = new Map<string, number>()
  for (const m of spanIndex(mentions).within(start, end)) {
    const s = stateOf(m)
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([s]) => s)
}

const pairOf = (a: string, b: string): Pair => (a < b ? [a, b] : [b, a])

/** The states named in a span, nearest to the finding's number first. */
function nearest(mentions: readonly ActorMention[], f: FactFinding, within: Span): string[] {
  const seen = new Map<string, number>()
  for (const m of spanIndex(mentions).within(within.start, within.end)) {
    const s = stateOf(m)
    if (!s) continue
    const d = m.span.end <= f.span.start ? f.span.start - m.span.end : m.span.start - f.span.end
    seen.set(s, Math.min(seen.get(s) ?? Number.POSITIVE_INFINITY, Math.abs(d)))
  }
  return [...seen.entries()].sort((a, b) => a[1] - b[1]).map(([s]) => s)
}

/** Two or more states: the document's pair when both are among them, else the two nearest the number. */
function pairAmong(states: readonly string[], dyad: Pair | null): Pair {
  if (dyad && states.includes(dyad[0]) && states.includes(dyad[1])) return dyad
  return pairOf(states[0] as string, states[1] as string)
}

/**
 * The pair of one finding, from the narrowest text that names two states: its clause ("China imported … from the
 * United States, while its trade with Russia grew" is CHN–USA for the first number), its sentence, its paragraph, the
 * document. A single state named in the clause or sentence must be in the pair: the paragraph's pair or the
 * document's if either holds it, else the state and the paragraph's next most named one, else none.
 */
function pairFor(
  f: FactFinding,
  document: FactDocument,
  paragraphs: ReadonlyMap<number, readonly string[]>,
  paragraphAt: ReadonlyMap<number, number>,
): Pair | null {
  const { dyad, mentions, text } = document
  const own = clauseOf(text, f.evidence, f.span)
  const clause = nearest(mentions, f, own)
  const sentence = nearest(mentions, f, f.evidence)
  // "…, while its trade with Russia rose 5%": the possessive stands for the state the sentence opens with.
  if (clause.length === 1 && OWNER.test(text.slice(own.start, f.span.start))) {
    const subject = spanIndex(mentions)
      .within(f.evidence.start, own.start)
      .find((m) => stateOf(m))
    const code = subject && stateOf(subject)
    if (code && code !== clause[0]) return pairOf(code, clause[0] as string)
  }
  const paragraph = paragraphAt.get(f.evidence.start)
  const around = paragraph === undefined ? [] : (paragraphs.get(paragraph) ?? [])
  if (clause.length >= 2) return pairAmong(clause, dyad)
  const state = clause[0] ?? (sentence.length === 1 ? sentence[0] : undefined)
  if (state === undefined && sentence.length >= 2) return pairAmong(sentence, dyad)
  if (state !== undefined) {
    if (around.length >= 2 && around.slice(0, 2).includes(state))
      return pairOf(around[0] as string, around[1] as string)
    if (dyad?.includes(state)) return dyad
    const partner = [...sentence, ...around].find((s) => s !== state)
    return partner ? pairOf(state, partner) : null
  }
  if (around.length >= 2) return pairAmong(around, dyad)
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
      text: 'Kenya and Uganda met in Nairobi. Kenya bought tea worth $40 million from India, while its trade with Uganda fell.',
      expect: { kind: 'trade_volume', value: 40_000_000, unit: 'USD', pair: ['IND', 'KEN'] },
      match: '$40 million',
    },
    {
      text: 'Brazil sold soy worth $4 billion to China in 2022, while its trade with Argentina fell 3%.',
      expect: { kind: 'other', subkind: 'trade_growth', value: 3, unit: 'percent', pair: ['ARG', 'BRA'] },
      match: '3%',
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
    // The paragraph of the (first) sentence starting at each offset: a finding's evidence is its sentence.
    const paragraphAt = new Map<number, number>()
    for (const s of document.sentences) if (!paragraphAt.has(s.span.start)) paragraphAt.set(s.span.start, s.paragraph)
    return found.map((f) => ({ ...f, pair: pairFor(f, document, ranked, paragraphAt) }))
  },
}
