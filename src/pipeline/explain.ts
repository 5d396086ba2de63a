import { spanIndex } from '../core/span-index.js'
import type { Mention } from '../core/types.js'
import { type ExtractionInput, extract, type TriggerTrace } from '../extract/index.js'
import { splitSentences } from '../extract/segment.js'
import { sentenceTokenizer } from '../text/tokens.js'

/** What happened in one sentence: its words, what was recognised in it and what each trigger led to. */
export interface ExplainedSentence {
  /** Position of the sentence in the clean text, from 1. */
  readonly number: number
  readonly start: number
  readonly end: number
  readonly text: string
  /** The sentence is (part of) the headline: it restates the lead and gives no events. */
  readonly headline: boolean
  readonly tokens: readonly { readonly text: string; readonly pos: string; readonly lemma: string }[]
  readonly actors: readonly { readonly text: string; readonly actor: string; readonly rule: string }[]
  readonly times: readonly { readonly text: string; readonly date: string; readonly rule: string }[]
  readonly triggers: readonly TriggerTrace[]
}

/** Which sentences to explain: one by number (from 1), the one holding an offset of the clean text, or all. */
export interface ExplainSelection {
  readonly sentence?: number
  readonly at?: number
}

const actorName = (m: Extract<Mention, { kind: 'actor' }>): string => {
  const a = m.actor
  return 'country' in a && a.country ? a.country : 'org' in a ? a.org : 'person' in a ? `${a.person} (no state)` : '?'
}

/**
 * Replays extraction on a clean text with the trace on and tells, per sentence, its tokens with parts of speech and
 * lemmas, its actor and time mentions, the triggers that fired and what each led to: an event (with the role rules
 * that found its parties and the rule that dated it) or the reason it gave none.
 */
export function explainText(input: ExtractionInput, select: ExplainSelection = {}): ExplainedSentence[] {
  const trace: TriggerTrace[] = []
  const x = extract(input, trace)
  const text = input.text
  const sentences = splitSentences(text)
  const tokensOf = sentenceTokenizer(text, sentences)
  const mentions = spanIndex(x.mentions)
  const traced = new Map<number, TriggerTrace[]>()
  for (const t of trace) {
    const list = traced.get(t.sentence)
    if (list) list.push(t)
    else traced.set(t.sentence, [t])
  }
  const titleEnd = input.title && text.startsWith(input.title) ? input.title.length : 0
  const out: ExplainedSentence[] = []
  for (const [i, s] of sentences.entries()) {
    if (select.sentence !== undefined && select.sentence !== i + 1) continue
    if (select.at !== undefined && !(s.span.start <= select.at && select.at < s.span.end)) continue
    const inside = mentions.within(s.span.start, s.span.end)
    out.push({
      number: i + 1,
      start: s.span.start,
      end: s.span.end,
      text: s.text,
      headline: s.span.end <= titleEnd,
      tokens: tokensOf(s.span).map((t) => ({ text: t.text, pos: t.pos, lemma: t.lemma })),
      actors: inside.flatMap((m) => (m.kind === 'actor' ? [{ text: m.text, actor: actorName(m), rule: m.rule }] : [])),
      times: inside.flatMap((m) => (m.kind === 'time' ? [{ text: m.text, date: m.date.value, rule: m.rule }] : [])),
      triggers: traced.get(i) ?? [],
    })
  }
  return out
}

/** Why a trigger gave no event, in words. */
export const OUTCOMES: Readonly<Record<TriggerTrace['outcome'], string>> = {
  event: 'an event',
  merged: 'merged into another event of the sentence (same act)',
  'no-source': 'no event: no actor acts in its clause',
  negated: 'no event: the act is negated',
  'not-asserted': 'no event: the act is only called for, threatened, refused or denied',
  habitual: 'no event: habitual or long-standing conduct, undated',
  restated: 'no event: restates an act of the sentence before',
  weak: 'no event: too weak (a general verb with neither a date nor a party of its own)',
}
