import type { FactFinding, FactRefiner } from '../finding.js'

/**
 * Drops a finding whose kind, value and unit were already found in its own sentence or in the sentence before
 * ("14 day schools … attend 14 Jewish day schools"): the same number restated is one fact.
 */
export const dropRestatement: FactRefiner = {
  id: 'fact/drop-restatement',
  note: 'The same kind, value and unit again in the same or the next sentence restates a fact; only the first is kept.',
  refine(found, document) {
    const order = new Map(document.sentences.map((s, i) => [s.span.start, i]))
    const keys = new Map<number, Set<string>>()
    const out: FactFinding[] = []
    for (const f of found) {
      const i = order.get(f.evidence.start) ?? -1
      const key = `${f.kind}|${f.subkind}|${f.value}|${f.unit}`
      if (keys.get(i)?.has(key) || keys.get(i - 1)?.has(key)) continue
      const own = keys.get(i) ?? new Set<string>()
      keys.set(i, own.add(key))
      out.push(f)
    }
    return out
  },
}
