import { SpanIndex, spanIndex } from '../../core/span-index.js'
import type { Fact, RuleId, Sentence, Span } from '../../core/types.js'
import { runRegexRules } from '../run-rules.js'
import type { FactContext, FactFinding, FactRefiner, SentenceRecognizer, TableCellRecognizer } from './finding.js'
import { readTables } from './read-tables.js'

/** The rules fact finding runs, in order: see configuration.ts for the order and why it matters. */
export interface FactConfiguration {
  /** The cells of flattened comparison tables, read before the prose; null reads no tables. */
  readonly table: TableCellRecognizer | null
  /** Recognizers run on each sentence in this order; an earlier one's finding keeps its characters from later ones. */
  readonly sentence: readonly SentenceRecognizer[]
  /** Steps over all findings of the prose, in this order. */
  readonly refiners: readonly FactRefiner[]
}

/**
 * What a configuration finds in a text, before findings become facts: the table cells, then the findings of the
 * prose sentence by sentence (in text order within each), passed through the refiners.
 */
export function findFindings(ctx: FactContext, configuration: FactConfiguration): FactFinding[] {
  const { text } = ctx
  // A cell of a table of more than two countries is a fact of the document's pair.
  const table = (configuration.table ? readTables(text, ctx.mentions ?? [], configuration.table) : []).map((f) =>
    f.pair === undefined ? { ...f, pair: ctx.dyad ?? null } : f,
  )
  // Rows of flattened tables are read as tables; their numbers are not read again as prose.
  const rows = table.map((f) => f.evidence)
  const rowIndex = new SpanIndex(rows.map((span) => ({ span })))
  const prose = ctx.sentences.filter(
    (s) =>
      !rowIndex
        .overlapping(s.span.start, s.span.end)
        .some(({ span: r }) => r.start <= s.span.start && s.span.end <= r.end),
  )
  const found = prose.flatMap((s) => readSentence(ctx, s, configuration.sentence))
  const document = { text, times: ctx.times, sentences: prose, mentions: ctx.mentions ?? [], dyad: ctx.dyad ?? null }
  // A number too large for a double ("$999,999,…" of hundreds of digits, or scaled past it) is no quantity.
  return [...table, ...configuration.refiners.reduce((list, r) => r.refine(list, document), found)].filter(
    (f) => Number.isFinite(f.value) && (f.valueMax === null || Number.isFinite(f.valueMax)),
  )
}

/** Finds the facts of a text with a configuration of rules. */
export function buildFacts(ctx: FactContext, configuration: FactConfiguration): Fact[] {
  return factsOf(findFindings(ctx, configuration))
}

/** The facts among findings: a finding no refiner gave a kind is not a fact. */
export function factsOf(findings: readonly FactFinding[]): Fact[] {
  return findings.flatMap((f) => (f.kind === undefined ? [] : [toFact(f, f.kind)]))
}

/** The findings of one sentence, in text order. Dates and earlier findings keep their characters from later rules. */
function readSentence(ctx: FactContext, sentence: Sentence, rules: readonly SentenceRecognizer[]): FactFinding[] {
  const { start, end } = sentence.span
  // Characters of the sentence already read as a date or a fact: a later reading may not reuse them.
  const used = new Uint8Array(end - start)
  const mark = (span: Span) => used.fill(1, Math.max(0, span.start - start), Math.max(0, span.end - start))
  // "In the ten years since" is a date and a duration too: its number stays free for the fact rules.
  for (const t of spanIndex(ctx.times).overlapping(start, end)) if (t.rule !== 'date/years-since') mark(t.span)
  const found: FactFinding[] = []
  runRegexRules(rules, sentence.text, { text: ctx.text, sentence, found }, (f) => {
    if (used.subarray(f.span.start - start, f.span.end - start).includes(1)) return false
    found.push(f)
    mark(f.span)
    return true
  })
  return found.sort((a, b) => a.span.start - b.span.start)
}

function toFact(f: FactFinding, kind: string): Fact {
  const subkind = f.subkind ?? null
  return {
    kind,
    subkind,
    subject: f.subject,
    value: f.value,
    valueMax: f.valueMax,
    unit: f.unit,
    qualifier: f.qualifier ?? null,
    period: f.period ?? null,
    pair: f.pair ?? null,
    valueSpan: f.span,
    evidence: f.evidence,
    rule: `${f.rule} ${kind}${subkind ? `.${subkind}` : ''}` as RuleId,
    confidence: f.confidence,
  }
}
