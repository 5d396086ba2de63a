import type { FactFinding, FactRefiner } from '../finding.js'
import { sentenceOf } from '../finding.js'
import { quantities } from '../lexicon.js'

interface Kind {
  readonly when: string
  readonly re: RegExp
  readonly kind: string
  readonly subkind: string | null
  readonly near: boolean
}

let kinds: readonly Kind[] | undefined

/** The lexicon's `kinds`, compiled once, in order: the first that fits a finding gives its kind. */
function compiledKinds(): readonly Kind[] {
  kinds ??= quantities().kinds.map((k) => ({
    when: k.when,
    re: new RegExp(k.pattern, 'iu'),
    kind: k.kind,
    subkind: k.subkind ?? null,
    near: k.near ?? false,
  }))
  return kinds
}

/**
 * Gives each finding in prose its kind from the words of its sentence ("trade", "deficit", "grew", "oil"), or from
 * the words within 25 characters for kinds marked `near`; a finding no kind fits is dropped.
 */
export const kindFromWords: FactRefiner = {
  id: 'fact/kind-from-words',
  note: 'The first lexicon kind for what the number measures whose words occur in its sentence (or right next to it).',
  refine(found, document) {
    // The sentence-wide tests of one sentence, kept while its findings are read.
    let sentence = -1
    let seen = new Map<RegExp, boolean>()
    const out: FactFinding[] = []
    for (const f of found) {
      if (f.evidence.start !== sentence) {
        sentence = f.evidence.start
        seen = new Map()
      }
      const k = kindOf(f, sentenceOf(f, document), seen)
      // A measure's subkind is what its unit measures: tonnes a weight, km² an area, barrels a volume.
      const byUnit = f.measure === 'measure' && f.unit ? quantities().unitSubkinds[f.unit] : undefined
      if (k) out.push({ ...f, kind: k.kind, subkind: byUnit ?? k.subkind })
    }
    return out
  },
}

function kindOf(f: FactFinding, sentence: string, seen: Map<RegExp, boolean>): Kind | null {
  const at = f.span.start - f.evidence.start
  const length = f.span.end - f.span.start
  for (const k of compiledKinds()) {
    if (k.when !== f.measure) continue
    if (k.near) {
      if (k.re.test(sentence.slice(Math.max(0, at - 25), at + length + 25))) return k
      continue
    }
    let hit = seen.get(k.re)
    if (hit === undefined) {
      hit = k.re.test(sentence)
      seen.set(k.re, hit)
    }
    if (hit) return k
  }
  return null
}
